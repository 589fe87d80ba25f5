import path from 'node:path';
import { CamelCasePlugin, Kysely, PostgresDialect, type LogConfig } from 'kysely';
import type { DB } from './schema';
import type { Engine } from './dialect';
import { openSqlite } from './sqlite';
import { WaitingSqliteDialect } from './sqlite-wait';
import { createPgPool } from './postgres';

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Where the data lives, without credentials (for logs and the health check). */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… selects PostgreSQL; absent selects the SQLite file `shezu.db` in dataDir. */
  url?: string | undefined;
  dataDir: string;
  /** SQLite file name override (tests point it at a copy of the template). */
  sqliteFile?: string;
  poolSize?: number;
  /** Kysely's query log (the benchmark's SQL capture). */
  log?: LogConfig;
}

export function openDatabase(opts: DatabaseOptions): Database {
  const plugins = [new CamelCasePlugin()];
  if (opts.url && /^postgres(ql)?:\/\//.test(opts.url)) {
    const pool = createPgPool(opts.url, opts.poolSize ?? 10);
    const db = new Kysely<DB>({
      dialect: new PostgresDialect({ pool }),
      plugins,
      ...(opts.log ? { log: opts.log } : {}),
    });
    const u = new URL(opts.url);
    return {
      db,
      engine: 'postgres',
      location: `postgres://${u.hostname}:${u.port || 5432}${u.pathname}`,
      close: () => db.destroy(),
    };
  }
  const file = opts.sqliteFile ?? path.join(opts.dataDir, 'shezu.db');
  // Page caches of 64 + 32 + 16 MB: a process stays under the 400 MB the benchmark allows (an export read
  // 92,000 organizations and filled three 64 MB caches: 190 MB more resident memory than at start).
  const [writer, reader, streamer] = [openSqlite(file), openSqlite(file, true, 32), openSqlite(file, true, 16)];
  const db = new Kysely<DB>({
    dialect: new WaitingSqliteDialect({
      writer: writer.database,
      reader: reader.database,
      streamer: streamer.database,
    }),
    plugins,
    ...(opts.log ? { log: opts.log } : {}),
  });
  return { db, engine: 'sqlite', location: file, close: () => db.destroy() };
}
