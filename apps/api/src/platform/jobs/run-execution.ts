import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { DatabaseOptions } from '../../db/database';
import type { Clock } from '../clock';
import type { AuditService } from '../audit/audit.service';
import { createJobContext, errorMessage, type Progress, type RunTicket } from './job-context';
import { JobRunsRepository, type JobRunRecord } from './job-runs.repository';
import { JobCancelledError, type JobDefinition, type JobLog, type JobResult } from './job-types';
import { runInWorker } from './worker-host';

export interface ExecutionDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  /** This instance's lease owner id. */
  owner: string;
  leaseMs: number;
  heartbeatMs: number;
  stopGraceMs: number;
  /** How a worker thread opens its own connection to the same database. */
  workerDatabase: () => DatabaseOptions;
  log: JobLog;
}

type StopReason = 'cancel' | 'shutdown' | 'lease-lost';

/**
 * One claimed run, from start to its final row: runs the handler in-process or in a worker thread,
 * heartbeats (extends the lease, stores progress, picks up a cancel request) and writes the outcome.
 */
export class RunExecution {
  readonly done: Promise<void>;
  private readonly controller = new AbortController();
  private stopReason: StopReason | null = null;
  private progress: Progress;
  private readonly log: JobLog;

  constructor(
    private readonly deps: ExecutionDeps,
    readonly run: JobRunRecord,
    private readonly def: JobDefinition,
  ) {
    this.progress = { done: 0, total: run.progressTotal };
    const tag = { job: run.jobName, runId: run.id };
    this.log = {
      info: (msg, data) => deps.log.info(msg, { ...tag, ...data }),
      warn: (msg, data) => deps.log.warn(msg, { ...tag, ...data }),
      error: (msg, data) => deps.log.error(msg, { ...tag, ...data }),
    };
    this.done = this.execute();
  }

  /** A user asked to cancel (the heartbeat also finds it in the database). */
  cancel(): void {
    this.stop('cancel');
  }

  /** The instance is shutting down: the run goes back to the queue unless it finishes first. */
  shutdown(): void {
    this.stop('shutdown');
  }

  private stop(reason: StopReason): void {
    if (this.stopReason) return;
    this.stopReason = reason;
    this.controller.abort(new JobCancelledError());
  }

  private ticket(): RunTicket {
    const { id, jobName, slot, payload, requestedBy, requestedByName, regionCode } = this.run;
    return { id, jobName, slot, payload, requestedBy, requestedByName, regionCode };
  }

  private invoke(): Promise<JobResult | null> {
    const onProgress = (p: Progress) => {
      this.progress = p;
    };
    const { clock, db, audit } = this.deps;
    if (this.def.worker) {
      return runInWorker({
        entry: this.def.worker,
        run: this.ticket(),
        database: this.deps.workerDatabase(),
        clock,
        signal: this.controller.signal,
        stopGraceMs: this.deps.stopGraceMs,
        onProgress,
        log: this.log,
      });
    }
    const ctx = createJobContext({
      run: this.ticket(),
      db,
      clock,
      audit,
      signal: this.controller.signal,
      log: this.log,
      onProgress,
    });
    return this.def.run!(ctx).then((r) => r ?? null);
  }

  private async execute(): Promise<void> {
    const heartbeat = this.startHeartbeat();
    let result: JobResult | null = null;
    let failure: unknown = null;
    try {
      result = await this.invoke();
    } catch (e) {
      failure = e ?? new Error('unknown error');
    }
    await heartbeat.stop();

    const repo = new JobRunsRepository(this.deps.db);
    const { id } = this.run;
    const owner = this.deps.owner;
    try {
      if (this.stopReason === 'lease-lost') {
        this.log.warn('lease lost: another instance owns the run now; outcome dropped');
        return;
      }
      if (failure && this.stopReason === 'shutdown') {
        await repo.release(id, owner);
        this.log.info('run handed back to the queue (shutdown)');
        return;
      }
      const cancelled = !!failure && (this.stopReason === 'cancel' || failure instanceof JobCancelledError);
      const status = failure ? (cancelled ? 'cancelled' : 'failed') : 'succeeded';
      if (status === 'failed') this.log.error('run failed', { err: failure });
      await repo.finish(id, owner, {
        status,
        at: this.deps.clock.now().toISOString(),
        result,
        error: status === 'failed' ? errorMessage(failure) : null,
        done: this.progress.done,
        total: this.progress.total,
      });
    } catch (e) {
      // The lease will expire and another attempt will follow.
      this.log.error('could not record the outcome of the run', { err: e });
    }
  }

  private startHeartbeat(): { stop(): Promise<void> } {
    const { db, clock, owner, leaseMs, heartbeatMs } = this.deps;
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    let current: Promise<void> = Promise.resolve();
    const beat = async () => {
      const now = clock.now();
      try {
        const r = await new JobRunsRepository(db).heartbeat(this.run.id, owner, {
          now: now.toISOString(),
          leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
          done: this.progress.done,
          total: this.progress.total,
        });
        if (!r.alive) this.stop('lease-lost');
        else if (r.cancelRequested) this.stop('cancel');
      } catch (e) {
        this.log.warn('heartbeat failed', { err: e });
      }
    };
    const next = () => {
      timer = setTimeout(() => {
        current = beat().finally(() => {
          if (!stopped) next();
        });
      }, heartbeatMs);
    };
    next();
    return {
      async stop() {
        stopped = true;
        clearTimeout(timer);
        await current;
      },
    };
  }
}
