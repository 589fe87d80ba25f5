import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import {
  COMMUNITY_ORG_CATEGORIES,
  ZCommunityOrgFields,
  isWithinRegion,
  type TCommunityOrg,
  type TOrg,
} from '@shezu/contracts';
import type { DB } from '../../src/db/schema';
import { buildApp } from '../../src/app';
import { ManualClock } from '../../src/platform/clock';
import { loadConfig } from '../../src/platform/config';
import { decryptField } from '../../src/platform/crypto';
import { checkOrgUscc } from '../../src/modules/orgs/org-rules';
import { nameGrams } from '../../src/modules/orgs/search/name-grams';
import { generate } from '../../../../scripts/gen/generate';
import { freshDatabase, ENGINE, type TestDatabase } from '../support/database';
import { TestClient, testConfig } from '../support/app';
import { insertUser } from '../support/fixtures';
import { annualChecks } from './annual-checks';
import { creditChecks } from './credit-checks';

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

/** The real server on the generated database, with the data key the generator kept in DATA_DIR. */
async function served(fn: (client: () => TestClient) => Promise<void>): Promise<void> {
  const config = testConfig(first.dataDir, first.url ? { DATABASE_URL: first.url } : {});
  const { app } = await buildApp({
    config: { ...config, dataKey: loadConfig({ DATA_DIR: first.dataDir }).dataKey },
    database: first.database,
    clock: new ManualClock('2026-03-02T01:00:00.000Z'),
    logger: false,
    webDist: null,
  });
  await app.ready();
  try {
    await fn(() => new TestClient(app));
  } finally {
    await app.close();
  }
}

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
    await served(async (client) => {
      await insertUser(db, { username: 'gen-national', roles: ['authority_staff'], regionCode: '100000' });
      const c = await client().as('gen-national');
      const rows = await all(db);
      for (const q of ['协会', '培训学校', '幼儿园']) {
        const res = await c.get(`/api/orgs?limit=200&q=${encodeURIComponent(q)}`);
        expect(res.statusCode).toBe(200);
        const names = (res.json().items as TOrg[]).map((o) => o.name);
        const expected = rows.filter((r) => r.searchName.includes(q)).slice(0, 200);
        expect(names.length).toBeGreaterThan(0);
        expect(names).toEqual(expected.map((r) => r.name));
      }
    });
  });
});

/** Filings without what differs between two runs (ciphers under each run's key, creation times). */
const community = async (d: Kysely<DB>) =>
  (await d.selectFrom('communityOrgs').selectAll().orderBy('id').execute()).map(
    ({ responsibleIdEnc: _enc, responsibleIdHash: hash, createdAt: _c, updatedAt: _u, ...r }) => ({
      ...r,
      withId: hash !== null,
    }),
  );

