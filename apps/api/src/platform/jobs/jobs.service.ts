import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { JobRunStatus, TJob, TJobRun, TJobUpdate } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../clock';
import type { AuditService } from '../audit/audit.service';
import type { Actor, AuthUser } from '../auth/auth-user';
import { authorize } from '../auth/authorize';
import { assertAuthorized, readScopeCondition } from '../auth/guard';
import { AppError, fieldError, notFound } from '../errors';
import { DEFAULT_MAX_ATTEMPTS, isRunnable, type JobRegistry } from './job-registry';
import { JobRunsRepository, type JobRunRecord } from './job-runs.repository';
import { JobSchedulesRepository } from './job-schedules.repository';
import type { JobDefinition } from './job-types';
import { jobView, runView } from './job-views';
import { slotAfter, slotAtOrBefore } from './schedule';
import { syncSchedules } from './schedule-planner';
import type { Scheduler } from './scheduler';

export interface RunListFilter {
  jobName?: string;
  status?: JobRunStatus;
  mine?: boolean;
  beforeId?: number;
}

/** Parses a payload with the job's schema; errors name the field as `payload.<path>`. */
function parsePayload(def: JobDefinition, input: unknown): unknown {
  if (!def.payload) {
    if (input !== undefined && input !== null) throw fieldError('payload', '该任务不接受参数');
    return null;
  }
  const r = def.payload.safeParse(input ?? {});
  if (r.success) return r.data;
  const fields: Record<string, string> = {};
  for (const i of r.error.issues) fields[['payload', ...i.path.map(String)].join('.')] ??= i.message;
  throw new AppError('VALIDATION_FAILED', `任务参数有误：${Object.values(fields)[0]}`, fields);
}

/**
 * Jobs as the API and the other modules see them: the admin page (definitions, schedules, runs,
 * run-now, cancel, enable/disable) and `enqueue` for modules that start background work.
 */
