/**
 * The same SQL the server ran for a request (captured with BENCH_SQL_CAPTURE), replayed through the
 * driver alone — better-sqlite3 or pg with the server's pool settings — so the report can say what the
 * server adds on top of the database. Only reads are replayed (a request's session touch is a write).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import { createPgPool } from '../../apps/api/src/db/postgres';
import { openSqlite } from '../../apps/api/src/db/sqlite';
import type { CapturedQuery } from '../../apps/api/src/db/sql-capture';
import { summarize, type Summary } from './stats';

export interface RawDriver {
  /** Runs one request's statements in order. */
  run(queries: CapturedQuery[]): Promise<void>;
  /** One ad-hoc read (the bench's own questions about the dataset). */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

const isRead = (q: CapturedQuery) => /^\s*(select|with)\b/i.test(q.sql);

export function rawSqlite(file: string): RawDriver {
  // The server's own connection settings (read-only, cache size); the statements run as better-sqlite3's.
  const db = openSqlite(file, true).raw;
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    async run(queries) {
      for (const q of queries.filter(isRead)) {
        let st = statements.get(q.sql);
        if (!st) statements.set(q.sql, (st = db.prepare(q.sql)));
        st.all(...q.parameters.map((p) => (typeof p === 'boolean' ? Number(p) : p)));
      }
    },
    async rows(sql) {
      return db.prepare(sql).all() as Record<string, unknown>[];
    },
    async close() {
      db.close();
    },
  };
}

export function rawPostgres(url: string): RawDriver {
  const pool: pg.Pool = createPgPool(url, 1);
  return {
    async run(queries) {
      for (const q of queries.filter(isRead)) await pool.query(q.sql, q.parameters);
    },
    async rows(sql) {
      return (await pool.query(sql)).rows as Record<string, unknown>[];
    },
    async close() {
      await pool.end();
    },
  };
}

/** Times n replays, cycling through the captured requests. */
export async function timeRaw(driver: RawDriver, captured: CapturedQuery[][], n: number): Promise<Summary> {
  for (const c of captured) await driver.run(c);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await driver.run(captured[i % captured.length]!);
    samples.push(performance.now() - t);
  }
  return summarize(samples);
}
