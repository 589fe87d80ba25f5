import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, latestMigration, migrateToLatest } from '../../src/db/migrate';
import { migrations } from '../../src/db/migrations';
import { freshDatabase, ENGINE, type TestDatabase } from '../support/database';

let tdb: TestDatabase | undefined;
afterEach(async () => {
  await tdb?.drop();
  tdb = undefined;
});

const count = async (db: TestDatabase['database']['db'], level: string) =>
  Number(
    (
      await db
        .selectFrom('regions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('level', '=', level)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`migrations (${ENGINE})`, () => {
  it('migrates an empty database, then a restart applies nothing', async () => {
    tdb = await freshDatabase({ empty: true });
    const first = await migrateToLatest(tdb.database.db);
    expect(first.applied).toEqual(Object.keys(migrations).sort());
    expect(first.applied.slice(0, 2)).toEqual(['0001-foundation', '0002-regions']);
    expect(first.current).toBe(latestMigration());
    const second = await migrateToLatest(tdb.database.db);
    expect(second.applied).toEqual([]);
  });

  it('loads every division down to township level with full names that skip placeholder levels', async () => {
    tdb = await freshDatabase();
    const db = tdb.database.db;
    expect(await count(db, 'province')).toBe(31);
    expect(await count(db, 'city')).toBe(342);
    expect(await count(db, 'county')).toBe(2978);
    expect(await count(db, 'township')).toBe(41352);
    const yunyang = await db.selectFrom('regions').selectAll().where('code', '=', '500235').executeTakeFirstOrThrow();
    expect(yunyang.fullName).toBe('重庆市云阳县');
    expect(yunyang.gbCode).toBe('500235');
    expect(yunyang.parentCode).toBe('5002');
    const placeholder = await db.selectFrom('regions').selectAll().where('code', '=', '5002').executeTakeFirstOrThrow();
    expect(Boolean(placeholder.placeholder)).toBe(true);
    const street = await db
      .selectFrom('regions')
      .select('fullName')
      .where('code', '=', '500235001')
      .executeTakeFirstOrThrow();
    expect(street.fullName).toBe('重庆市云阳县双江街道');
    const quzhou = await db
      .selectFrom('regions')
      .select(['gbCode', 'fullName'])
      .where('code', '=', '3308')
      .executeTakeFirstOrThrow();
    expect(quzhou).toEqual({ gbCode: '330800', fullName: '浙江省衢州市' });
    // 东莞 has no counties: the 6-digit code 441900 belongs to the city, not to its area row.
    const dongguan = await db.selectFrom('regions').select(['code']).where('gbCode', '=', '441900').execute();
    expect(dongguan.map((r) => r.code)).toEqual(['4419']);
  });

  it('opens sessions tuned for short requests: no parallel workers (PostgreSQL), no long synchronous lock wait (SQLite)', async () => {
    tdb = await freshDatabase({ empty: true });
    const db = tdb.database.db;
    if (ENGINE === 'postgres') {
      const r = await sql<{ v: string }>`select current_setting('max_parallel_workers_per_gather') as v`.execute(db);
      expect(r.rows[0]?.v).toBe('0');
    } else {
      const r = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
      expect(r.rows[0]?.timeout).toBe(50);
    }
  });

  it('refuses to run on a database migrated by newer code', async () => {
    tdb = await freshDatabase();
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(
      tdb.database.db,
    );
    await expect(migrateToLatest(tdb.database.db)).rejects.toThrow(DatabaseTooNewError);
    await expect(migrateToLatest(tdb.database.db)).rejects.toThrow(/9999-from-the-future/);
  });
});
