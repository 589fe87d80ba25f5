import type { ExpressionBuilder, Insertable, Kysely, RawBuilder, Selectable, SqlBool } from 'kysely';
import type { JobRunKind, JobRunStatus } from '@shezu/contracts';
import type { DB, JobRunsTable } from '../../db/schema';
import { engineOf, fromJson, toBool, toJson } from '../../db/dialect';

export interface JobRunRecord {
  id: number;
  jobName: string;
  kind: JobRunKind;
  slot: string;
  status: JobRunStatus;
  payload: unknown;
  progressDone: number;
  progressTotal: number | null;
  result: unknown;
  error: string | null;
  requestedBy: number | null;
  requestedByName: string | null;
  regionCode: string | null;
  attempts: number;
  maxAttempts: number;
  leaseOwner: string | null;
  leaseUntil: string | null;
  heartbeatAt: string | null;
  cancelRequested: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface RunFilter {
  jobName?: string;
  status?: JobRunStatus;
  requestedBy?: number;
  beforeId?: number;
}

export type NewRun = Omit<
  Insertable<JobRunsTable>,
  'id' | 'status' | 'progressDone' | 'attempts' | 'cancelRequested' | 'payload'
> & { payload: unknown };

const ACTIVE: JobRunStatus[] = ['queued', 'running'];
export const LEASE_LOST = '执行实例失联（租约过期）且已达最大尝试次数，不再重试';

function toRecord(r: Selectable<JobRunsTable>): JobRunRecord {
  return {
    ...r,
    kind: r.kind as JobRunKind,
    status: r.status as JobRunStatus,
    payload: fromJson(r.payload),
    result: fromJson(r.result),
    cancelRequested: toBool(r.cancelRequested),
  };
}

/** Every query on job_runs. Runs move queued → running → succeeded | failed | cancelled. */
export class JobRunsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private values(run: NewRun) {
    return {
      ...run,
      payload: toJson(run.payload),
      status: 'queued',
      progressDone: 0,
      attempts: 0,
      cancelRequested: false,
    } satisfies Insertable<JobRunsTable>;
  }

