import type { DatabaseOptions } from '../../db/database';
import type { RunTicket } from './job-context';
import type { JobResult } from './job-types';

/** What the parent hands a worker thread (structured-clone data only). */
export interface WorkerInput {
  /** The module to run, as a file URL; a `.ts` entry gets tsx registered first. */
  entry: string;
  run: RunTicket;
  /** Opens the worker's own connection to the same database. */
  database: DatabaseOptions;
  /** The parent's clock minus the wall clock when the worker started, so a test clock carries over. */
  clockOffsetMs: number;
  /** Int32 slot 0 becomes 1 when the run is cancelled: readable even while the worker never yields. */
  cancelFlag: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number | null }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; msg: string; data?: Record<string, unknown> }
  | { type: 'done'; result: JobResult | null }
  | { type: 'failed'; message: string; cancelled: boolean };

export type ParentMessage = { type: 'cancel' };
