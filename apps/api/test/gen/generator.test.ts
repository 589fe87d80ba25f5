import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { isWithinRegion, type TOrg } from '@shezu/contracts';
import type { DB } from '../../src/db/schema';
import { buildApp } from '../../src/app';
import { ManualClock } from '../../src/platform/clock';
import { loadConfig } from '../../src/platform/config';
import { checkOrgUscc } from '../../src/modules/orgs/org-rules';
import { nameGrams } from '../../src/modules/orgs/search/name-grams';
import { generate } from '../../../../scripts/gen/generate';
import { freshDatabase, ENGINE, type TestDatabase } from '../support/database';
import { TestClient, testConfig } from '../support/app';
import { insertUser } from '../support/fixtures';

const ORGS = 2500;
let first: TestDatabase;
let second: TestDatabase;
let db: Kysely<DB>;

/** Generates into a fresh, empty database (the generator migrates and seeds the demo accounts itself). */
async function generated(seed: string): Promise<TestDatabase> {
  const tdb = await freshDatabase({ empty: true });
  await generate({ orgs: ORGS, seed, dbUrl: tdb.url, dataDir: tdb.dataDir, log: () => {} });
  return tdb;
}

beforeAll(async () => {
  first = await generated('7');
  second = await generated('7');
  db = first.database.db;
}, 240_000);
afterAll(async () => {
  await first?.drop();
  await second?.drop();
});

const all = (d: Kysely<DB>) =>
  d
    .selectFrom('organizations')
    .select(['id', 'uscc', 'name', 'searchName', 'type', 'level', 'status', 'regionCode', 'authorityRegionCode'])
    .orderBy('id')
    .execute();

describe(`npm run gen: the national dataset (${ENGINE})`, () => {
  it('is the same for the same size and seed', async () => {
    const [a, b] = [await all(db), await all(second.database.db)];
    expect(a).toHaveLength(ORGS);
    expect(b).toEqual(a);
  });

  it('spreads types, levels and statuses as a national register does', async () => {
    const rows = await all(db);
    const share = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length / rows.length;
    expect(share((r) => r.type === 'social_group')).toBeCloseTo(0.42, 1);
    expect(share((r) => r.type === 'service_institution')).toBeCloseTo(0.57, 1);
    expect(share((r) => r.type === 'foundation')).toBeLessThan(0.03);
    expect(share((r) => r.level === 'county')).toBeGreaterThan(0.75);
    expect(rows.some((r) => r.level === 'national')).toBe(true);
    expect(share((r) => r.status !== 'registered')).toBeGreaterThan(0.02);
    for (const s of ['deregistered', 'revoked']) expect(rows.some((r) => r.status === s)).toBe(true);
    const provinces = new Set(rows.map((r) => r.regionCode.slice(0, 2)));
    expect(provinces.size).toBe(31);
    for (const r of rows) expect(isWithinRegion(r.regionCode, r.authorityRegionCode)).toBe(true);
    // Ids follow region codes: the name index's (region, id) order.
    const codes = rows.map((r) => r.regionCode);
    expect(codes).toEqual([...codes].sort());
  });

  it('has valid unique credit codes and names unique per authority among active organizations', async () => {
    const rows = await all(db);
    const gb = new Set(
      (await db.selectFrom('regions').select('gbCode').where('gbCode', 'is not', null).execute()).map((r) => r.gbCode!),
    );
    for (const r of rows) {
      const check = checkOrgUscc(
        r.uscc,
        { type: r.type as 'social_group', authorityRegionCode: r.authorityRegionCode },
        gb,
      );
      expect(check.errors, r.uscc).toEqual([]);
    }
    expect(new Set(rows.map((r) => r.uscc)).size).toBe(ORGS);
    const active = rows.filter((r) => r.status === 'registered').map((r) => `${r.authorityRegionCode}|${r.name}`);
    expect(new Set(active).size).toBe(active.length);
  });

  it('keeps the name index, its counts and the timeline consistent with the register', async () => {
    const rows = await all(db);
    const postings = await db.selectFrom('orgNameGrams').select(['gram', 'regionCode', 'orgId']).execute();
    const expected = rows.flatMap((r) => nameGrams(r.searchName).map((g) => `${g}|${r.regionCode}|${r.id}`));
    expect(postings.map((p) => `${p.gram}|${p.regionCode}|${p.orgId}`).sort()).toEqual(expected.sort());
    const stats = await db.selectFrom('orgNameGramStats').select(['gram', 'n']).execute();
    const counts = new Map<string, number>();
    for (const p of postings) counts.set(p.gram, (counts.get(p.gram) ?? 0) + 1);
    expect(new Map(stats.map((s) => [s.gram, Number(s.n)]))).toEqual(counts);
    const events = await db
      .selectFrom('orgEvents')
      .select(['orgId', 'kind'])
      .where(sql<boolean>`public`)
      .execute();
    for (const r of rows) {
      const mine = events.filter((e) => e.orgId === r.id).map((e) => e.kind);
      expect(mine.sort()).toEqual(r.status === 'registered' ? ['registered'] : ['registered', r.status].sort());
    }
    const population = await db
      .selectFrom('regions')
      .select('population')
      .where('code', '=', '100000')
      .executeTakeFirstOrThrow();
    const provinces = await db
      .selectFrom('regions')
      .select((eb) => eb.fn.sum<number>('population').as('n'))
      .where('level', '=', 'province')
      .executeTakeFirstOrThrow();
    expect(Number(population.population)).toBe(Number(provinces.n));
  });

  it('serves name search over HTTP on the generated database, matching the names', async () => {
    const config = testConfig(first.dataDir, first.url ? { DATABASE_URL: first.url } : {});
    // The generator kept its data key in DATA_DIR; the server must use the same one.
    const { dataKey } = loadConfig({ DATA_DIR: first.dataDir });
    const { app } = await buildApp({
      config: { ...config, dataKey },
      database: first.database,
      clock: new ManualClock('2026-03-02T01:00:00.000Z'),
      logger: false,
      webDist: null,
    });
    await app.ready();
    try {
      await insertUser(db, { username: 'gen-national', roles: ['authority_staff'], regionCode: '100000' });
      const c = await new TestClient(app).as('gen-national');
      const rows = await all(db);
      for (const q of ['协会', '培训学校', '幼儿园']) {
        const res = await c.get(`/api/orgs?limit=200&q=${encodeURIComponent(q)}`);
        expect(res.statusCode).toBe(200);
        const names = (res.json().items as TOrg[]).map((o) => o.name);
        const expected = rows.filter((r) => r.searchName.includes(q)).slice(0, 200);
        expect(names.length).toBeGreaterThan(0);
        expect(names).toEqual(expected.map((r) => r.name));
      }
    } finally {
      await app.close();
    }
  });
});