describe(`npm run gen: filed community organizations (${ENGINE})`, () => {
  it('files about twice the register, the same for the same seed, ids in region order', async () => {
    const [a, b] = [await community(db), await community(second.database.db)];
    expect(a.length).toBeGreaterThanOrEqual(1.8 * ORGS);
    expect(a.length).toBeLessThanOrEqual(2.2 * ORGS);
    expect(b).toEqual(a);
    expect(a.map((r) => Number(r.id))).toEqual(a.map((_, i) => i + 1));
    const codes = a.map((r) => r.regionCode);
    expect(codes).toEqual([...codes].sort());
  });

  it('files in townships of existing counties, spread over the country, with valid filings', async () => {
    const rows = await community(db);
    const list = await db.selectFrom('regions').select(['code', 'level', 'parentCode', 'name']).execute();
    const regions = new Map(list.map((r) => [r.code, r]));
    const today = '2026-03-02';
    for (const r of rows) {
      const place = regions.get(r.regionCode);
      expect(place, r.regionCode).toBeDefined();
      const county = place!.level === 'township' ? regions.get(place!.parentCode!) : place;
      expect(county?.level, r.regionCode).toBe('county');
      expect(r.areaKind).toBe(/(街道|办事处)$/.test(place!.name) ? 'urban' : 'rural');
      expect(r.name.startsWith(r.communityName)).toBe(true);
      expect(r.filedOn <= today && r.filedOn >= '2011-01-01').toBe(true);
      if (r.status === 'cancelled') {
        expect(r.cancelledOn! > r.filedOn && r.cancelledOn! <= today).toBe(true);
        expect(r.cancelReason!.length).toBeGreaterThanOrEqual(4);
      } else {
        expect([r.status, r.cancelledOn, r.cancelReason]).toEqual(['filed', null, null]);
      }
      const parsed = ZCommunityOrgFields.safeParse({
        ...r,
        memberCount: Number(r.memberCount),
        fundsFen: Number(r.fundsFen),
      });
      expect(parsed.error?.issues, r.name).toBeUndefined();
    }
    const share = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length / rows.length;
    expect(share((r) => r.status === 'cancelled')).toBeGreaterThan(0.01);
    expect(share((r) => r.status === 'cancelled')).toBeLessThan(0.1);
    expect(share((r) => r.areaKind === 'urban')).toBeGreaterThan(0.2);
    expect(share((r) => r.areaKind === 'rural')).toBeGreaterThan(0.2);
    expect(share((r) => r.withId)).toBeGreaterThan(0.4);
    const categories = new Set(rows.map((r) => r.categoryCode));
    for (const c of categories) expect(COMMUNITY_ORG_CATEGORIES.some((k) => k.code === c)).toBe(true);
    expect(categories.size).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.regionCode.slice(0, 2))).size).toBe(31);
    // One filed name per township, and the indexes dropped for the load are back.
    const filed = rows.filter((r) => r.status === 'filed').map((r) => `${r.regionCode}|${r.name}`);
    expect(new Set(filed).size).toBe(filed.length);
    const indexes = await sql
      .raw<{ name: string }>(
        ENGINE === 'postgres'
          ? `select indexname as name from pg_indexes where tablename = 'community_orgs'`
          : `select name from sqlite_master where type = 'index' and tbl_name = 'community_orgs'`,
      )
      .execute(db);
    expect(indexes.rows.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        'community_orgs_region_idx',
        'community_orgs_status_idx',
        'community_orgs_active_name_idx',
        'community_orgs_stats_idx',
      ]),
    );
    const { dataKey } = loadConfig({ DATA_DIR: first.dataDir });
    const enc = await db
      .selectFrom('communityOrgs')
      .select('responsibleIdEnc')
      .where('responsibleIdEnc', 'is not', null)
      .limit(50)
      .execute();
    for (const e of enc) {
      expect(
        ZCommunityOrgFields.shape.responsibleIdNumber.safeParse(decryptField(dataKey, e.responsibleIdEnc!)).success,
      ).toBe(true);
    }
  });

  it('serves the staff list, search and statistics to a county clerk, and takes new filings', async () => {
    const rows = await community(db);
    const perCounty = new Map<string, number>();
    for (const r of rows) perCounty.set(r.regionCode.slice(0, 6), (perCounty.get(r.regionCode.slice(0, 6)) ?? 0) + 1);
    const county = [...perCounty].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    const mine = rows.filter((r) => r.regionCode.startsWith(county));
    await served(async (client) => {
      await insertUser(db, { username: 'gen-county', roles: ['authority_staff'], regionCode: county });
      const c = await client().as('gen-county');
      const seen: TCommunityOrg[] = [];
      let cursor: string | null = null;
      do {
        const res = await c.get(`/api/community-orgs?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(res.statusCode).toBe(200);
        const page = res.json() as { items: TCommunityOrg[]; nextCursor: string | null };
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.map((o) => o.id)).toEqual(mine.map((r) => Number(r.id)));
      for (const o of seen) {
        const row = mine.find((r) => Number(r.id) === o.id)!;
        expect(o.responsibleIdMasked === null).toBe(!row.withId);
        if (o.responsibleIdMasked) expect(o.responsibleIdMasked).toMatch(/^\d{3}\*{11}\d{3}[\dX]$/);
      }
      const word = mine[0]!.name.slice(-4);
      const found = await c.get(`/api/community-orgs?limit=200&q=${encodeURIComponent(word)}`);
      expect(found.statusCode).toBe(200);
      const names = (found.json().items as TCommunityOrg[]).map((o) => o.name);
      expect(names).toEqual(mine.filter((r) => r.name.includes(word)).map((r) => r.name));
      const elsewhere = rows.find((r) => !r.regionCode.startsWith(county))!;
      expect((await c.get(`/api/community-orgs/${elsewhere.id}`)).statusCode).toBe(404);

      const stats = await client().get(`/api/public/stats?region=${county}`);
      expect(stats.statusCode).toBe(200);
      expect(stats.json().communityOrgs.total).toBe(mine.filter((r) => r.status === 'filed').length);

      // A township files after the load: ids continue after the generated ones; a taken name is refused.
      const township = mine.find((r) => r.regionCode.length === 9)!;
      await insertUser(db, { username: 'gen-township', roles: ['township_staff'], regionCode: township.regionCode });
      const t = await client().as('gen-township');
      const filing = {
        communityName: township.communityName,
        areaKind: township.areaKind,
        categoryCode: 'charity',
        responsibleName: '张三',
        venue: township.venue,
        activityArea: township.activityArea,
        memberCount: 10,
        fundsFen: 0,
        filedOn: '2026-01-05',
      };
      const created = await t.post('/api/community-orgs', { ...filing, name: `${township.communityName}新建服务队` });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().id).toBe(rows.length + 1);
      const taken = rows.find((r) => r.regionCode === township.regionCode && r.status === 'filed')!;
      const duplicate = await t.post('/api/community-orgs', { ...filing, name: taken.name });
      expect(duplicate.statusCode).toBe(409);
    });
  });
});

describe(`npm run gen: annual inspection reports (${ENGINE})`, () => {
  annualChecks(
    () => db,
    () => second.database.db,
    ORGS,
  );
});

describe(`npm run gen: credit records and lists (${ENGINE})`, () => {
  creditChecks(
    () => db,
    () => second.database.db,
  );
});
