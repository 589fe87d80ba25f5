/**
 * Generated registers for the benchmark, cached by engine, size, seed, schema and generator version
 * (under $BENCH_CACHE or the temp directory), so a second run measures without generating again.
 * A cached SQLite dataset is copied before the server opens it; a cached PostgreSQL cluster is kept
 * in its own directory and started for the run.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../apps/api/src/db/database';
import { latestMigration } from '../../apps/api/src/db/migrate';
import { AccountsRepository } from '../../apps/api/src/modules/accounts/accounts.repository';
import { hashPassword } from '../../apps/api/src/platform/auth/password';
import { benchAccount } from './bench-account';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-accounts';
import { generate } from '../gen/generate';
import { startPgCluster, type PgCluster } from '../lib/pg-cluster';
import { postmasterPid } from './proc-cpu';

/** Bump when the generator's output changes, so cached datasets are made again. */
export const GEN_VERSION = 9;
/** A bureau account of 民政部 level: searches without a region filter cover the whole country. */
export const NATIONAL_USER = 'bench-national';

export interface Dataset {
  engine: 'sqlite' | 'postgres';
  /** DATA_DIR for the server (secrets; the SQLite file). */
  dataDir: string;
  databaseUrl?: string;
  /** Seconds the generator took, or null when the cache had it. */
  generatedSeconds: number | null;
  /** The county with the most organizations (for the filtered, deep staff list). */
  biggestCounty: string;
  /** The PostgreSQL postmaster's pid, for the CPU the database spends. */
  dbPid: number | null;
  release(): Promise<void>;
}

function cacheDir(engine: string, orgs: number, seed: string): string {
  const root = process.env.BENCH_CACHE ?? path.join(os.tmpdir(), 'shezu-bench-cache');
  return path.join(root, `${engine}-${orgs}-${seed}-${latestMigration()}-g${GEN_VERSION}`);
}

/**
 * Adds the nationwide account and finds the biggest county, once per generated dataset (kept in
 * meta.json next to it).
 */
async function finishDataset(url: string | undefined, dataDir: string, cache: string): Promise<void> {
  const database = openDatabase({ url, dataDir, poolSize: 1 });
  try {
    const at = new Date().toISOString();
    await new AccountsRepository(database.db).insert(
      benchAccount(
        {
          username: NATIONAL_USER,
          displayName: '民政部登记员（基准测试）',
          passwordHash: await hashPassword(DEMO_PASSWORD),
          regionCode: '100000',
        },
        at,
      ),
      ['authority_staff'],
    );
    const top = await database.db
      .selectFrom('organizations')
      .select((eb) => [
        eb.fn<string>('substr', ['regionCode', eb.val(1), eb.val(6)]).as('county'),
        eb.fn.countAll<number>().as('n'),
      ])
      .groupBy('county')
      .orderBy('n', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    writeFileSync(path.join(cache, 'meta.json'), JSON.stringify({ biggestCounty: top.county, orgs: Number(top.n) }));
  } finally {
    await database.close();
  }
}

function biggestCounty(cache: string): string {
  return (JSON.parse(readFileSync(path.join(cache, 'meta.json'), 'utf8')) as { biggestCounty: string }).biggestCounty;
}

export async function sqliteDataset(orgs: number, seed: string, log: (s: string) => void): Promise<Dataset> {
  const cache = cacheDir('sqlite', orgs, seed);
  let generatedSeconds: number | null = null;
  if (!existsSync(path.join(cache, 'done'))) {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    generatedSeconds = (await generate({ orgs, seed, dataDir: cache, log })).seconds;
    await finishDataset(undefined, cache, cache);
    writeFileSync(path.join(cache, 'done'), new Date().toISOString());
  } else log(`[bench] reusing the generated SQLite dataset in ${cache}`);
  const run = path.join(os.tmpdir(), `shezu-bench-run-${process.pid}`);
  rmSync(run, { recursive: true, force: true });
  mkdirSync(run, { recursive: true });
  for (const f of ['shezu.db', 'secrets.json']) copyFileSync(path.join(cache, f), path.join(run, f));
  return {
    engine: 'sqlite',
    dataDir: run,
    generatedSeconds,
    biggestCounty: biggestCounty(cache),
    dbPid: null,
    release: async () => rmSync(run, { recursive: true, force: true }),
  };
}

export async function postgresDataset(orgs: number, seed: string, log: (s: string) => void): Promise<Dataset> {
  const cache = cacheDir('postgres', orgs, seed);
  const fresh = !existsSync(path.join(cache, 'done'));
  if (fresh) rmSync(cache, { recursive: true, force: true });
  const dataDir = path.join(cache, 'app');
  mkdirSync(dataDir, { recursive: true });
  const cluster: PgCluster = await startPgCluster({ dir: path.join(cache, 'cluster'), log });
  const url = cluster.urlFor('shezu_bench');
  let generatedSeconds: number | null = null;
  try {
    if (fresh) {
      const admin = new pg.Client({ connectionString: cluster.adminUrl });
      await admin.connect();
      await admin.query('drop database if exists shezu_bench');
      await admin.query('create database shezu_bench');
      await admin.end();
      generatedSeconds = (await generate({ orgs, seed, dbUrl: url, dataDir, log })).seconds;
      await finishDataset(url, dataDir, cache);
      writeFileSync(path.join(cache, 'done'), new Date().toISOString());
    } else log(`[bench] reusing the generated PostgreSQL dataset in ${cache}`);
  } catch (e) {
    cluster.stop();
    throw e;
  }
  return {
    engine: 'postgres',
    dataDir,
    databaseUrl: url,
    generatedSeconds,
    biggestCounty: biggestCounty(cache),
    dbPid: postmasterPid(path.join(cache, 'cluster', 'data')),
    release: async () => cluster.stop(),
  };
}
