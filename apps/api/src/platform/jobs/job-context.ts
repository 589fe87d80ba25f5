import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Clock } from '../clock';
import { SYSTEM_ACTOR, type Actor } from '../auth/auth-user';
import type { AuditService } from '../audit/audit.service';
import { JobCancelledError, type JobContext, type JobLog } from './job-types';

/** The facts of a run a handler needs, as they cross into a worker thread (plain data only). */
export interface RunTicket {
  id: number;
  jobName: string;
  slot: string;
  payload: unknown;
  requestedBy: number | null;
  requestedByName: string | null;
  regionCode: string | null;
}

/** Audit rows written by a run name it in request_id, so the trail leads back to the run. */
export function actorOfRun(run: RunTicket): Actor {
  const requestId = `job-run:${run.id}`;
  if (run.requestedBy === null) return { ...SYSTEM_ACTOR, requestId };
  return {
    userId: run.requestedBy,
    name: run.requestedByName ?? `user ${run.requestedBy}`,
    regionCode: run.regionCode,
    requestId,
    ip: null,
  };
}

export interface Progress {
  done: number;
  total: number | null;
}

export function createJobContext(p: {
  run: RunTicket;
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  signal: AbortSignal;
  log: JobLog;
  onProgress: (progress: Progress) => void;
  /** Checked before the signal (a worker reads its shared cancel flag here). */
  pollCancel?: () => void;
}): JobContext {
  const isCancelled = () => {
    p.pollCancel?.();
    return p.signal.aborted;
  };
  return {
    runId: p.run.id,
    jobName: p.run.jobName,
    slot: new Date(p.run.slot),
    payload: p.run.payload,
    actor: actorOfRun(p.run),
    db: p.db,
    clock: p.clock,
    audit: p.audit,
    signal: p.signal,
    isCancelled,
    throwIfCancelled() {
      if (isCancelled()) throw new JobCancelledError();
    },
    progress(done, total) {
      p.onProgress({ done: Math.max(0, Math.floor(done)), total: total == null ? null : Math.floor(total) });
    },
    log: p.log,
  };
}

export const silentLog: JobLog = { info() {}, warn() {}, error() {} };

/** A short, user-readable message for a failed run (stacks go to the log). */
export function errorMessage(e: unknown): string {
  const msg = e instanceof Error ? e.message || e.name : String(e);
  return msg.slice(0, 2000);
}
