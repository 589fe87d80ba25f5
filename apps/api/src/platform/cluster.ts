import cluster, { type Worker } from 'node:cluster';

/** What a forked child is for: `prepare` migrates and seeds then exits, `worker` serves. */
export const CLUSTER_ROLE_ENV = 'SHEZU_CLUSTER_ROLE';

/** Exit codes of a child that cannot start (bad configuration, database too new): not worth restarting. */
const FATAL_EXIT_CODES = new Set([2, 3]);
const RESTART_DELAY_MS = 1000;

export interface PrimaryOptions {
  workers: number;
  /** Called once, when every worker listens, with where the data is (as the preparer reported it). */
  onListening: (where: string) => void;
  log: (message: string) => void;
}

/**
 * The primary of WORKERS > 1. It loads no application code: a first child migrates and seeds (and
 * reports where the data is), then the workers are forked; they share the port (node:cluster hands
 * connections out round-robin). A worker that dies is replaced; on SIGINT/SIGTERM each finishes its
 * requests and the primary exits when all have.
 */
export function runPrimary(opts: PrimaryOptions): void {
  let closing = false;
  let alive = 0;
  let listening = 0;
  let where = '';

  const track = (worker: Worker, onExit: (code: number, signal: string) => void) => {
    alive++;
    worker.once('exit', (code, signal) => {
      alive--;
      if (closing) {
        if (alive === 0) process.exit(process.exitCode ?? 0);
        return;
      }
      if (FATAL_EXIT_CODES.has(code)) {
        process.exitCode = code;
        stop();
        return;
      }
      onExit(code, signal);
    });
  };

  const fork = (index: number) => {
    const worker = cluster.fork({ [CLUSTER_ROLE_ENV]: 'worker' });
    worker.once('listening', () => {
      if (++listening === opts.workers) opts.onListening(where);
    });
    track(worker, (code, signal) => {
      opts.log(`worker ${index} exited (${signal ?? code}); starting another`);
      setTimeout(() => fork(index), RESTART_DELAY_MS);
    });
  };

  const preparer = cluster.fork({ [CLUSTER_ROLE_ENV]: 'prepare' });
  preparer.on('message', (m: { where?: string }) => (where = m.where ?? where));
  track(preparer, (code) => {
    if (code !== 0) {
      process.exitCode = code || 1;
      stop();
      return;
    }
    for (let i = 0; i < opts.workers; i++) fork(i);
  });

  const stop = () => {
    if (closing) return;
    closing = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    if (alive === 0) process.exit(process.exitCode ?? 0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
