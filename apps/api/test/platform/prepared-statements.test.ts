import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { freshDatabase, ENGINE, type TestDatabase } from '../support/database';

let tdb: TestDatabase | undefined;
let one: Database | undefined;
afterEach(async () => {
  await one?.close();
  await tdb?.drop();
  tdb = one = undefined;
});

describe(`statements prepared once per connection (${ENGINE})`, () => {
  it('reuses a statement, and still answers after its table gains a column', async () => {
    tdb = await freshDatabase();
    // One connection, so that every statement below runs on it.
    one = openDatabase({
      url: tdb.url,
      dataDir: tdb.dataDir,
      ...(tdb.sqliteFile ? { sqliteFile: tdb.sqliteFile } : {}),
      poolSize: 1,
    });
    const { db } = one;
    const read = () => db.selectFrom('regions').selectAll().where('code', '=', '500235').execute();
    for (let i = 0; i < 3; i++) await read();
    if (ENGINE === 'postgres') {
      const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db);
      expect(prepared.rows.filter((r) => /from "regions"/.test(r.statement))).toHaveLength(1);
    }
    await sql`alter table regions add column test_extra integer default 7`.execute(db);
    const rows = await read();
    expect(rows[0]).toMatchObject({ name: '云阳县', testExtra: 7 });
  });
});
