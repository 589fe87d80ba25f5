/**
 * The national data generator: a migrated database with the demo accounts, a synthetic population, the
 * sponsoring departments, N organizations with their name index and timelines, and about 2 × N filed
 * community organizations — the same data for the same size and seed. Steps run in order over one bulk
 * writer; later issues append their own steps to GEN_STEPS (annual reports, credit records and lists …) using what
 * the organizations step recorded.
 */
import path from 'node:path';
import { openDatabase } from '../../apps/api/src/db/database';
import { loadConfig } from '../../apps/api/src/platform/config';
import { chinaDate, systemClock } from '../../apps/api/src/platform/clock';
import { refreshStatCounters } from '../../apps/api/src/modules/stats/stat-counters';
import { WRITE_LAG_MS } from '../../apps/api/src/modules/stats/fresh-counters';
import { prepareDatabase } from '../../apps/api/src/platform/startup';
import { AuditService } from '../../apps/api/src/platform/audit/audit.service';
import { SYSTEM_ACTOR } from '../../apps/api/src/platform/auth/auth-user';
import type { BulkWriter } from './bulk-writer';
import { planNational, type NationalPlan, type RegionInfo } from './national-plan';
import { writeReferenceData } from './reference-data';
import { orgsStep } from './orgs-step';
import { communityOrgsStep } from './community-orgs-step';
import { annualStep } from './annual-step';
import { creditStep } from './credit-step';
import { SqliteWriter } from './sqlite-writer';
import { PgWriter } from './pg-writer';

export interface GenOptions {
  orgs: number;
  seed: string;
  /** postgres://… ; absent: SQLite `shezu.db` in dataDir. */
  dbUrl?: string | undefined;
  /** Holds the SQLite file and the generated secrets (the server must start with the same directory). */
  dataDir: string;
  log?: (s: string) => void;
}

export interface GenContext {
  seed: string;
  count: number;
  /** Creation time written into every generated row. */
  at: string;
  plan: NationalPlan;
  writer: BulkWriter;
  dataKey: Buffer;
  /** Sponsoring department unit ids by `${authorityIndex}:${department}`. */
  unitIds: Map<string, number>;
  /** Per organization (index = id − 1), filled by the organizations step for the steps after it. */
  orgs: { type: Uint8Array; status: Uint8Array; foundedYear: Uint16Array };
  log(s: string): void;
}

export interface GenStep {
  name: string;
  /** Tables the step loads in bulk (their secondary indexes are dropped during the load). */
  tables: string[];
  run(ctx: GenContext): Promise<void>;
}

/** Every generation step in order; issue 5 and later append theirs. */
export const GEN_STEPS: GenStep[] = [orgsStep, communityOrgsStep, annualStep, creditStep];

export interface GenSummary {
  engine: 'sqlite' | 'postgres';
  orgs: number;
  seed: string;
  dataDir: string;
  seconds: number;
}

export async function generate(opts: GenOptions): Promise<GenSummary> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const config = loadConfig({
    ...process.env,
    DATA_DIR: opts.dataDir,
    DATABASE_URL: opts.dbUrl ?? '',
    DEMO: 'true',
    DEMO_ORGS: 'false',
    LOG_LEVEL: 'silent',
  });
  const database = openDatabase({ url: opts.dbUrl, dataDir: config.dataDir, poolSize: 2 });
  const at = systemClock.now().toISOString();
  let plan: NationalPlan;
  let unitIds: Map<string, number>;
  try {
    const { migration } = await prepareDatabase(config, database, systemClock);
    log(
      `[gen] ${database.engine} ${database.location}: migrated to ${migration}, demo accounts in place (${elapsed()})`,
    );
    const { db } = database;
    const existing = await db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(existing.n) > 0) {
      throw new Error(`the register already holds ${existing.n} organizations: generate into an empty database`);
    }
    const regions = (await db
      .selectFrom('regions')
      .select(['code', 'name', 'fullName', 'level', 'parentCode', 'placeholder', 'gbCode'])
      .execute()) as (Omit<RegionInfo, 'placeholder'> & { placeholder: boolean | number })[];
    plan = planNational(
      regions.map((r) => ({ ...r, placeholder: r.placeholder === true || r.placeholder === 1 })),
      opts.orgs,
      opts.seed,
    );
    unitIds = await writeReferenceData(db, plan, at);
    await db.transaction().execute((trx) =>
      new AuditService(db, systemClock).record(trx, SYSTEM_ACTOR, {
        action: 'seed',
        entity: 'organization',
        summary: `generated register: ${opts.orgs} organizations (seed ${opts.seed})`,
      }),
    );
    log(`[gen] populations of ${plan.populations.size} regions, ${unitIds.size} sponsoring departments (${elapsed()})`);
  } finally {
    await database.close();
  }

  const writer: BulkWriter = opts.dbUrl
    ? await PgWriter.open(opts.dbUrl)
    : new SqliteWriter(path.join(config.dataDir, 'shezu.db'));
  try {
    await writer.beforeLoad([...new Set(GEN_STEPS.flatMap((s) => s.tables))]);
    const ctx: GenContext = {
      seed: opts.seed,
      count: opts.orgs,
      at,
      plan,
      writer,
      dataKey: config.dataKey,
      unitIds,
      orgs: {
        type: new Uint8Array(opts.orgs),
        status: new Uint8Array(opts.orgs),
        foundedYear: new Uint16Array(opts.orgs),
      },
      log: (s) => log(`[gen] ${s} (${elapsed()})`),
    };
    for (const step of GEN_STEPS) await step.run(ctx);
    await writer.afterLoad(ctx.log);
  } finally {
    await writer.close();
  }
  // The province and national counters, as the refresh job would leave them: statistics read them at once.
  // No write is in flight after a load, so the window of recent writes (computedAt − lag) starts now.
  const counted = openDatabase({ url: opts.dbUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    const mark = new Date(systemClock.now().getTime() + WRITE_LAG_MS).toISOString();
    await refreshStatCounters(counted.db, chinaDate(systemClock.now()), mark);
    log(`[gen] statistics counters computed (${elapsed()})`);
  } finally {
    await counted.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  log(
    `[gen] done: ${opts.orgs.toLocaleString('en')} organizations in ${seconds.toFixed(1)} s ` +
      `(this process used ${((used.user + used.system) / 1e6).toFixed(1)} s of CPU)`,
  );
  return { engine: writer.engine, orgs: opts.orgs, seed: opts.seed, dataDir: config.dataDir, seconds };
}
