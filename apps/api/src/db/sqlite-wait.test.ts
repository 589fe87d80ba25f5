import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite } from './sqlite';
import { isSqliteBusy, WaitingSqliteDialect } from './sqlite-wait';

let dir: string;
let file: string;
let other: BetterSqlite3.Database;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'shezu-wait-'));
  file = path.join(dir, 'x.db');
  other = new BetterSqlite3(file);
  other.pragma('journal_mode = WAL');
  other.exec('create table t (n integer)');
});
afterEach(() => {
  other.close();
  rmSync(dir, { recursive: true, force: true });
});

const open = (waitMs: number) =>
  new Kysely<{ t: { n: number } }>({
    dialect: new WaitingSqliteDialect({ database: openSqlite(file).database }, waitMs),
  });

describe('SQLite writes waiting for another connection’s write lock', () => {
  it('wait without freezing the event loop and go through once the lock is released', async () => {
    const db = open(5_000);
    other.exec('begin immediate');
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    setTimeout(() => other.exec('commit'), 400);
    const started = Date.now();
    await db.transaction().execute((trx) => trx.insertInto('t').values({ n: 1 }).execute());
    clearInterval(ticker);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    // A synchronous busy wait would have let no timer run while the insert waited.
    expect(ticks).toBeGreaterThan(10);
    expect(other.prepare('select n from t').all()).toEqual([{ n: 1 }]);
    await db.destroy();
  });

  it('give up with SQLITE_BUSY after the wait, leaving nothing half-written', async () => {
    const db = open(200);
    other.exec('begin immediate');
    const failure = await db
      .insertInto('t')
      .values({ n: 2 })
      .execute()
      .catch((e: unknown) => e);
    expect(isSqliteBusy(failure)).toBe(true);
    other.exec('commit');
    expect(await sql`select count(*) as c from t`.execute(db)).toMatchObject({ rows: [{ c: 0 }] });
    await db.destroy();
  });
});
