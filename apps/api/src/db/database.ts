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
  /** Server processes on this database (WORKERS): each takes its share of the SQLite page caches. */
  processes?: number;
}

export function openDatabase(opts: DatabaseOptions): Database {
  // JSON values keep their keys: pg parses jsonb before the plugin sees it, and report values are keyed by
  // snake_case indicator codes, so only column names are converted (SQLite hands JSON back as text anyway).
  const plugins = [new CamelCasePlugin({ maintainNestedObjectKeys: true })];
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
  // Page caches of 64 + 32 + 16 MB for the server: it stays under the 400 MB the benchmark allows (an export
  // read 92,000 organizations and filled three 64 MB caches: 190 MB more resident memory than at start).
  // Several processes share that budget; the OS caches the file once for all of them.
  const share = (mb: number) => Math.max(8, Math.round(mb / (opts.processes ?? 1)));
  const [writer, reader, streamer] = [
    openSqlite(file, false, share(64)),
    openSqlite(file, true, share(32)),
    openSqlite(file, true, share(16)),
  ];
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
