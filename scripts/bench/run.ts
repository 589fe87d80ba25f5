/**
 * npm run bench [-- --orgs N] [--seed S] [--only foundation,national,import,supervision,activities]
 *   [--engines sqlite,postgres] [--quick] [--activities N]
 *   [--out DIR] [--scenarios REGEX]
 *
 * - foundation: first migration, start-up, login and regions on the demo data (bench/RESULTS.md);
 * - national: a generated dataset of N organizations (default 1,000,000) on SQLite and on a throwaway
 *   PostgreSQL, each scenario through the driver alone and through the server at 1 and 32 clients,
 *   an Excel export, peak memory → bench/results/<date>-<engine>.md and .json;
 * - import: a 100,000-row ledger imported through the server while reads and writes are timed;
 * - activities: N activities (default 10,000,000) over a register of 100,000 organizations (or --orgs), the
 *   public feed and likes at 200 per second through the server (the quick run: 20,000 on the national dataset).
 * --quick is the small run `npm test` makes (10,000 organizations, a second per scenario, national,
 * supervision and activities, results under --out): it fails on any error so the harness cannot rot; targets are not judged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findPgBin, freePort, startPgCluster } from '../lib/pg-cluster';
import { foundationMisses, runFoundation } from './foundation';
import { postgresDataset, sqliteDataset, type Dataset } from './dataset';
import { prepareAnnual } from './annual';
import { creditErrors, prepareCredit } from './credit';
import { prepareSupervision, supervisionErrors } from './supervision';
import { FULL, QUICK, measureNational, type NationalRun } from './national';
import { nationalMisses, writeNational } from './national-report';
import { readResults, writeResults } from './report';
import { startServer } from './server';
import { cpuMs } from './proc-cpu';
import { benchSpotCheckDraw, TARGET_MS as DRAW_TARGET_MS } from './spot-check-draw';
import { activitiesOnNational, activitiesPostgres, activitiesSqlite } from './activities-dataset';
import { activitiesErrors, activitiesMisses, runActivities, type ActivitiesRun } from './activities';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    orgs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    /** sqlite, postgres or both (default: both when PostgreSQL is installed). */
    engines: { type: 'string' },
    /** Only the national scenarios whose key matches (e.g. "^cases|^caseDetail"): merged into the last run. */
    scenarios: { type: 'string' },
    /** Activities the activities part generates (default 10,000,000; quick 20,000). */
    activities: { type: 'string' },
  },
});
const quick = values.quick;
const orgs = Number(values.orgs ?? (quick ? 10_000 : 1_000_000));
if (!Number.isInteger(orgs) || orgs < 10_000) throw new Error('--orgs must be an integer of at least 10,000');
const parts =
  values.only?.split(',') ??
  (quick
    ? ['national', 'supervision', 'activities']
    : ['foundation', 'national', 'import', 'supervision', 'activities']);
const outDir = path.resolve(values.out ?? path.join(root, 'bench/results'));
const profile = quick ? QUICK : FULL;
const log = (s: string) => console.log(s);
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

async function nationalOn(dataset: Dataset): Promise<NationalRun> {
  // The benchmark profile: one server process per core (WORKERS), as a deployment on this machine would run.
  const env: Record<string, string> = {
    DATA_DIR: dataset.dataDir,
    DEMO: 'true',
    BENCH_SQL_CAPTURE: 'true',
    WORKERS: 'auto',
  };
  if (dataset.databaseUrl) env.DATABASE_URL = dataset.databaseUrl;
  const annual = await prepareAnnual(dataset, log);
  const credit = await prepareCredit(dataset, quick, log);
  const supervision = await prepareSupervision(dataset, log);
  const server = await startServer(env, await freePort());
  try {
    log(
      `[bench] ${dataset.engine}: server on ${orgs.toLocaleString('en')} organizations up in ${Math.round(server.firstPageMs)} ms`,
    );
    const serverPid = server.process.pid!;
    const dbPid = dataset.dbPid;
    const cpu = () => cpuMs(serverPid, true) + (dbPid ? cpuMs(dbPid, true) : 0);
    const run = await measureNational({
      url: server.url,
      dataset,
      orgs,
      profile,
      serverPid,
      cpu,
      log,
      annual,
      credit,
      supervision,
      quick,
      ...(scenarioFilter ? { scenarioFilter } : {}),
    });
    return { ...run, generatedSeconds: dataset.generatedSeconds, startMs: server.firstPageMs };
  } finally {
    await server.stop();
  }
}

