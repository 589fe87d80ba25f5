import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSelfInspection, TSpecialCampaignDetail } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { orgAccount } from '../../support/applications';
import { createCampaign, orgsOf } from './campaigns-helpers';

let t: TestApp;
let kc: TestClient;
let orgA: TestClient;
let orgB: TestClient;
let campaign: TSpecialCampaignDetail;
let assoc: number[];

const answers = [
  { key: 'fees_approved', value: true, problem: false, note: '' },
  { key: 'fee_items', value: 3, problem: false, note: '' },
];
const mine = async (c: TestClient): Promise<TSelfInspection> =>
  (await c.get('/api/campaign-self-inspections')).json().items[0];
const todoStatus = async () =>
  (
    await t.db
      .selectFrom('todos')
      .select(['orgId', 'status'])
      .where('kind', '=', 'campaign_self_inspection')
      .orderBy('orgId')
      .execute()
  ).map((x) => [Number(x.orgId), x.status]);

beforeAll(async () => {
  t = await startTestApp();
  assoc = await orgsOf(t, 3);
  kc = await t.client().as('qz-kc-clerk');
  orgA = await orgAccount(t, 'close-org-a', assoc[0]!, '330802006');
  orgB = await orgAccount(t, 'close-org-b', assoc[1]!, '330802006');
  campaign = await createCampaign(kc);
  const a = await mine(orgA);
  const res = await orgA.put(`/api/campaign-self-inspections/${a.id}`, { answers, version: a.version });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(() => t.close());

describe(`closing a special campaign (${ENGINE})`, () => {
  it('only the bureau that runs it closes it: the city, a neighbour and an organization are refused', async () => {
    const url = `/api/special-campaigns/${campaign.id}/close`;
    expect((await (await t.client().as('qz-clerk')).post(url)).statusCode).toBe(403);
    expect((await (await t.client().as('qz-qj-clerk')).post(url)).statusCode).toBe(404);
    expect((await orgB.post(url)).statusCode).toBe(403);
    expect((await kc.get(`/api/special-campaigns/${campaign.id}`)).json().status).toBe('open');
  });

  it('stops self-inspections, withdraws the unsubmitted to-dos and is audited', async () => {
    const res = await kc.post(`/api/special-campaigns/${campaign.id}/close`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', canManage: false });
    // A submitted its form (done); B and C never did (withdrawn).
    expect(await todoStatus()).toEqual([
      [assoc[0], 'done'],
      [assoc[1], 'cancelled'],
      [assoc[2], 'cancelled'],
    ]);
    const b = await mine(orgB);
    const late = await orgB.put(`/api/campaign-self-inspections/${b.id}`, { answers, version: b.version });
    expect([late.statusCode, late.json().message]).toEqual([409, '专项整治已结束，不能再提交自查']);
    const again = await kc.post(`/api/special-campaigns/${campaign.id}/close`);
    expect([again.statusCode, again.json().message]).toEqual([409, '专项整治已结束']);
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['action', 'summary'])
      .where('entity', '=', 'special_campaign')
      .where('entityId', '=', String(campaign.id))
      .where('action', '=', 'special_campaign_closed')
      .execute();
    expect(audit).toEqual([
      { action: 'special_campaign_closed', summary: expect.stringContaining('2个组织未提交自查') },
    ]);
  });
});
