import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { chinaNoon, countyOrgs, inspector, plan } from './helpers';

let t: TestApp;
let clerk: TestClient;
let inspectorClient: TestClient;
let linked: number;
let planId: number;
type Check = { id: number; orgId: number; status: string; inspectors: { id: number; name: string }[] };
let checks: Check[];

const passAll = {
  results: [
    { item: 'annual_report', passed: true },
    { item: 'finances', passed: true },
  ],
};
const failFinances = {
  results: [
    { item: 'annual_report', passed: true },
    { item: 'finances', passed: false, finding: '未按规定使用票据' },
  ],
  rectificationDeadline: '2026-06-30',
  rectificationRequirement: '规范票据使用并提交整改报告',
};

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(chinaNoon('2026-05-04'));
  clerk = await t.client().as('qz-js-clerk');
  inspectorClient = await t.client().as('qz-inspector');
  const user = await t.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'qz-inspector')
    .executeTakeFirstOrThrow();
  await countyOrgs(t, '330881', 6);
  linked = await inspector(clerk, { regionCode: '330881', userId: Number(user.id) });
  await inspector(clerk, { regionCode: '330881' });
  await inspector(clerk, { regionCode: '330881' });
  const p = await clerk.post('/api/spot-check-plans', plan({ kind: 'irregular', shareBp: 10_000, campaignId: 77 }));
  planId = p.json().id;
  expect((await clerk.post(`/api/spot-check-plans/${planId}/draw`)).statusCode).toBe(200);
  checks = (await clerk.get(`/api/spot-checks?planId=${planId}`)).json().items;
});
afterAll(() => t.close());

const mineOf = () => checks.filter((c) => c.inspectors.some((i) => i.id === linked));
const notMine = () => checks.filter((c) => !c.inspectors.some((i) => i.id === linked));

describe(`checks: notice, results, conclusion (${ENGINE})`, () => {
  it('issues the numbered 抽查通知书 once', async () => {
    const c = checks[0]!;
    const res = await clerk.post(`/api/spot-checks/${c.id}/notice`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'notified', noticeDocumentId: expect.any(Number) });
    const doc = await t.db
      .selectFrom('documents')
      .select(['kind', 'number'])
      .where('id', '=', res.json().noticeDocumentId)
      .executeTakeFirstOrThrow();
    expect(doc.kind).toBe('spot_check_notice');
    expect((await clerk.post(`/api/spot-checks/${c.id}/notice`)).statusCode).toBe(409);
  });

  it('shows an inspector only the checks assigned to them', async () => {
    const assigned = (await inspectorClient.get('/api/spot-checks/assigned')).json().items as Check[];
    expect(assigned.map((c) => c.id).sort()).toEqual(
      mineOf()
        .map((c) => c.id)
        .sort(),
    );
    if (notMine().length)
      expect((await inspectorClient.get(`/api/spot-checks/${notMine()[0]!.id}`)).statusCode).toBe(404);
    expect((await inspectorClient.get(`/api/spot-check-plans/${planId}`)).statusCode).toBe(403);
  });

  it('asks for every item, and a deadline and requirement when a problem is found, beside the fields', async () => {
    const c = checks[1]!;
    const missing = await clerk.post(`/api/spot-checks/${c.id}/results`, { results: [passAll.results[0]] });
    expect(missing.json().fields.results).toContain('财务管理');
    const bare = await clerk.post(`/api/spot-checks/${c.id}/results`, { results: failFinances.results });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().fields).toMatchObject({
      rectificationDeadline: expect.any(String),
      rectificationRequirement: expect.any(String),
    });
    const past = await clerk.post(`/api/spot-checks/${c.id}/results`, {
      ...failFinances,
      rectificationDeadline: '2026-05-04',
    });
    expect(past.json().fields.rectificationDeadline).toContain('晚于今天');
  });

  it('denies results to those without the right or out of scope', async () => {
    const c = checks[1]!;
    expect((await (await t.client().as('yy-clerk')).post(`/api/spot-checks/${c.id}/results`, passAll)).statusCode).toBe(
      404,
    );
    const city = await (await t.client().as('qz-clerk')).post(`/api/spot-checks/${c.id}/results`, passAll);
    expect(city.json().code).toBe('OUT_OF_DECISION_SCOPE');
    expect(
      (await (await t.client().as('qz-supervisor')).post(`/api/spot-checks/${c.id}/results`, passAll)).statusCode,
    ).toBe(403);
    if (notMine().length)
      expect(
        (await inspectorClient.post(`/api/spot-checks/${notMine()[0]!.id}/inspector-results`, passAll)).statusCode,
      ).toBe(404);
  });

  it('an assigned inspector concludes a clean check; credit gets a spot_check record through the event', async () => {
    const c = mineOf()[0]!;
    const res = await inspectorClient.post(`/api/spot-checks/${c.id}/inspector-results`, passAll);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'concluded',
      problemsFound: false,
      caseId: null,
      concludedOn: '2026-05-04',
    });
    await t.services.eventDispatcher.drain();
    const record = await t.db
      .selectFrom('creditRecords')
      .select(['subtype', 'occurredOn'])
      .where('orgId', '=', c.orgId)
      .where('subtype', '=', 'spot_check')
      .executeTakeFirst();
    expect(record).toMatchObject({ subtype: 'spot_check', occurredOn: '2026-05-04' });
    expect((await inspectorClient.post(`/api/spot-checks/${c.id}/inspector-results`, passAll)).statusCode).toBe(409);
  });

  it('a problem opens a case with a rectification, counted in the campaign’s figures', async () => {
    const c = checks.find((x) => x.id !== mineOf()[0]!.id && x.status !== 'concluded')!;
    const res = await clerk.post(`/api/spot-checks/${c.id}/results`, failFinances);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ problemsFound: true, caseId: expect.any(Number) });
    const status = await t.services.supervision.cases.sourceStatus([`spot_check:${c.id}`]);
    expect(status.get(`spot_check:${c.id}`)?.caseId).toBe(res.json().caseId);
    expect(await t.services.supervision.campaignChecks.campaignFigures(77)).toEqual({
      checked: 2,
      audited: 0,
      withProblems: 1,
      rectified: 0,
    });
    expect(await t.services.supervision.campaignChecks.problemOrgs(77)).toEqual([c.orgId]);
  });

  it('publishes concluded results on the portal without personal data, in keyset pages', async () => {
    const anon = t.client();
    const first = await anon.get('/api/public/spot-check-results?limit=1');
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toHaveLength(1);
    expect(first.json().items[0]).toMatchObject({
      year: 2026,
      planTitle: '2026年度定期抽查',
      items: expect.any(Array),
    });
    const second = await anon.get(`/api/public/spot-check-results?limit=1&cursor=${first.json().nextCursor}`);
    expect(second.json().nextCursor).toBeNull();
    const both = [first.json().items[0], second.json().items[0]];
    expect(both.map((r) => r.problemsFound).sort()).toEqual([false, true]);
    expect(both[0].id).toBeGreaterThan(both[1].id);
    const body = first.body + second.body;
    for (const c of checks) for (const i of c.inspectors) expect(body).not.toContain(i.name);
    expect(body).not.toContain('未按规定使用票据');
  });
});
