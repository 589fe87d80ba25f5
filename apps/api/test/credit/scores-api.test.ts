import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCORE_SCHEME, type TCreditScore } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { insertUser } from '../support/fixtures';
import { orgFields, seedOrgs } from '../support/orgs';
import { historyCount, insertRecord, orgRef, publishAndDeliver } from './scores-helpers';

let t: TestApp;
let clerk: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
});
afterAll(() => t.close());

const sumOf = (s: TCreditScore) => s.breakdown.reduce((n, b) => n + b.points, 0);

describe(`credit score API (${ENGINE})`, () => {
  it('a new organization is scored on first view: breakdown adds up, 暂无数据 indicators keep their maximum', async () => {
    const [orgId] = await seedOrgs(t, [{ fields: orgFields() }]);
    const res = await clerk.get(`/api/credit-scores/${orgId}`);
    expect(res.statusCode).toBe(200);
    const s: TCreditScore = res.json();
    expect(sumOf(s)).toBe(s.score);
    expect(s.breakdown.map((b) => b.maxPoints).reduce((a, b) => a + b, 0)).toBe(1000);
    // No grade (50 % of 100) and no party organization (60 % of 70): 1000 − 50 − 28.
    expect(s).toMatchObject({ score: 922, level: 'A', band: '900分及以上', schemeVersion: 1 });
    expect(s.breakdown.find((b) => b.code === 'activities')).toMatchObject({
      noData: true,
      points: 30,
      facts: ['暂无数据'],
    });
    expect(s.history).toEqual([expect.objectContaining({ score: 922, level: 'A', cause: 'on_demand' })]);
  });

  it('a penalty event recomputes in the same delivery: warning deducts, the abnormal listing lowers the level', async () => {
    const [orgId] = await seedOrgs(t, [{ fields: orgFields() }]);
    expect((await clerk.get(`/api/credit-scores/${orgId}`)).json().score).toBe(922);
    await publishAndDeliver(t, 'penalty_decided', {
      ...(await orgRef(t, orgId!)),
      penaltyId: null,
      decisionNumber: '云民罚〔2026〕3号',
      kinds: ['warning'],
      fineFen: null,
      confiscatedFen: null,
      decidedOn: '2026-02-20',
      decidedBy: null,
    });
    const s: TCreditScore = (await clerk.get(`/api/credit-scores/${orgId}`)).json();
    const by = Object.fromEntries(s.breakdown.map((b) => [b.code, b]));
    expect(by.penalties).toMatchObject({ points: 120, facts: ['2026-02-20受到行政处罚：警告（云民罚〔2026〕3号）'] });
    expect(by.lists!.points).toBe(72);
    expect(s).toMatchObject({ score: 922 - 30 - 108, level: 'C' });
    expect(sumOf(s)).toBe(s.score);
    expect(s.history[0]).toMatchObject({ score: 784, cause: 'event:penalty_decided', causeLabel: '行政处罚决定' });
    // The lists' consumer is the only writer of listings; the eligibility answer reads the same facts.
    const e = await clerk.get(`/api/credit-eligibility/${orgId}?benefit=funding`);
    expect(e.json()).toMatchObject({
      allowed: false,
      benefitLabel: '财政资金资助',
      reasons: [expect.objectContaining({ code: 'abnormal_list', confirmed: true })],
    });
    // The abnormal list does not bar evaluation; the missing 2024 conclusion (before 30 June 2026) and the
    // penalty of the last 12 months do, each marked as the platform's unconfirmed reading.
    const ev = (await clerk.get(`/api/credit-eligibility/${orgId}?benefit=evaluation`)).json();
    expect(ev.reasons.map((r: { code: string; confirmed: boolean }) => [r.code, r.confirmed])).toEqual([
      ['annual_missing', false],
      ['recent_penalty', false],
    ]);
    expect(await t.services.credit.eligibility.mayReceive(orgId!, 'funding', '2026-02-19')).toEqual({
      allowed: true,
      reasons: [],
    });
  });

  it('levels for supervision, and one recompute in well under 20 ms', async () => {
    const ids = await seedOrgs(t, [{ fields: orgFields() }, { fields: orgFields({ hasPartyOrg: true }) }]);
    const scores = t.services.credit.creditScores;
    await t.db.transaction().execute((trx) => scores.recompute(trx, ids, 'nightly'));
    expect(await scores.levelsFor(ids)).toEqual(
      new Map([
        [ids[0], 'A'],
        [ids[1], 'A'],
      ]),
    );
    expect(await scores.levelOf(999_999)).toBeNull();
    // A daily rule may emit thousands of organizations at once: chunked, nothing changes for unknown ids.
    const many = [...ids, ...Array.from({ length: 2_500 }, (_, i) => 5_000_000 + i)];
    expect(await t.db.transaction().execute((trx) => scores.recompute(trx, many, 'nightly'))).toBe(0);
    await insertRecord(t, ids[0]!, 'spot_check', '2026-01-10', { problemsFound: true, title: '财务制度不健全' });
    const started = performance.now();
    const rounds = 20;
    for (let i = 0; i < rounds; i++)
      await t.db.transaction().execute((trx) => scores.recompute(trx, [ids[0]!], 'nightly'));
    expect((performance.now() - started) / rounds).toBeLessThan(20);
    const s: TCreditScore = (await clerk.get(`/api/credit-scores/${ids[0]}`)).json();
    expect(s.breakdown.find((b) => b.code === 'spot_checks')).toMatchObject({ points: 25, noData: false });
    // Only the change wrote history: 20 recomputes of the same facts add one row.
    expect(await historyCount(t, ids[0])).toBe(2);
  });

  it('scope: a neighbour bureau gets 404, an organization account sees its own score only', async () => {
    const [own, other] = await seedOrgs(t, [{ fields: orgFields() }, { fields: orgFields() }]);
    const neighbour = await t.client().as('qz-clerk');
    expect((await neighbour.get(`/api/credit-scores/${own}`)).statusCode).toBe(404);
    expect((await neighbour.get(`/api/credit-eligibility/${own}?benefit=honours`)).statusCode).toBe(404);
    await insertUser(t.db, { username: 'score-org', roles: ['org_account'], regionCode: '500235', orgId: own! });
    const account = await t.client().as('score-org');
    expect((await account.get(`/api/credit-scores/${own}`)).statusCode).toBe(200);
    expect((await account.get(`/api/credit-scores/${other}`)).statusCode).toBe(404);
    expect((await account.get(`/api/credit-eligibility/${own}?benefit=honours`)).statusCode).toBe(403);
    expect((await account.get('/api/credit-scores/distribution')).statusCode).toBe(403);
  });

  it("distribution by child region and type in the user's scope", async () => {
    await t.services.jobs.enqueue(t.db, { name: 'credit.nightly-scores', requestedBy: null });
    await t.services.jobs.scheduler.runDue();
    const d = (await clerk.get('/api/credit-scores/distribution')).json();
    const registered = await t.db
      .selectFrom('organizations')
      .select('id')
      .where('status', '=', 'registered')
      .where('regionCode', 'like', '500235%')
      .execute();
    expect(d.regionCode).toBe('500235');
    expect(d.total.all).toBe(registered.length);
    expect(d.byRegion.reduce((n: number, r: { all: number }) => n + r.all, 0)).toBe(d.total.all);
    expect(d.byType.map((x: { orgType: string }) => x.orgType)).toContain('social_group');
    const neighbour = await t.client().as('qz-clerk');
    expect((await neighbour.get('/api/credit-scores/distribution?region=500235')).statusCode).toBe(404);
    expect((await neighbour.get('/api/credit-scores/distribution')).json().total.all).toBe(0);
  });
});