export class JobsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    readonly registry: JobRegistry,
    readonly scheduler: Scheduler,
  ) {}

  /**
   * Queues a one-off run for `requestedBy` (null: the platform itself) and returns its id. Pass the
   * caller's transaction to create the run together with the write that asks for it, audit that
   * write there, and call `kick()` after the commit to start it at once.
   */
  async enqueue(
    db: Kysely<DB>,
    req: { name: string; payload?: unknown; requestedBy: AuthUser | null },
  ): Promise<number> {
    const def = this.registry.get(req.name);
    if (!def) throw new Error(`unknown job "${req.name}"`);
    return this.insertRun(db, def, parsePayload(def, req.payload), req.requestedBy);
  }

  private insertRun(db: Kysely<DB>, def: JobDefinition, payload: unknown, u: AuthUser | null): Promise<number> {
    const at = this.clock.now().toISOString();
    return new JobRunsRepository(db).insert({
      jobName: def.name,
      kind: 'oneoff',
      slot: at,
      payload,
      maxAttempts: def.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      requestedBy: u?.id ?? null,
      requestedByName: u ? `${u.displayName}(${u.username})` : null,
      regionCode: u?.regionCode ?? null,
      createdAt: at,
    });
  }

  kick(): void {
    this.scheduler.kick();
  }

  async listJobs(user: AuthUser): Promise<TJob[]> {
    assertAuthorized(user, 'jobs.manage');
    const schedules = new Map((await syncSchedules(this.db, this.registry, this.clock.now())).map((s) => [s.name, s]));
    const runs = new JobRunsRepository(this.db);
    const out: TJob[] = [];
    for (const def of this.registry.list()) {
      out.push(jobView(def, schedules.get(def.name), await runs.latest(def.name), this.registry));
    }
    return out;
  }

  /** Managers see the platform's runs and those requested in their region; everyone their own. */
  private scope(user: AuthUser): RawBuilder<SqlBool> {
    const own = sql<SqlBool>`${sql.ref('jobRuns.requestedBy')} = ${user.id}`;
    if (!user.permissions.has('jobs.manage')) return own;
    const region = readScopeCondition(user, 'jobs.manage', { region: 'jobRuns.regionCode' });
    return sql<SqlBool>`(${own} or ${sql.ref('jobRuns.requestedBy')} is null or ${region})`;
  }

  private canRead(user: AuthUser, run: JobRunRecord): boolean {
    if (run.requestedBy === user.id) return true;
    if (!user.permissions.has('jobs.manage')) return false;
    return run.requestedBy === null || authorize(user, 'jobs.manage', { regionCode: run.regionCode }).allowed;
  }

  async listRuns(user: AuthUser, filter: RunListFilter, limit: number): Promise<TJobRun[]> {
    const { mine, ...rest } = filter;
    const rows = await new JobRunsRepository(this.db).list(
      { ...rest, requestedBy: mine ? user.id : undefined },
      this.scope(user),
      limit,
    );
    return rows.map((r) => runView(r, this.registry));
  }

  private async readable(user: AuthUser, id: number): Promise<JobRunRecord> {
    const run = await new JobRunsRepository(this.db).find(id);
    if (!run || !this.canRead(user, run)) throw notFound();
    return run;
  }

  async getRun(user: AuthUser, id: number): Promise<TJobRun> {
    return runView(await this.readable(user, id), this.registry);
  }

  async runNow(user: AuthUser, actor: Actor, name: string, payload: unknown): Promise<TJobRun> {
    assertAuthorized(user, 'jobs.manage');
    const def = this.registry.get(name);
    if (!def) throw notFound('任务不存在');
    if (!isRunnable(def)) throw new AppError('JOB_NOT_RUNNABLE');
    const parsed = parsePayload(def, payload);
    const id = await this.db.transaction().execute(async (trx) => {
      const runId = await this.insertRun(trx, def, parsed, user);
      await this.audit.record(trx, actor, {
        action: 'run',
        entity: 'job_run',
        entityId: runId,
        regionCode: user.regionCode,
        summary: `立即运行：${def.title}`,
        after: { jobName: name, payload: parsed },
      });
      return runId;
    });
    this.scheduler.kick();
    return this.getRun(user, id);
  }

  /** A queued run is cancelled at once; a running one is asked to stop and ends `cancelled`. */
  async cancel(user: AuthUser, actor: Actor, id: number): Promise<TJobRun> {
    const run = await this.readable(user, id);
    if (run.status !== 'queued' && run.status !== 'running') throw new AppError('JOB_RUN_FINISHED');
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repo = new JobRunsRepository(trx);
      const done = (await repo.cancelQueued(id, at)) || (await repo.requestCancel(id));
      if (!done) throw new AppError('JOB_RUN_FINISHED');
      await this.audit.record(trx, actor, {
        action: 'cancel',
        entity: 'job_run',
        entityId: id,
        regionCode: run.regionCode ?? user.regionCode,
        summary: `取消任务：${this.registry.get(run.jobName)?.title ?? run.jobName}`,
        before: { status: run.status },
      });
    });
    this.scheduler.cancelLocal(id);
    return this.getRun(user, id);
  }

  /** Enables or disables a recurring job; slots that pass while it is disabled are not caught up. */
  async update(user: AuthUser, actor: Actor, name: string, input: TJobUpdate): Promise<TJob> {
    assertAuthorized(user, 'jobs.manage');
    const def = this.registry.get(name);
    if (!def) throw notFound('任务不存在');
    if (!def.schedule) throw notFound('该任务没有定时计划');
    const now = this.clock.now();
    await syncSchedules(this.db, this.registry, now);
    const repo = new JobSchedulesRepository(this.db);
    const before = (await repo.find(name))!;
    const resuming = input.enabled && !before.enabled;
    const patch = {
      enabled: input.enabled,
      lastSlot: resuming ? slotAtOrBefore(def.schedule, now).toISOString() : before.lastSlot,
      nextRunAt: input.enabled ? slotAfter(def.schedule, now).toISOString() : null,
      updatedAt: now.toISOString(),
    };
    await this.db.transaction().execute(async (trx) => {
      if (!(await new JobSchedulesRepository(trx).setEnabled(name, input.version, patch))) {
        throw new AppError('STALE_VERSION');
      }
      await this.audit.record(trx, actor, {
        action: 'update',
        entity: 'job',
        entityId: name,
        regionCode: user.regionCode,
        summary: `${input.enabled ? '启用' : '停用'}定时任务：${def.title}`,
        before: { enabled: before.enabled },
        after: { enabled: input.enabled },
      });
    });
    const after = await repo.find(name);
    return jobView(def, after, await new JobRunsRepository(this.db).latest(name), this.registry);
  }
}
