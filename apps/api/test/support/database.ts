import type { LogConfig } from 'kysely';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import type { Engine } from '../../src/db/dialect';

export const ENGINE: Engine = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase {
  database: Database;
  dataDir: string;
  /** SQLite file or PostgreSQL URL, for tests that open a second connection. */
  url: string | undefined;
  sqliteFile: string | undefined;
  drop(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, fully migrated database for one test file. `empty` skips the template (migration tests). */
export async function freshDatabase(opts: { empty?: boolean; log?: LogConfig } = {}): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shezu-db-'));
  if (ENGINE === 'postgres') {
    const name = `t_${randomBytes(6).toString('hex')}`;
    await adminQuery(
      opts.empty ? `create database ${name}` : `create database ${name} template ${inject('pgTemplate')}`,
    );
    const u = new URL(inject('pgAdminUrl'));
    u.pathname = `/${name}`;
    const url = u.toString();
    const database = openDatabase({ url, dataDir, poolSize: 5, ...(opts.log ? { log: opts.log } : {}) });
    return {
      database,
      dataDir,
      url,
      sqliteFile: undefined,
      async drop() {
        await database.close();
        await adminQuery(`drop database if exists ${name} with (force)`);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const sqliteFile = path.join(dataDir, 'shezu.db');
  if (!opts.empty) copyFileSync(inject('sqliteTemplate'), sqliteFile);
  const database = openDatabase({ dataDir, sqliteFile, ...(opts.log ? { log: opts.log } : {}) });
  return {
    database,
    dataDir,
    url: undefined,
    sqliteFile,
    async drop() {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
