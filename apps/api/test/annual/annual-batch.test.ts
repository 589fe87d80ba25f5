import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAnnualReportSummary } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { cleanValues, fill, orgWithAccount, reportOf } from './helpers';

let t: TestApp;
let party: TestClient;
const orgs: { orgId: number; account: TestClient }[] = [];
beforeAll(async () => {
  t = await startTestApp();
  for (let i = 0; i < 3; i++) orgs.push(await orgWithAccount(t));
  expect(
    (await (await t.client().as('yy-clerk')).post('/api/annual-inspection-cycles', { year: 2025 })).statusCode,
  ).toBe(201);
  for (const [i, o] of orgs.entries()) {
    let r = await reportOf(o.account, o.orgId, 2025);
    // The second one names a serving civil servant among its leaders: a risk flag, no rule error.
    await fill(o.account, r, {
      ...cleanValues('social_group'),
      ...(i === 1 ? { basic_civil_servant_leaders: 1 } : {}),
    });
    r = await reportOf(o.account, o.orgId, 2025);
    expect((await o.account.post(`/api/annual-reports/${r.id}/submit`, { version: r.version })).statusCode).toBe(200);
  }
  party = await t.client().as('yy-party');
});
afterAll(() => t.close());

describe(`the queue and batch approval (${ENGINE})`, () => {
  it('lists the riskiest first, with the flags counted; only clean reports pass in a batch', async () => {
    const queue: TAnnualReportSummary[] = (await party.get('/api/annual-reports?mine=true')).json().items;
    expect(queue).toHaveLength(3);
    expect(queue[0]).toMatchObject({ orgId: orgs[1]!.orgId, riskCount: 1 });
    expect(queue[0]!.riskScore).toBeGreaterThan(queue[1]!.riskScore);
    const clean = (await party.get('/api/annual-reports?mine=true&clean=true')).json().items;
    expect(clean.map((r: TAnnualReportSummary) => r.orgId).sort()).toEqual([orgs[0]!.orgId, orgs[2]!.orgId].sort());

    // An organization may read reports but approves nothing, in a batch or otherwise.
    const denied = await orgs[0]!.account.post('/api/annual-reports/batch-approve', {
      items: [{ id: queue[1]!.id, version: queue[1]!.version }],
    });
    expect(denied.statusCode).toBe(403);
    const res = await party.post('/api/annual-reports/batch-approve', {
      items: queue.map((r) => ({ id: r.id, version: r.version })),
      comment: '党建工作情况属实',
    });
    expect(res.statusCode).toBe(200);
    const results = res.json().results as { id: number; ok: boolean; code: string | null }[];
    expect(results.find((x) => x.id === queue[0]!.id)).toEqual({ id: queue[0]!.id, ok: false, code: 'CONFLICT' });
    expect(results.filter((x) => x.ok)).toHaveLength(2);
    const after = (await party.get('/api/annual-reports?mine=true')).json().items;
    expect(after.map((r: TAnnualReportSummary) => r.orgId)).toEqual([orgs[1]!.orgId]);

    // The authority concludes the clean ones 合格 in a batch; a stale version answers for itself.
    const clerk = await t.client().as('yy-clerk');
    const waiting: TAnnualReportSummary[] = (await clerk.get('/api/annual-reports?mine=true')).json().items;
    expect(waiting).toHaveLength(2);
    const concluded = await clerk.post('/api/annual-reports/batch-approve', {
      items: [
        { id: waiting[0]!.id, version: waiting[0]!.version },
        { id: waiting[1]!.id, version: waiting[1]!.version - 1 },
      ],
    });
    expect(concluded.json().results.map((x: { code: string | null }) => x.code)).toEqual([null, 'STALE_VERSION']);
    expect((await clerk.get(`/api/annual-reports/${waiting[0]!.id}`)).json()).toMatchObject({ conclusion: 'pass' });
  });
});
