import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSpecialCampaignDetail } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { orgAccount } from '../../support/applications';
import { createCampaign, orgsOf } from './campaigns-helpers';

let t: TestApp;
let kc: TestClient;
let campaign: TSpecialCampaignDetail;
let assoc: number[];

const items = ['annual_report', 'finances'];
const planOf = (over: Record<string, unknown>) => ({
  year: 2026,
  kind: 'irregular',
  items,
  mode: 'on_site',
  types: ['social_group'],
  categoryCodes: ['industry_association'],
  campaignId: campaign.id,
  ...over,
});

async function drawn(body: Record<string, unknown>): Promise<{ id: number; orgId: number }[]> {
  const p = await kc.post('/api/spot-check-plans', body);
  expect(p.statusCode, p.body).toBe(201);
  const draw = await kc.post(`/api/spot-check-plans/${p.json().id}/draw`);
  expect(draw.statusCode, draw.body).toBe(200);
  return (await kc.get(`/api/spot-checks?planId=${p.json().id}`)).json().items;
}

beforeAll(async () => {
  t = await startTestApp();
  assoc = await orgsOf(t, 4);
  await orgsOf(t, 1, '330802', { categoryCode: 'science_tech' });
  kc = await t.client().as('qz-kc-clerk');
  for (const n of [1, 2, 3]) {
    const res = await kc.post('/api/inspectors', {
      name: `检查员${n}`,
      unitName: '柯城区民政局',
      regionCode: '330802',
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  campaign = await createCampaign(kc);
});
afterAll(() => t.close());

describe(`campaign figures with the spot-checks part (${ENGINE})`, () => {
  it('counts the audits and checks drawn within the campaign with the self-inspections', async () => {
    expect(campaign.figures).toEqual({
      inScope: 4,
      selfInspected: 0,
      checked: 0,
      audited: 0,
      withProblems: 0,
      rectified: 0,
    });
    // An audit sampling of half the associations, and a check of all of them.
    expect(await drawn(planOf({ title: '涉企收费专项审计', purpose: 'audit', shareBp: 5000 }))).toHaveLength(2);
    const checks = await drawn(planOf({ title: '涉企收费专项抽查', purpose: 'check', shareBp: 10_000 }));
    expect(checks.map((c) => c.orgId).sort()).toEqual([...assoc].sort());
    const [failed, passed] = checks;
    const fail = await kc.post(`/api/spot-checks/${failed!.id}/results`, {
      results: [
        { item: 'annual_report', passed: true },
        { item: 'finances', passed: false, finding: '向会员企业收取未经审议的评比费' },
      ],
      rectificationDeadline: '2026-06-30',
      rectificationRequirement: '清退违规收费并提交整改报告',
    });
    expect(fail.statusCode, fail.body).toBe(200);
    const pass = await kc.post(`/api/spot-checks/${passed!.id}/results`, {
      results: items.map((item) => ({ item, passed: true })),
    });
    expect(pass.statusCode, pass.body).toBe(200);

    // Another association finds a problem in its own self-inspection.
    const selfOrg = assoc.find((o) => o !== failed!.orgId)!;
    const org = await orgAccount(t, 'campaign-checks-org', selfOrg, '330802006');
    const si = (await org.get('/api/campaign-self-inspections')).json().items[0];
    const put = await org.put(`/api/campaign-self-inspections/${si.id}`, {
      answers: [
        { key: 'fees_approved', value: false, problem: true, note: '补开会员大会审议' },
        { key: 'fee_items', value: 1 },
      ],
      version: si.version,
    });
    expect(put.statusCode, put.body).toBe(200);

    const res = await kc.get(`/api/special-campaigns/${campaign.id}`);
    expect(res.json().figures).toEqual({
      inScope: 4,
      selfInspected: 1,
      checked: 2,
      audited: 2,
      withProblems: 2,
      rectified: 0,
    });
    const problems = (await kc.get(`/api/special-campaigns/${campaign.id}/problems`)).json().items;
    expect(problems.map((p: { orgId: number }) => p.orgId).sort()).toEqual([failed!.orgId, selfOrg].sort());
  });
});
