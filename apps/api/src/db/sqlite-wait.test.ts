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
  other.exec('insert into t values (0)');
});
afterEach(() => {
  other.close();
  rmSync(dir, { recursive: true, force: true });
});

const open = (waitMs: number) =>
  new Kysely<{ t: { n: number } }>({
    dialect: new WaitingSqliteDialect(
      {
        writer: openSqlite(file).database,
        reader: openSqlite(file, true).database,
        streamer: openSqlite(file, true).database,
      },
      waitMs,
    ),
  });
const values = (db: Kysely<{ t: { n: number } }>) =>
  db
    .selectFrom('t')
    .select('n')
    .orderBy('n')
    .execute()
    .then((rows) => rows.map((r) => r.n));

describe('SQLite while another process holds the write lock', () => {
  it('a write waits without freezing the event loop, reads meanwhile answer at once, and the write lands', async () => {
    const db = open(5_000);
    other.exec('begin immediate');
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    setTimeout(() => other.exec('commit'), 400);
    const started = Date.now();
    const write = db.transaction().execute((trx) => trx.insertInto('t').values({ n: 1 }).execute());
    // The write holds the writer connection while it waits; a read goes to the reader and is not queued behind it.
    await new Promise((r) => setTimeout(r, 50));
    const readStarted = Date.now();
    expect(await values(db)).toEqual([0]);
    expect(Date.now() - readStarted).toBeLessThan(200);
    await write;
    clearInterval(ticker);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    // A synchronous busy wait would have let no timer run while the insert waited.
    expect(ticks).toBeGreaterThan(10);
    expect(await values(db)).toEqual([0, 1]);
    await db.destroy();
  });

  it('a write gives up with SQLITE_BUSY after the wait, leaving nothing half-written', async () => {
    const db = open(200);
    other.exec('begin immediate');
    const failure = await db
      .insertInto('t')
      .values({ n: 2 })
      .execute()
      .catch((e: unknown) => e);
    expect(isSqliteBusy(failure)).toBe(true);
    other.exec('commit');
    expect(await values(db)).toEqual([0]);
    await db.destroy();
  });

  it('reads inside a transaction see its own uncommitted writes; a rollback undoes them', async () => {
    const db = open(1_000);
    const failed = await db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('t').values({ n: 5 }).execute();
        expect(await values(trx)).toEqual([0, 5]);
        // Outside the transaction nothing is visible yet.
        expect(await values(db)).toEqual([0]);
        throw new Error('undo');
      })
      .catch((e: Error) => e.message);
    expect(failed).toBe('undo');
    expect(await values(db)).toEqual([0]);
    expect(await sql<{ n: number }>`select count(*) as n from t`.execute(db)).toMatchObject({ rows: [{ n: 1 }] });
    await db.destroy();
  });
});
