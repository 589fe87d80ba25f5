import { workerData } from 'node:worker_threads';

// Node 20 does not apply `--import tsx` from a Worker's execArgv, and a loader registered in the main
// thread does not reach workers: a worker that runs TypeScript registers tsx itself, then loads its job.
if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
