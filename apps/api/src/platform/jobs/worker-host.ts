import { Worker } from 'node:worker_threads';
import type { DatabaseOptions } from '../../db/database';
import type { Clock } from '../clock';
import type { Progress, RunTicket } from './job-context';
import { JobCancelledError, type JobLog, type JobResult } from './job-types';
import type { ParentMessage, WorkerInput, WorkerMessage } from './worker-protocol';

const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url);

export interface WorkerRunOptions {
  entry: URL;
  run: RunTicket;
  database: DatabaseOptions;
  clock: Clock;
  signal: AbortSignal;
  /** After cancellation, how long the worker may take to stop on its own before it is terminated. */
  stopGraceMs: number;
  onProgress: (p: Progress) => void;
  log: JobLog;
}

/**
 * Runs one job module in a worker thread and settles with its result. Cancellation sets a shared flag
 * (readable by a worker busy in synchronous SQLite work) and sends a message; a worker that does not
 * stop within the grace period is terminated.
 */
export function runInWorker(o: WorkerRunOptions): Promise<JobResult | null> {
  const cancelFlag = new SharedArrayBuffer(4);
  const input: WorkerInput = {
    entry: o.entry.href,
    run: o.run,
    database: o.database,
    clockOffsetMs: o.clock.now().getTime() - Date.now(),
    cancelFlag,
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const worker = new Worker(BOOTSTRAP, { workerData: input, name: `job ${o.run.jobName}#${o.run.id}` });
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      o.signal.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () => {
      Atomics.store(new Int32Array(cancelFlag), 0, 1);
      worker.postMessage({ type: 'cancel' } satisfies ParentMessage);
      killTimer = setTimeout(() => settle(() => reject(new JobCancelledError())), o.stopGraceMs);
    };
    if (o.signal.aborted) onAbort();
    else o.signal.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') o.onProgress({ done: m.done, total: m.total });
      else if (m.type === 'log') o.log[m.level](m.msg, m.data);
      else if (m.type === 'done') settle(() => resolve(m.result));
      else settle(() => reject(m.cancelled ? new JobCancelledError(m.message) : new Error(m.message)));
    });
    worker.on('error', (e) => settle(() => reject(e)));
    worker.on('exit', (code) => settle(() => reject(new Error(`工作线程意外退出（退出码 ${code}），任务未完成`))));
  });
}
