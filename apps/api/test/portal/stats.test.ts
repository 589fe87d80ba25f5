import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOrgFields, TOrgStats } from '@shezu/contracts';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { waitForRun } from '../jobs/helpers';
import { orgFields, seedOrgs } from '../support/orgs';
import { insertCommunityOrgs } from './helpers';

let t: TestApp;
let pub: TestClient;
let admin: TestClient;

const COUNTIES = ['330802', '330803', '330822', '330824', '330825', '330881'];
/** The 2023 residents of 衢州's counties (they sum to 2,290,301: 3424 organizations are 14.95 per 10,000). */
const COUNTY_POPULATION = [530_163, 386_217, 262_508, 259_374, 362_086, 489_953];
const QUZHOU_POPULATION = 2_290_301;

const setPopulation = (code: string, population: number | null) =>
  t.db.updateTable('regions').set({ population }).where('code', '=', code).execute();

/**
 * 衢州 as seed 002 counts it: 3424 registered (1273 社团, 2133 民非, 18 基金会), of which 107 文化类,
 * 30 with a valid 3A+ grade, 14 charities; 20 more deregistered; 52 filed community organizations.
 */
beforeAll(async () => {
  t = await startTestApp();
  pub = t.client();
  admin = await t.client().as('yy-admin');
  const list: { fields: TOrgFields; authority: string }[] = [];
  for (let i = 0; i < 3444; i++) {
    const county = COUNTIES[i % COUNTIES.length]!;
    const type =
      i < 1273 ? 'social_group' : i < 1273 + 2133 ? 'service_institution' : i < 3424 ? 'foundation' : 'social_group';
    const grade =
      i % 100 === 1 && i < 3000
        ? { evaluationGrade: '3A' as const, gradeValidUntil: '2027-12-31' }
        : i % 100 === 2 && i < 500
          ? { evaluationGrade: '4A' as const, gradeValidUntil: '2025-12-31' }
          : i % 100 === 3 && i < 1000
            ? { evaluationGrade: '2A' as const, gradeValidUntil: '2028-12-31' }
            : {};
    list.push({
      authority: county,
      fields: orgFields({
        name: `衢州测试组织${i}号`,
        type,
        regionCode: county,
        categoryCode: i % 32 === 5 && i < 3424 ? 'culture' : 'social_service',
        charityRecognized: i % 250 === 7,
        ...grade,
      }),
    });
  }
  const ids = await seedOrgs(t, list);
  for (const id of ids.slice(3424)) {
    await t.services.orgs.lifecycle.deregister(null, id, {
      actor: SYSTEM_ACTOR,
      basis: '准予注销登记',
      decisionRef: '衢民注〔2026〕1号',
      applicationId: null,
    });
  }
  await seedOrgs(
    t,
    Array.from({ length: 10 }, (_, i) => ({ fields: orgFields({ name: `云阳县统计测试会${i}` }) })),
  );
  await insertCommunityOrgs(t.db, [
    ...Array.from({ length: 36 }, (_, i) => ({
      regionCode: i % 2 ? '330802005' : '330802006',
      communityName: i % 2 ? '新新社区' : '府山社区',
      areaKind: 'urban' as const,
    })),
    ...Array.from({ length: 16 }, (_, i) => ({
      regionCode: '330803001',
      communityName: i % 2 ? '樟潭村' : '彭川村',
      areaKind: 'rural' as const,
    })),
    { regionCode: '330803001', communityName: '樟潭村', areaKind: 'rural', status: 'cancelled' },
  ]);
  await setPopulation('3308', QUZHOU_POPULATION);
});
afterAll(() => t.close());

