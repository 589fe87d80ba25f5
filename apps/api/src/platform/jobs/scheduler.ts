import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { DatabaseOptions } from '../../db/database';
import type { Clock } from '../clock';
import type { AuditService } from '../audit/audit.service';
import { silentLog } from './job-context';
import type { JobRegistry } from './job-registry';
import { JobRunsRepository } from './job-runs.repository';
import type { JobLog } from './job-types';
import { RunExecution } from './run-execution';
import { planDueRuns } from './schedule-planner';

export interface SchedulerOptions {
  /** How often the loop looks for due slots and queued runs. */
  tickMs: number;
  /** How often a running run extends its lease, stores progress and looks for a cancel request. */
  heartbeatMs: number;
  /** A run whose instance stops heartbeating is reclaimed after this long. */
  leaseMs: number;
  /** Runs this instance executes at once. */
  maxConcurrent: number;
  /** Missed slots older than this are not caught up. */
  catchUpDays: number;
  /** On shutdown, how long running jobs get to stop and hand their run back. */
  stopGraceMs: number;
}

export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = {
  tickMs: 5_000,
  heartbeatMs: 1_000,
  leaseMs: 60_000,
  maxConcurrent: 2,
  catchUpDays: 7,
  stopGraceMs: 10_000,
};

export interface SchedulerDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  registry: JobRegistry;
  workerDatabase: () => DatabaseOptions;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/**
 * Creates the runs of due slots and executes queued runs. Every instance on a shared database runs
 * one; the database decides who does what (unique slot rows, leased claims), so nothing runs twice.
 * `server.ts` starts the loop; tests drive it with `tick()` / `runDue()` and a manual clock.
 */
export class Scheduler {
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly executions = new Map<number, RunExecution>();
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private busy = false;
  private stopping = false;
  private log: JobLog = silentLog;
  private opts: SchedulerOptions;

  constructor(
    private readonly deps: SchedulerDeps,
    opts: Partial<SchedulerOptions> = {},
  ) {
    this.opts = { ...DEFAULT_SCHEDULER_OPTIONS, ...opts };
  }

  get running(): boolean {
    return this.timer !== null;
  }

  /** Runs executing on this instance now. */
  get active(): number[] {
    return [...this.executions.keys()];
  }

  start(opts: Partial<SchedulerOptions> & { log?: JobLog } = {}): void {
    if (this.timer) return;
    const { log, ...rest } = opts;
    this.opts = { ...this.opts, ...rest };
    if (log) this.log = log;
    this.stopping = false;
    this.timer = setInterval(() => this.kick(), this.opts.tickMs);
    this.kick();
  }

  /** Stops claiming; running jobs are asked to stop and hand their run back to the queue. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.chain.catch(() => undefined);
    const pending = [...this.executions.values()];
    for (const e of pending) e.shutdown();
    await Promise.race([Promise.all(pending.map((e) => e.done)), sleep(this.opts.stopGraceMs)]);
    // Stopped: no loop any more, but an explicit tick() (tests, CLI) may still run.
    this.stopping = false;
  }

  /** Starts a tick soon when the loop runs (after run-now, or when a run ends); no-op otherwise. */
  kick(): void {
    if (!this.timer || this.stopping || this.busy) return;
    this.busy = true;
    this.tick()
      .catch((e) => this.log.error('scheduler tick failed', { err: e }))
      .finally(() => {
        this.busy = false;
      });
  }

  /** One pass: create due scheduled runs, settle dead leases, claim and start runs up to capacity. */
  tick(): Promise<number> {
    const next = this.chain.catch(() => undefined).then(() => this.tickOnce());
    this.chain = next;
    return next;
  }

  /** For tests and the CLI: tick and wait until nothing this instance may claim is left. */
  async runDue(): Promise<void> {
    for (;;) {
      const started = await this.tick();
      if (started === 0 && this.executions.size === 0) return;
      await Promise.all([...this.executions.values()].map((e) => e.done));
    }
  }

  /** Stops a run executing here at once (other instances notice the request at their next heartbeat). */
  cancelLocal(runId: number): void {
    this.executions.get(runId)?.cancel();
  }

  private async tickOnce(): Promise<number> {
    if (this.stopping) return 0;
    const { db, clock, registry } = this.deps;
    const runs = new JobRunsRepository(db);
    await planDueRuns(db, registry, clock.now(), { catchUpDays: this.opts.catchUpDays, log: this.log });
    await runs.expireLeases(clock.now().toISOString());
    let started = 0;
    while (this.executions.size < this.opts.maxConcurrent && !this.stopping) {
      const now = clock.now();
      const leaseUntil = new Date(now.getTime() + this.opts.leaseMs).toISOString();
      const run = await runs.claimNext(this.owner, now.toISOString(), leaseUntil, registry.names());
      if (!run) break;
      this.launch(run);
      started++;
    }
    return started;
  }

  private launch(run: Awaited<ReturnType<JobRunsRepository['claimNext']>> & object): void {
    const def = this.deps.registry.get(run.jobName)!;
    const execution = new RunExecution({ ...this.deps, ...this.opts, owner: this.owner, log: this.log }, run, def);
    this.executions.set(run.id, execution);
    void execution.done.finally(() => {
      this.executions.delete(run.id);
      this.kick();
    });
  }
}