describe(`credit score scheme (${ENGINE})`, () => {
  it('the default scheme is version 1; a county administrator may not save; 999 points are refused on the field', async () => {
    const admin = await t.client().as('yy-admin');
    const cur = (await admin.get('/api/credit-score-schemes')).json();
    expect(cur).toMatchObject({ version: 1, definition: DEFAULT_SCORE_SCHEME });
    const body = { definition: DEFAULT_SCORE_SCHEME, baseVersion: 1 };
    expect((await admin.put('/api/credit-score-schemes', body)).statusCode).toBe(403);
    await insertUser(t.db, { username: 'cq-admin', roles: ['system_admin'], regionCode: '50' });
    const province = await t.client().as('cq-admin');
    const bad = structuredClone(DEFAULT_SCORE_SCHEME);
    bad.indicators[1]!.maxPoints -= 1;
    const res = await province.put('/api/credit-score-schemes', { definition: bad, baseVersion: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ 'definition.indicators': '各指标满分之和应为1000分，当前为999分' });
  });

  it('a saved version queues the recompute; band boundaries 899/900 decide the level', async () => {
    const province = await t.client().as('cq-admin');
    const [orgId] = await seedOrgs(t, [{ fields: orgFields() }]);
    expect((await clerk.get(`/api/credit-scores/${orgId}`)).json()).toMatchObject({ score: 922, level: 'A' });
    // A at 923: 922 falls to B by one point; at 922 it is A again.
    const def = { ...DEFAULT_SCORE_SCHEME, bands: { A: 923, B: 800, C: 700, D: 600 } };
    const saved = await province.put('/api/credit-score-schemes', { definition: def, baseVersion: 1, note: '试行' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, note: '试行' });
    expect((await province.put('/api/credit-score-schemes', { definition: def, baseVersion: 1 })).statusCode).toBe(409);
    await t.services.jobs.scheduler.runDue();
    expect((await clerk.get(`/api/credit-scores/${orgId}`)).json()).toMatchObject({
      score: 922,
      level: 'B',
      band: '800–922分',
      schemeVersion: 2,
    });
    const moved: TCreditScore = (await clerk.get(`/api/credit-scores/${orgId}`)).json();
    expect(moved.history[0]).toMatchObject({ score: 922, level: 'B', cause: 'scheme', causeLabel: '评分方案调整' });
    const back = { ...DEFAULT_SCORE_SCHEME, bands: { A: 922, B: 800, C: 700, D: 600 } };
    expect((await province.put('/api/credit-score-schemes', { definition: back, baseVersion: 2 })).statusCode).toBe(
      200,
    );
    await t.services.jobs.scheduler.runDue();
    expect((await clerk.get(`/api/credit-scores/${orgId}`)).json()).toMatchObject({ level: 'A', schemeVersion: 3 });
  });
});