const stats = async (region: string): Promise<TOrgStats> => {
  const res = await pub.get(`/api/public/stats?region=${region}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** A register this small is counted on the main thread; `worker` makes the run take the national-scale path. */
async function refresh(worker = false): Promise<void> {
  admin = await t.client().as('yy-admin');
  const run = (await admin.post('/api/jobs/stats.refresh/run', { payload: { worker } })).json();
  await t.services.jobs.scheduler.runDue();
  const done = await waitForRun(admin, run.id, 'stats refresh', (r) => r.status !== 'queued' && r.status !== 'running');
  expect(done.status, done.error ?? '').toBe('succeeded');
}

describe(`public statistics (${ENGINE})`, () => {
  it('counts a city by type and category with shares rounded half up, and per 10,000 residents', async () => {
    const s = await stats('3308');
    expect(s.region).toEqual({ code: '3308', name: '衢州市', fullName: '浙江省衢州市' });
    expect(s.registered.total).toBe(3424);
    expect(s.registered.byType).toEqual([
      { type: 'social_group', name: '社会团体', count: 1273, share: 37.18 },
      { type: 'service_institution', name: '民办非企业单位', count: 2133, share: 62.3 },
      { type: 'foundation', name: '基金会', count: 18, share: 0.53 },
    ]);
    // 107 / 3424 = 3.125 % exactly: half up gives 3.13 (half-to-even would give 3.12).
    expect(s.registered.byCategory.find((c) => c.code === 'culture')).toEqual({
      code: 'culture',
      name: '文化类',
      count: 107,
      share: 3.13,
    });
    expect(s.registered.byCategory.find((c) => c.code === 'social_service')?.count).toBe(3424 - 107);
    expect(s.registered.byCategory.find((c) => c.code === 'science_tech')).toMatchObject({ count: 0, share: 0 });
    expect(s.registered.grade3aPlus).toEqual({ count: 30, share: 0.88 });
    expect(s.registered.charities).toEqual({ count: 14, share: 0.41 });
    expect(s.registered.population).toBe(QUZHOU_POPULATION);
    expect(s.registered.per10k).toBe(14.95);
  });

  it('counts filed community organizations apart, per urban and rural community', async () => {
    const s = await stats('3308');
    expect(s.communityOrgs).toEqual({
      total: 52,
      urban: { count: 36, communities: 2, perCommunity: 18 },
      rural: { count: 16, communities: 2, perCommunity: 8 },
    });
    expect((await stats('330802')).communityOrgs.total).toBe(36);
    expect((await stats('330802')).registered.total).toBe(571);
  });

  it('sums the counties when the city has no figure of its own, and gives none when one is missing', async () => {
    await setPopulation('3308', null);
    for (const [i, code] of COUNTIES.entries()) await setPopulation(code, COUNTY_POPULATION[i]!);
    expect((await stats('3308')).registered).toMatchObject({ population: QUZHOU_POPULATION, per10k: 14.95 });
    expect((await stats('330803')).registered).toMatchObject({ population: 386_217, per10k: 14.78 });
    await setPopulation('330881', null);
    expect((await stats('3308')).registered).toMatchObject({ population: null, per10k: null });
    await setPopulation('3308', QUZHOU_POPULATION);
  });

  it('reads province and national figures from counters a job refreshes, and counts cities live', async () => {
    const before = await stats('100000');
    expect(before.registered.total).toBe(3434);
    await refresh(true);
    const national = await stats('100000');
    expect(national.registered.total).toBe(3434);
    expect(national.registered.byType.map((x) => x.count)).toEqual([1283, 2133, 18]);
    expect(national.communityOrgs.urban).toEqual({ count: 36, communities: 2, perCommunity: 18 });
    expect(national.registered.population).toBeNull();
    const zhejiang = await stats('33');
    expect(zhejiang.registered.total).toBe(3424);
    expect((await stats('50')).registered.total).toBe(10);
    expect((await stats('11')).registered).toMatchObject({ total: 0, per10k: null });
  });

  it('keeps province and national figures current between refreshes: a written province is counted again', async () => {
    await refresh();
    // Counters are read as the job left them while their province is unchanged (a figure planted here shows) …
    await t.db
      .insertInto('regionStatCounts')
      .values({ regionCode: '11', metric: 'total', n: 999, computedAt: t.clock.now().toISOString() })
      .onConflict((oc) => oc.doNothing())
      .execute();
    expect((await stats('11')).registered.total).toBe(999);
    // The setup's writes are within the lag of the refresh: those provinces are recounted, 11 is read.
    expect((await stats('100000')).registered.total).toBe(3434 + 999);

    // … and a written province is counted again at once, for itself and for the country.
    t.clock.advanceMinutes(1);
    await seedOrgs(t, [{ authority: '330802', fields: orgFields({ name: '衢州再一新增组织', regionCode: '330802' }) }]);
    expect((await stats('33')).registered.total).toBe(3425);
    expect((await stats('100000')).registered.total).toBe(3425 + 10 + 999);
    expect((await stats('100000')).asOf).toBe(t.clock.now().toISOString());

    // A transaction that commits late carries an older timestamp than the counters: still counted.
    const computedAt = (await t.db.selectFrom('regionStatCounts').select('computedAt').executeTakeFirstOrThrow())
      .computedAt;
    const yunyang = await t.db
      .selectFrom('organizations')
      .select('id')
      .where('regionCode', 'like', '50%')
      .where('status', '=', 'registered')
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable('organizations')
      .set({ status: 'deregistered', updatedAt: new Date(new Date(computedAt).getTime() - 120_000).toISOString() })
      .where('id', '=', yunyang.id)
      .execute();
    expect((await stats('50')).registered.total).toBe(9);
    expect((await stats('100000')).registered.total).toBe(3425 + 9 + 999);
  });

  it('answers 404 for an unknown region and 400 for a malformed one', async () => {
    expect((await pub.get('/api/public/stats?region=999999')).json().code).toBe('NOT_FOUND');
    expect((await pub.get('/api/public/stats?region=12a')).statusCode).toBe(400);
  });
});
