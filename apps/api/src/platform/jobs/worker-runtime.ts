import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/database';
import { AuditService } from '../audit/audit.service';
import type { Clock } from '../clock';
import { createJobContext, errorMessage } from './job-context';
import { JobCancelledError, type JobHandler, type JobLog } from './job-types';
import type { ParentMessage, WorkerInput, WorkerMessage } from './worker-protocol';

const PROGRESS_EVERY_MS = 50;

/**
 * The body of a worker module (`x.worker.ts`): opens the worker's own connection to the database the
 * parent uses, runs the handler with the same context an in-process job gets, and reports progress,
 * the result or the error back to the parent, which keeps the run row.
 */
export function runWorkerJob<P>(handler: JobHandler<P>): void {
  if (isMainThread || !parentPort) throw new Error('runWorkerJob() runs in a worker thread started by the scheduler');
  const port = parentPort;
  const input = workerData as WorkerInput;
  const post = (m: WorkerMessage) => port.postMessage(m);
  const flag = new Int32Array(input.cancelFlag);
  const controller = new AbortController();
  const pollCancel = () => {
    if (!controller.signal.aborted && Atomics.load(flag, 0) === 1) controller.abort(new JobCancelledError());
  };
  port.on('message', (m: ParentMessage) => {
    if (m.type === 'cancel') pollCancel();
  });

  const clock: Clock = { now: () => new Date(Date.now() + input.clockOffsetMs) };
  const log: JobLog = {
    info: (msg, data) => post({ type: 'log', level: 'info', msg, data }),
    warn: (msg, data) => post({ type: 'log', level: 'warn', msg, data }),
    error: (msg, data) => post({ type: 'log', level: 'error', msg, data }),
  };
  let lastPost = 0;
  let pending: { done: number; total: number | null } | null = null;
  const flushProgress = () => {
    if (pending) post({ type: 'progress', ...pending });
    pending = null;
    lastPost = Date.now();
  };

  void (async () => {
    const database = openDatabase({ ...input.database, poolSize: 2 });
    let outcome: WorkerMessage;
    try {
      const ctx = createJobContext({
        run: input.run,
        db: database.db,
        clock,
        audit: new AuditService(database.db, clock),
        signal: controller.signal,
        log,
        pollCancel,
        onProgress: (p) => {
          pending = p;
          if (Date.now() - lastPost >= PROGRESS_EVERY_MS || (p.total !== null && p.done >= p.total)) flushProgress();
        },
      });
      const result = await handler(ctx as Parameters<JobHandler<P>>[0]);
      outcome = { type: 'done', result: result ?? null };
    } catch (e) {
      pollCancel();
      outcome = {
        type: 'failed',
        message: errorMessage(e),
        cancelled: e instanceof JobCancelledError || controller.signal.aborted,
      };
    }
    flushProgress();
    await database.close().catch(() => undefined);
    post(outcome);
  })();
}
