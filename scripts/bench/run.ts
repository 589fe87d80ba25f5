/**
 * npm run bench [-- --orgs N] [--seed S] [--only foundation|register]
 * Starts the real server on SQLite and on a throwaway PostgreSQL and measures: the foundation's targets
 * (first migration, start-up, login, regions) on the demo data, and the register's (name search, org
 * pages, staff lists) on a generated national dataset of N organizations (default 200,000; 1,000,000
 * is what the targets are stated for). Writes bench/results.json and bench/RESULTS.md; a
 * partial run keeps the other part's last figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findPgBin, freePort, startPgCluster } from '../lib/pg-cluster';
import { foundationMisses, runFoundation } from './foundation';
import { postgresDataset, sqliteDataset, type Dataset } from './dataset';
import { measureRegister } from './register';
import { readResults, registerMisses, writeResults, type RegisterRun } from './report';
import { startServer } from './server';
import { cpuMs } from './proc-cpu';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    orgs: { type: 'string', default: '200000' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
const orgs = Number(values.orgs);
if (!Number.isInteger(orgs) || orgs < 10_000) throw new Error('--orgs must be an integer of at least 10,000');
const parts = values.only ? [values.only] : ['foundation', 'register'];
const log = (s: string) => console.log(s);
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

async function registerOn(dataset: Dataset): Promise<RegisterRun> {
  const env: Record<string, string> = { DATA_DIR: dataset.dataDir, DEMO: 'true' };
  if (dataset.databaseUrl) env.DATABASE_URL = dataset.databaseUrl;
  const server = await startServer(env, await freePort());
  try {
    log(
      `[bench] ${dataset.engine}: server on ${orgs.toLocaleString('en')} organizations up in ${Math.round(server.firstPageMs)} ms`,
    );
    const serverPid = server.process.pid!;
    const dbPid = dataset.dbPid;
    const cpu = () => cpuMs(serverPid) + (dbPid ? cpuMs(dbPid, true) : 0);
    const scenarios = await measureRegister(server.url, orgs, dataset.biggestCounty, cpu, log);
    return {
      engine: dataset.engine,
      generatedSeconds: dataset.generatedSeconds,
      startMs: server.firstPageMs,
      listCounty: dataset.biggestCounty,
      scenarios,
    };
  } finally {
    await server.stop();
  }
}

async function main() {
  if (!existsSync(path.join(root, 'apps/web/dist/index.html'))) {
    spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: path.join(root, 'apps/web'), stdio: 'inherit' });
  }
  const withPg = !!(findPgBin() || process.env.BENCH_PG_URL);
  if (!withPg) log('PostgreSQL not found: benchmark runs on SQLite only.');
  const results = readResults(root);

  if (parts.includes('foundation')) {
    const cluster = withPg && !process.env.BENCH_PG_URL ? await startPgCluster() : undefined;
    try {
      results.foundation = await runFoundation(withPg ? (process.env.BENCH_PG_URL ?? cluster!.adminUrl) : null);
    } finally {
      cluster?.stop();
    }
  }
  if (parts.includes('register')) {
    const runs: RegisterRun[] = [];
    const sqlite = await sqliteDataset(orgs, values.seed, log);
    try {
      runs.push(await registerOn(sqlite));
    } finally {
      await sqlite.release();
    }
    if (withPg) {
      const pgData = await postgresDataset(orgs, values.seed, log);
      try {
        runs.push(await registerOn(pgData));
      } finally {
        await pgData.release();
      }
    }
    results.register = { orgs, seed: values.seed, loadAverage: loadAverage(), runs };
  }
  const md = writeResults(root, results);
  console.log('\n' + md);
  const misses = [...foundationMisses(results.foundation ?? []), ...registerMisses(results.register)];
  if (misses.length) console.log(`Targets missed: ${misses.join('; ')}`);
}

await main();
