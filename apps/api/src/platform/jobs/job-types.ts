import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { TJobSchedule } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../clock';
import type { Actor } from '../auth/auth-user';
import type { AuditService } from '../audit/audit.service';

export interface JobLog {
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

/** What a job handler gets, the same in-process and in a worker thread. */
export interface JobContext<P = unknown> {
  runId: number;
  jobName: string;
  /**
   * The instant the run is for: the scheduled slot (a catch-up run keeps the day it missed), or the
   * request time of a one-off run. Handlers compute from it, not from the wall clock, so that running
   * a slot again gives the same outcome.
   */
  slot: Date;
  payload: P;
  /** Whom the work is done for: the requesting user, or the system for scheduled runs. */
  actor: Actor;
  /** In a worker thread: the worker's own connection. */
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  signal: AbortSignal;
  isCancelled(): boolean;
  /** Throws `JobCancelledError` once cancellation was requested; call it between steps. */
  throwIfCancelled(): void;
  progress(done: number, total?: number | null): void;
  log: JobLog;
}

/** Counts or other small facts the run reports (stored as JSON with the run). */
export type JobResult = Record<string, unknown> | void;
export type JobHandler<P = unknown> = (ctx: JobContext<P>) => Promise<JobResult>;

interface JobDefinitionBase<P> {
  /** Dotted, stable identifier: `sessions.cleanup`. */
  name: string;
  title: string;
  description?: string;
  schedule?: TJobSchedule;
  /** After downtime: run `each` missed slot (default for daily jobs) or only the `latest` (default for minute jobs). */
  catchUp?: 'each' | 'latest';
  /** Payload accepted by enqueue and run-now; parsed before the run is created. */
  payload?: z.ZodType<P>;
  /** May an administrator start it from the admin page (default: only scheduled jobs). */
  runnable?: boolean;
  /** Attempts when an instance dies mid-run (its lease expires); a handler's own error is final. */
  maxAttempts?: number;
}

export type JobDefinition<P = unknown> = JobDefinitionBase<P> &
  (
    | { run: JobHandler<P>; worker?: never }
    /** A module that calls `runWorkerJob(handler)`; it runs in a worker thread with its own connection. */
    | { worker: URL; run?: never }
  );

export class JobCancelledError extends Error {
  constructor(message = '任务已取消') {
    super(message);
    this.name = 'JobCancelledError';
  }
}
