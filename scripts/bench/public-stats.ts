/**
 * Public statistics at national scale (issue 4 §7): fills a fresh database with N registered-register rows
 * (default 1,000,000, 10 % of them removed) and N/2 community filings spread over every county and township,
 * then measures on SQLite and, when PostgreSQL is installed, on a throwaway cluster:
 *  - a live national count (what /api/public/stats would cost without counters),
 *  - the `stats.refresh` job's one pass by province,
 *  - StatsService.get per level (national and province read counters, city and below count live).
 *
 *   npx tsx scripts/bench/public-stats.ts [orgs]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../apps/api/src/db/database';
import { migrateToLatest } from '../../apps/api/src/db/migrate';
import type { DB } from '../../apps/api/src/db/schema';
import { ManualClock } from '../../apps/api/src/platform/clock';
import { AuditService } from '../../apps/api/src/platform/audit/audit.service';
import { RegionsService } from '../../apps/api/src/modules/regions/regions.service';
import { CategoriesService } from '../../apps/api/src/modules/orgs/categories.service';
import { OrgCountsQuery } from '../../apps/api/src/modules/orgs/public/org-counts.query';
import { CommunityOrgsSource } from '../../apps/api/src/modules/portal/community-orgs.source';
import { StatCountsRepository } from '../../apps/api/src/modules/stats/stat-counts.repository';
import { addCommunity, addRegistered, groupMetrics, sumMetrics } from '../../apps/api/src/modules/stats/stat-metrics';
import { StatsService } from '../../apps/api/src/modules/stats/stats.service';
import { findPgBin, startPgCluster } from '../lib/pg-cluster';
import { summarize, timeRequests } from './stats';

const N = Number(process.argv[2] ?? 1_000_000);
const TYPES = `case i % 3 when 0 then 'social_group' when 1 then 'service_institution' else 'foundation' end`;
const CATEGORIES = `case i % 11 when 0 then 'industry_association' when 1 then 'science_tech' when 2 then 'culture'
  when 3 then 'sports' when 4 then 'education' when 5 then 'health' when 6 then 'social_service' when 7 then 'charity'
  when 8 then 'agriculture' when 9 then 'remote_chamber' else 'other' end`;

async function fill(db: Kysely<DB>, engine: 'sqlite' | 'postgres'): Promise<void> {
  const pgEngine = engine === 'postgres';
  const seq = (n: number) =>
    pgEngine
      ? `generate_series(0, ${n - 1}) as s(i)`
      : `(with recursive s(i) as (select 0 union all select i + 1 from s where i < ${n - 1}) select i from s) as s`;
  const pad = pgEngine ? `lpad(i::text, 13, '0')` : `printf('%013d', i)`;
  const charity = pgEngine ? `(i % 13 = 0)` : `(case when i % 13 = 0 then 1 else 0 end)`;
  for (const [table, len] of [
    ['bench_counties', 6],
    ['bench_towns', 9],
  ] as const) {
    await sql
      .raw(
        `create ${pgEngine ? 'unlogged' : 'temp'} table ${table} as select row_number() over (order by code) - 1 as n, code from regions where length(code) = ${len}`,
      )
      .execute(db);
  }
  await sql
    .raw(
      `insert into organizations (uscc, name, search_name, type, level, authority_region_code, region_code,
        category_code, status, address, legal_rep_name, business_scope, registered_funds_fen, founded_on,
        charity_recognized, evaluation_grade, grade_valid_until, created_at, updated_at)
      select 'B' || ${pad} || '0000', '组织' || i, '组织' || i, ${TYPES}, 'county', c.code, c.code, ${CATEGORIES},
        case when i % 10 = 0 then 'deregistered' else 'registered' end, '某地某路1号', '张三', '业务范围',
        3000000, '2018-01-01', ${charity}, case i % 8 when 5 then '3A' when 6 then '4A' else null end,
        '2030-12-31', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
      from ${seq(N)} join bench_counties c on c.n = i % (select count(*) from bench_counties)`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into community_orgs (name, search_name, region_code, community_name, area_kind, category_code,
        responsible_name, venue, activity_area, member_count, funds_fen, status, filed_on, version, created_at, updated_at)
      select '队' || i, '队' || i, t.code, '社区' || (i % 7), case when i % 3 = 0 then 'rural' else 'urban' end,
        'life_service', '李四', '活动室', '本社区', 10, 0, case when i % 20 = 0 then 'cancelled' else 'filed' end,
        '2025-01-01', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
      from ${seq(Math.floor(N / 2))} join bench_towns t on t.n = i % (select count(*) from bench_towns)`,
    )
    .execute(db);
  await sql.raw('analyze').execute(db);
}

async function measure(engine: 'sqlite' | 'postgres', url: string | undefined, dataDir: string) {
  const database = openDatabase({ url, dataDir });
  const db = database.db;
  try {
    await migrateToLatest(db);
    let t = performance.now();
    await fill(db, engine);
    console.log(
      `[${engine}] ${N} orgs, ${Math.floor(N / 2)} community orgs in ${Math.round(performance.now() - t)} ms`,
    );
    const clock = new ManualClock('2026-03-02T01:00:00.000Z');
    const audit = new AuditService(db, clock);
    const categories = new CategoriesService(db, clock, audit);
    const service = new StatsService(db, clock, new RegionsService(db, clock, audit), categories);
    const live = await timeRequests(3, async () => void (await service.countLive('100000')));
    const refresh: number[] = [];
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      const orgs = await new OrgCountsQuery(db).registeredByProvince('2026-03-02');
      const community = await new CommunityOrgsSource(db).filedCountsByProvince();
      const byRegion = groupMetrics(orgs, addRegistered);
      groupMetrics(community, addCommunity, byRegion);
      byRegion.set('100000', sumMetrics(byRegion.values()));
      await new StatCountsRepository(db).replaceAll(byRegion, clock.now().toISOString());
      refresh.push(performance.now() - t);
    }
    const levels: Record<string, ReturnType<typeof summarize>> = {};
    for (const code of ['100000', '33', '3308', '330802', '330802005', '4419']) {
      await service.get(code);
      levels[code] = await timeRequests(30, async () => void (await service.get(code)));
    }
    return { engine, liveNational: live, refreshPass: summarize(refresh), get: levels };
  } finally {
    await database.close();
  }
}

const results = [];
const dir = mkdtempSync(path.join(os.tmpdir(), 'shezu-bench-stats-'));
try {
  results.push(await measure('sqlite', undefined, dir));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (findPgBin()) {
  const cluster = await startPgCluster();
  const client = new pg.Client({ connectionString: cluster.adminUrl });
  await client.connect();
  await client.query('create database shezu_bench_stats');
  await client.end();
  const pgDir = mkdtempSync(path.join(os.tmpdir(), 'shezu-bench-stats-pg-'));
  try {
    results.push(await measure('postgres', cluster.urlFor('shezu_bench_stats'), pgDir));
  } finally {
    cluster.stop();
    rmSync(pgDir, { recursive: true, force: true });
  }
}
for (const r of results) {
  console.log(
    `\n${r.engine}: live national count p50 ${r.liveNational.p50} ms; refresh pass p50 ${r.refreshPass.p50} ms`,
  );
  for (const [code, s] of Object.entries(r.get))
    console.log(`  stats ${code.padEnd(10)} p50 ${s.p50} ms  p95 ${s.p95} ms`);
}
