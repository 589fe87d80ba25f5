import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { startPgCluster, type PgCluster } from '../../../../scripts/lib/pg-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplate: string;
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export const PG_TEMPLATE = 'shezu_template';

/**
 * Migrates one template database per run; every test file then gets a fresh copy of it
 * (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL).
 */
export default async function setup(project: TestProject) {
  // The project's env reaches the test workers, not this process: read it from the project.
  const engine = project.config.env?.TEST_DB ?? 'sqlite';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shezu-test-'));
  let cluster: PgCluster | undefined;

  if (engine === 'postgres') {
    let adminUrl = process.env.TEST_PG_URL;
    if (!adminUrl) {
      cluster = await startPgCluster();
      adminUrl = cluster.adminUrl;
    }
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists ${PG_TEMPLATE}`);
    await client.query(`create database ${PG_TEMPLATE}`);
    await client.end();
    const u = new URL(adminUrl);
    u.pathname = `/${PG_TEMPLATE}`;
    const database = openDatabase({ url: u.toString(), dataDir: dir, poolSize: 2 });
    await migrateToLatest(database.db);
    await database.close();
    project.provide('pgAdminUrl', adminUrl);
    project.provide('pgTemplate', PG_TEMPLATE);
  } else {
    const built = path.join(dir, 'build.db');
    const database = openDatabase({ dataDir: dir, sqliteFile: built });
    await migrateToLatest(database.db);
    await database.close();
    // Closing checkpoints the WAL, so the single file is the whole database.
    const template = path.join(dir, 'template.db');
    copyFileSync(built, template);
    project.provide('sqliteTemplate', template);
  }

  return () => {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