  /** The one run of a scheduled slot; false when another instance created it first. */
  async insertScheduled(run: NewRun): Promise<boolean> {
    const r = await this.db
      .insertInto('jobRuns')
      .values(this.values({ ...run, kind: 'scheduled' }))
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async insert(run: NewRun): Promise<number> {
    const { id } = await this.db
      .insertInto('jobRuns')
      .values(this.values(run))
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async find(id: number): Promise<JobRunRecord | undefined> {
    const r = await this.db.selectFrom('jobRuns').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRecord(r);
  }

  /** Newest first, keyset-paged; `scope` restricts to what the reader may see. */
  async list(filter: RunFilter, scope: RawBuilder<SqlBool>, limit: number): Promise<JobRunRecord[]> {
    let q = this.db.selectFrom('jobRuns').selectAll().where(scope);
    if (filter.jobName) q = q.where('jobName', '=', filter.jobName);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.requestedBy) q = q.where('requestedBy', '=', filter.requestedBy);
    if (filter.beforeId) q = q.where('id', '<', filter.beforeId);
    return (await q.orderBy('id', 'desc').limit(limit).execute()).map(toRecord);
  }

  async latest(jobName: string): Promise<JobRunRecord | undefined> {
    const r = await this.db
      .selectFrom('jobRuns')
      .selectAll()
      .where('jobName', '=', jobName)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r && toRecord(r);
  }

  /**
   * Takes the oldest claimable run with one conditional UPDATE: queued, or running with an expired lease
   * (its instance died). A scheduled run waits while an earlier slot of its job is unfinished, so catch-up
   * runs go in slot order even across instances. PostgreSQL skips rows another instance is claiming;
   * SQLite serialises writers, and the repeated condition in the outer UPDATE makes a lost race a no-op.
   */
  async claimNext(owner: string, now: string, leaseUntil: string, jobNames: string[]): Promise<JobRunRecord | null> {
    if (jobNames.length === 0) return null;
    const db = this.db;
    let candidate = db
      .selectFrom('jobRuns as r')
      .select('r.id')
      .where('r.jobName', 'in', jobNames)
      .where('r.cancelRequested', '=', false)
      .where((eb) =>
        eb.or([
          eb('r.status', '=', 'queued'),
          eb.and([
            eb('r.status', '=', 'running'),
            eb('r.leaseUntil', '<', now),
            eb('r.attempts', '<', eb.ref('r.maxAttempts')),
          ]),
        ]),
      )
      .where((eb) =>
        eb.or([
          eb('r.kind', '=', 'oneoff'),
          eb.not(
            eb.exists(
              eb
                .selectFrom('jobRuns as e')
                .select('e.id')
                .whereRef('e.jobName', '=', 'r.jobName')
                .where('e.kind', '=', 'scheduled')
                .whereRef('e.slot', '<', 'r.slot')
                .where('e.status', 'in', ACTIVE),
            ),
          ),
        ]),
      )
      .orderBy('r.id')
      .limit(1);
    // A read first: an idle tick must not take SQLite's write lock (the API thread would wait on a worker's writes).
    if (!(await candidate.executeTakeFirst())) return null;
    if (engineOf(db) === 'postgres') candidate = candidate.forUpdate().skipLocked();
    const r = await db
      .updateTable('jobRuns')
      .set((eb) => ({
        status: 'running',
        leaseOwner: owner,
        leaseUntil,
        heartbeatAt: now,
        attempts: eb('attempts', '+', 1),
        startedAt: eb.fn.coalesce('startedAt', eb.val(now)),
        progressDone: 0,
        error: null,
      }))
      .where('id', '=', candidate)
      .where('cancelRequested', '=', false)
      .where((eb) =>
        eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'running'), eb('leaseUntil', '<', now)])]),
      )
      .returningAll()
      .executeTakeFirst();
    return r ? toRecord(r) : null;
  }

  /** Extends the lease and stores progress; `alive` is false once this instance no longer owns the run. */
  async heartbeat(
    id: number,
    owner: string,
    p: { now: string; leaseUntil: string; done: number; total: number | null },
  ): Promise<{ alive: boolean; cancelRequested: boolean }> {
    const r = await this.db
      .updateTable('jobRuns')
      .set({ heartbeatAt: p.now, leaseUntil: p.leaseUntil, progressDone: p.done, progressTotal: p.total })
      .where('id', '=', id)
      .where('leaseOwner', '=', owner)
      .where('status', '=', 'running')
      .returning('cancelRequested')
      .executeTakeFirst();
    return { alive: !!r, cancelRequested: !!r && toBool(r.cancelRequested) };
  }

  async finish(
    id: number,
    owner: string,
    end: {
      status: 'succeeded' | 'failed' | 'cancelled';
      at: string;
      result: unknown;
      error: string | null;
      done: number;
      total: number | null;
    },
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('jobRuns')
      .set({
        status: end.status,
        finishedAt: end.at,
        heartbeatAt: end.at,
        result: toJson(end.result),
        error: end.error,
        progressDone: end.done,
        progressTotal: end.total,
        leaseOwner: null,
        leaseUntil: null,
      })
      .where('id', '=', id)
      .where('leaseOwner', '=', owner)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Hands a run back to the queue (graceful shutdown): another instance or the next start resumes it. */
  async release(id: number, owner: string): Promise<void> {
    await this.db
      .updateTable('jobRuns')
      .set((eb) => ({ status: 'queued', leaseOwner: null, leaseUntil: null, attempts: eb('attempts', '-', 1) }))
      .where('id', '=', id)
      .where('leaseOwner', '=', owner)
      .where('status', '=', 'running')
      .execute();
  }

  /**
   * Runs whose instance died and that may not be retried end here: out of attempts → failed with the
   * reason; cancellation requested → cancelled.
   */
  async expireLeases(now: string): Promise<number> {
    const expired = (eb: ExpressionBuilder<DB, 'jobRuns'>) =>
      eb.and([eb('status', '=', 'running'), eb('leaseUntil', '<', now)]);
    const any = await this.db.selectFrom('jobRuns').select('id').where(expired).limit(1).executeTakeFirst();
    if (!any) return 0;
    const cancelled = await this.db
      .updateTable('jobRuns')
      .set({ status: 'cancelled', finishedAt: now, leaseOwner: null, leaseUntil: null })
      .where(expired)
      .where('cancelRequested', '=', true)
      .executeTakeFirst();
    const failed = await this.db
      .updateTable('jobRuns')
      .set({ status: 'failed', finishedAt: now, leaseOwner: null, leaseUntil: null, error: LEASE_LOST })
      .where(expired)
      .whereRef('attempts', '>=', 'maxAttempts')
      .executeTakeFirst();
    return Number(cancelled.numUpdatedRows) + Number(failed.numUpdatedRows);
  }

  async cancelQueued(id: number, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('jobRuns')
      .set({ status: 'cancelled', cancelRequested: true, finishedAt: at })
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async requestCancel(id: number): Promise<boolean> {
    const r = await this.db
      .updateTable('jobRuns')
      .set({ cancelRequested: true })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
