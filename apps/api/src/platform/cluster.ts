import cluster from 'node:cluster';

/** Exit codes of a worker that cannot start (bad configuration, database too new): not worth restarting. */
const FATAL_EXIT_CODES = new Set([2, 3]);
const RESTART_DELAY_MS = 1000;

export interface PrimaryOptions {
  workers: number;
  /** Called once, when every worker listens. */
  onListening: () => void;
  log: (message: string) => void;
}

/**
 * The primary of WORKERS > 1: forks the workers, which share the port (node:cluster hands connections out
 * round-robin), replaces a worker that dies, and on SIGINT/SIGTERM lets each finish its requests and exits
 * when all have. It never opens a connection itself after start-up.
 */
export function runPrimary(opts: PrimaryOptions): void {
  let closing = false;
  let alive = 0;
  let listening = 0;
  const fork = (index: number) => {
    alive++;
    const worker = cluster.fork();
    worker.once('listening', () => {
      if (++listening === opts.workers) opts.onListening();
    });
    worker.once('exit', (code, signal) => {
      alive--;
      if (closing) {
        if (alive === 0) process.exit(0);
        return;
      }
      if (FATAL_EXIT_CODES.has(code)) {
        stop();
        process.exitCode = code;
        return;
      }
      opts.log(`worker ${index} exited (${signal ?? code}); starting another`);
      setTimeout(() => fork(index), RESTART_DELAY_MS);
    });
  };
  const stop = () => {
    if (closing) return;
    closing = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    if (alive === 0) process.exit(process.exitCode ?? 0);
  };
  for (let i = 0; i < opts.workers; i++) fork(i);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