const scenarioFilter = values.scenarios ? new RegExp(values.scenarios) : undefined;

/**
 * A run of some scenarios only (--scenarios) completes the engine's last run of the same size: its other
 * scenarios, export and credit figures are kept, the new ones replace theirs.
 */
function withLastRun(run: NationalRun): NationalRun {
  if (!scenarioFilter) return run;
  const last = readResults(root).national?.runs.find((r) => r.engine === run.engine && r.orgs === run.orgs);
  if (!last) return run;
  return {
    ...last,
    ...run,
    scenarios: { ...last.scenarios, ...run.scenarios },
    export: last.export,
    ...(last.credit ? { credit: last.credit } : {}),
    peakRssMb: Math.max(last.peakRssMb, run.peakRssMb),
  };
}

async function main(): Promise<number> {
  if (!existsSync(path.join(root, 'apps/web/dist/index.html'))) {
    spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: path.join(root, 'apps/web'), stdio: 'inherit' });
  }
  const withPg = !!(findPgBin() || process.env.BENCH_PG_URL);
  if (!withPg) log('PostgreSQL not found: benchmark runs on SQLite only.');
  if (!withPg && quick && (process.env.CI === 'true' || process.env.CI === '1')) {
    console.error('[bench] CI=true: PostgreSQL is required for the benchmark run');
    return 1;
  }
  const results = quick ? {} : readResults(root);
  const misses: string[] = [];

  if (parts.includes('foundation')) {
    const cluster = withPg && !process.env.BENCH_PG_URL ? await startPgCluster() : undefined;
    try {
      results.foundation = await runFoundation(withPg ? (process.env.BENCH_PG_URL ?? cluster!.adminUrl) : null);
    } finally {
      cluster?.stop();
    }
    misses.push(...foundationMisses(results.foundation));
  }
  if (parts.includes('import')) {
    const r = spawnSync('npx', ['tsx', 'scripts/bench/ledger-import.ts', '--engine', withPg ? 'both' : 'sqlite'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('the ledger import benchmark failed');
    // The per-engine files of the last national run quote the import: write them again with the new figures.
    if (!parts.includes('national') && results.national) {
      const { runs, seed } = results.national;
      const command = `npm run bench -- --orgs ${results.national.orgs}`;
      results.national.files = runs.map((run) =>
        path.relative(path.join(root, 'bench'), writeNational(outDir, run, seed, command)),
      );
    }
  }
  if (parts.includes('national')) {
    const runs: NationalRun[] = [];
    const files: string[] = [];
    const command = `npm run bench -- --orgs ${orgs}${quick ? ' --quick' : ''}`;
    const engines = values.engines?.split(',') ?? ['sqlite', 'postgres'];
    const makers = [
      ...(engines.includes('sqlite') ? [sqliteDataset] : []),
      ...(withPg && engines.includes('postgres') ? [postgresDataset] : []),
    ];
    for (const make of makers) {
      const dataset = await make(orgs, values.seed, log);
      try {
        const run = withLastRun(await nationalOn(dataset));
        runs.push(run);
        files.push(path.relative(path.join(root, 'bench'), writeNational(outDir, run, values.seed, command)));
      } finally {
        await dataset.release();
      }
    }
    // An engine left out this time keeps its last figures of the same size in the overview.
    const kept = (results.national?.orgs === orgs ? results.national.runs : []).filter(
      (r) => !runs.some((n) => n.engine === r.engine),
    );
    const keptFiles = (results.national?.orgs === orgs ? results.national.files : []).filter((f) =>
      kept.some((r) => f.endsWith(`-${r.engine}.md`)),
    );
    results.national = {
      orgs,
      seed: values.seed,
      loadAverage: loadAverage(),
      runs: [...runs, ...kept],
      files: [...files, ...keptFiles],
    };
    misses.push(...runs.flatMap(nationalMisses));
    for (const f of files) log(`[bench] wrote ${path.join('bench', f)}`);
  }
  if (parts.includes('supervision')) {
    // The draw over the national count (the quick run: 100,000, so that the harness cannot rot).
    const count = quick ? 100_000 : orgs;
    const r = benchSpotCheckDraw(count);
    if (r.drawn !== Math.ceil(count / 20)) throw new Error(`the draw of 5 % of ${count} gave ${r.drawn}`);
    results.supervision = { count, ...r, loadAverage: loadAverage() };
    log(
      `[bench] spot-check draw, 5 % of ${count.toLocaleString('en')}: ${Math.round(r.unweightedMs)} ms unweighted, ${Math.round(r.weightedMs)} ms weighted`,
    );
    if (!quick && Math.max(r.unweightedMs, r.weightedMs) >= DRAW_TARGET_MS)
      misses.push(`spot-check draw ${Math.round(Math.max(r.unweightedMs, r.weightedMs))} ms (< ${DRAW_TARGET_MS})`);
  }
  if (parts.includes('activities')) {
    const count = Number(values.activities ?? (quick ? 20_000 : 10_000_000));
    if (!Number.isInteger(count) || count < 1000) throw new Error('--activities must be an integer of at least 1,000');
    // Its own register of 100,000 organizations (about 100 activities each); the quick run adds to the national one.
    const register = values.orgs ? orgs : quick ? orgs : 100_000;
    const engines = (values.engines?.split(',') ?? ['sqlite', 'postgres']).filter(
      (e): e is 'sqlite' | 'postgres' => e === 'sqlite' || (e === 'postgres' && withPg),
    );
    const runs: ActivitiesRun[] = [];
    for (const engine of engines) {
      const dataset = quick
        ? await activitiesOnNational(engine, register, count, values.seed, log)
        : await (engine === 'sqlite' ? activitiesSqlite : activitiesPostgres)(register, count, values.seed, log);
      try {
        runs.push(await runActivities(dataset, profile, quick, loadAverage, log));
      } finally {
        await dataset.release();
      }
    }
    const last = results.activities?.activities === count ? results.activities.runs : [];
    results.activities = {
      activities: count,
      orgs: register,
      seed: values.seed,
      command: `npm run bench -- --only activities${values.activities ? ` --activities ${count}` : ''}${values.engines ? ` --engines ${values.engines}` : ''}`,
      runs: [...runs, ...last.filter((r) => !runs.some((n) => n.engine === r.engine))],
    };
    if (!quick) misses.push(...runs.flatMap(activitiesMisses));
  }
  if (quick) {
    // The small run proves the harness works: every scenario answered, without errors, with its SQL replayed.
    const broken = (results.national?.runs ?? []).flatMap((r) =>
      Object.values(r.scenarios)
        .filter((s) => s.c1.errors + s.c32.errors > 0 || s.c1.n === 0 || s.raw.n === 0)
        .map((s) => `${r.engine}: ${s.label}`)
        .concat(creditErrors(r.engine, r.credit))
        .concat(supervisionErrors(r.engine, r.supervision)),
    );
    broken.push(...(results.activities?.runs ?? []).flatMap(activitiesErrors));
    if (broken.length) {
      console.error(`[bench] scenarios with errors: ${broken.join('; ')}`);
      return 1;
    }
    log(
      `[bench] quick run: national on ${results.national?.runs.length ?? 0} engine(s), activities on ${results.activities?.runs.length ?? 0}, no errors`,
    );
    return 0;
  }
  const md = writeResults(root, results);
  console.log('\n' + md);
  if (misses.length) console.log(`Targets missed: ${misses.join('; ')}`);
  return 0;
}

process.exitCode = await main();
