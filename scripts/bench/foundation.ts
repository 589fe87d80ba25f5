/**
 * The foundation's scenarios: first migration, cold and warm start to the first page, login p95,
 * region children and search, the session check — on the demo data of a fresh start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../apps/api/src/db/database';
import { migrateToLatest } from '../../apps/api/src/db/migrate';
import { freePort } from '../lib/pg-cluster';
import { startServer } from './server';
import { timeRequests, type Summary } from './stats';

const DEMO_PASSWORD = 'Shezu@2026';

export interface EngineResult {
  engine: string;
  firstMigrateMs: number;
  coldStartMs: number;
  warmStartToFirstPageMs: number;
  login: Summary;
  regionChildren: Summary;
  regionSearch: Summary;
  me: Summary;
}

export const TARGETS = { warmStartToFirstPageMs: 3000, loginP95: 150, regionChildrenP95: 5, firstMigrateMs: 15000 };

async function loginOnce(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'yy-clerk', password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

export async function measureFoundation(
  engine: string,
  env: Record<string, string>,
  migrateUrl: string | undefined,
  dataDir: string,
): Promise<EngineResult> {
  console.log(`\n[${engine}] first migration …`);
  const database = openDatabase({ url: migrateUrl, dataDir });
  const t = performance.now();
  await migrateToLatest(database.db);
  const firstMigrateMs = performance.now() - t;
  await database.close();

  const port = await freePort();
  console.log(`[${engine}] cold start (demo seed) …`);
  const cold = await startServer(env, port);
  await cold.stop();
  console.log(`[${engine}] warm start …`);
  const warm = await startServer(env, port);
  const url = warm.url;
  try {
    for (let i = 0; i < 20; i++) await loginOnce(url); // warm up JIT and caches
    const login = await timeRequests(200, async () => void (await loginOnce(url)));
    const cookie = await loginOnce(url);
    const get = async (p: string) => {
      const res = await fetch(`${url}${p}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`${p}: ${res.status}`);
      await res.arrayBuffer();
    };
    const codes = ['100000', '50', '5002', '500235', '33', '3308', '330802'];
    for (let i = 0; i < 200; i++) await get(`/api/regions/${codes[i % codes.length]}/children`);
    const regionChildren = await timeRequests(1000, (i) => get(`/api/regions/${codes[i % codes.length]}/children`));
    const names = ['云阳', '衢州', '柯城', '街道', '双江'].map(encodeURIComponent);
    const regionSearch = await timeRequests(300, (i) => get(`/api/regions?q=${names[i % names.length]}`));
    const me = await timeRequests(500, () => get('/api/me'));
    return {
      engine,
      firstMigrateMs,
      coldStartMs: cold.firstPageMs,
      warmStartToFirstPageMs: warm.firstPageMs,
      login,
      regionChildren,
      regionSearch,
      me,
    };
  } finally {
    await warm.stop();
  }
}

export function foundationMarkdown(results: EngineResult[]): string {
  const ms = (v: number) => `${Math.round(v)} ms`;
  const row = (label: string, target: string, f: (r: EngineResult) => string) =>
    `| ${label} | ${target} | ${results.map(f).join(' | ')} |`;
  return [
    `## Foundation: start-up, login, regions (demo data)`,
    '',
    `| scenario | target | ${results.map((r) => r.engine).join(' | ')} |`,
    `|---|---|${results.map(() => '---').join('|')}|`,
    row('first migration (incl. 44,700 regions)', '< 15 s', (r) => ms(r.firstMigrateMs)),
    row('cold start (migration + demo seed incl. register) to first page', '< 15 s', (r) => ms(r.coldStartMs)),
    row('warm start to first page', '< 3 s', (r) => ms(r.warmStartToFirstPageMs)),
    row('login p50 / p95 / p99', 'p95 < 150 ms', (r) => `${r.login.p50} / ${r.login.p95} / ${r.login.p99} ms`),
    row(
      'region children p50 / p95 / p99',
      'p95 < 5 ms',
      (r) => `${r.regionChildren.p50} / ${r.regionChildren.p95} / ${r.regionChildren.p99} ms`,
    ),
    row('region name search p50 / p95', '—', (r) => `${r.regionSearch.p50} / ${r.regionSearch.p95} ms`),
    row('GET /api/me (session check) p50 / p95', '—', (r) => `${r.me.p50} / ${r.me.p95} ms`),
    '',
  ].join('\n');
}

/** Foundation targets a run missed, in words. */
export function foundationMisses(results: EngineResult[]): string[] {
  return results.flatMap((r) =>
    [
      r.warmStartToFirstPageMs > TARGETS.warmStartToFirstPageMs
        ? `${r.engine}: warm start ${Math.round(r.warmStartToFirstPageMs)} ms`
        : null,
      r.login.p95 > TARGETS.loginP95 ? `${r.engine}: login p95 ${r.login.p95} ms` : null,
      r.regionChildren.p95 > TARGETS.regionChildrenP95
        ? `${r.engine}: region children p95 ${r.regionChildren.p95} ms`
        : null,
      r.firstMigrateMs > TARGETS.firstMigrateMs
        ? `${r.engine}: first migration ${Math.round(r.firstMigrateMs)} ms`
        : null,
    ].filter((m): m is string => !!m),
  );
}

/** Runs the foundation scenarios on a fresh SQLite data directory and on a fresh database of `pgAdmin`. */
export async function runFoundation(pgAdmin: string | null): Promise<EngineResult[]> {
  const results: EngineResult[] = [];
  const sqliteDir = mkdtempSync(path.join(os.tmpdir(), 'shezu-bench-'));
  try {
    results.push(await measureFoundation('sqlite', { DATA_DIR: sqliteDir, DEMO: 'true' }, undefined, sqliteDir));
  } finally {
    rmSync(sqliteDir, { recursive: true, force: true });
  }
  if (!pgAdmin) return results;
  const client = new pg.Client({ connectionString: pgAdmin });
  await client.connect();
  await client.query('drop database if exists shezu_bench');
  await client.query('create database shezu_bench');
  await client.end();
  const u = new URL(pgAdmin);
  u.pathname = '/shezu_bench';
  const pgDir = mkdtempSync(path.join(os.tmpdir(), 'shezu-bench-pg-'));
  try {
    results.push(
      await measureFoundation(
        'postgres',
        { DATA_DIR: pgDir, DATABASE_URL: u.toString(), DEMO: 'true' },
        u.toString(),
        pgDir,
      ),
    );
  } finally {
    rmSync(pgDir, { recursive: true, force: true });
  }
  return results;
}
