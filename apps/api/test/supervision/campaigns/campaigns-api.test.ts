import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CAMPAIGN_EVIDENCE_PURPOSE,
  type TCampaignOrg,
  type TSelfInspection,
  type TSpecialCampaignDetail,
} from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { upload } from '../../files/multipart';
import { samples } from '../../files/samples';
import { orgAccount } from '../../support/applications';
import type { CampaignChecks } from '../../../src/modules/supervision/spot-checks/campaign-checks';
import { createCampaign, feesCampaign, orgsOf } from './campaigns-helpers';

let t: TestApp;
let kc: TestClient;
let campaign: TSpecialCampaignDetail;
let assoc: number[];
let orgA: TestClient;
let orgB: TestClient;
let mineA: TSelfInspection;

const answers = (over: Record<string, unknown>[] = []) => [
  { key: 'fees_approved', value: true, problem: false, note: '' },
  { key: 'fee_items', value: 3, problem: false, note: '' },
  ...over,
];

beforeAll(async () => {
  t = await startTestApp();
  // 柯城区: three industry associations, one academic society, one foundation; 衢江区: one association.
  assoc = await orgsOf(t, 3);
  await orgsOf(t, 1, '330802', { categoryCode: 'science_tech' });
  await orgsOf(t, 1, '330802', { type: 'foundation', categoryCode: 'charity' });
  await orgsOf(t, 1, '330803');
  kc = await t.client().as('qz-kc-clerk');
  orgA = await orgAccount(t, 'campaign-org-a', assoc[0]!, '330802006');
  orgB = await orgAccount(t, 'campaign-org-b', assoc[1]!, '330802006');
});
afterAll(() => t.close());

const orgsPage = async (c: TestClient, q = ''): Promise<TCampaignOrg[]> => {
  const res = await c.get(`/api/special-campaigns/${campaign.id}/orgs?${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};

describe(`special campaigns (${ENGINE})`, () => {
  it('refuses a form without questions and a scope outside the bureau, with field errors', async () => {
    const empty = await kc.post('/api/special-campaigns', feesCampaign({ form: { questions: [] } }));
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().fields)).toContain('form.questions');
    const outside = await kc.post(
      '/api/special-campaigns',
      feesCampaign({ scope: { regionCode: '330803', types: ['social_group'], categoryCodes: [] } }),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().fields).toHaveProperty(['scope.regionCode']);
  });

  it('snapshots the in-scope organizations and puts the self-inspection on their to-do lists', async () => {
    campaign = await createCampaign(kc);
    expect(campaign).toMatchObject({ authorityName: '柯城区民政局', inScopeCount: 3, status: 'open', canManage: true });
    expect((await orgsPage(kc)).map((o) => o.orgId)).toEqual(assoc);
    // An association registered later is not in the campaign.
    await orgsOf(t, 1);
    expect(await orgsPage(kc)).toHaveLength(3);
    const todos = await t.db
      .selectFrom('todos')
      .select(['orgId', 'status'])
      .where('kind', '=', 'campaign_self_inspection')
      .orderBy('orgId')
      .execute();
    expect(todos.map((x) => Number(x.orgId))).toEqual(assoc);
  });

  it('staff scope: another county 404, the city reads but cannot manage', async () => {
    const qj = await t.client().as('qz-qj-clerk');
    expect((await qj.get(`/api/special-campaigns/${campaign.id}`)).statusCode).toBe(404);
    expect((await qj.get('/api/special-campaigns')).json().items).toEqual([]);
    const city = await t.client().as('qz-clerk');
    const read = await city.get(`/api/special-campaigns/${campaign.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().canManage).toBe(false);
    // The city's campaigns cover the city's own registrations only: the county's associations are not in them.
    const own = await city.post('/api/special-campaigns', feesCampaign());
    expect(own.statusCode).toBe(400);
    expect(own.json().fields).toEqual({ 'scope.types': '范围内没有本机关登记的社会组织' });
    // An organization account is no staff.
    expect((await orgA.get(`/api/special-campaigns/${campaign.id}`)).statusCode).toBe(403);
  });

  it('the organization fills its own form: validated with field errors; a neighbour is refused', async () => {
    const mine = await orgA.get('/api/campaign-self-inspections');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toHaveLength(1);
    mineA = mine.json().items[0];
    expect(mineA).toMatchObject({ orgId: assoc[0], status: 'pending', campaign: { title: campaign.title } });
    const url = `/api/campaign-self-inspections/${mineA.id}`;

    const missing = await orgA.put(url, { answers: [answers()[0]], version: mineA.version });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toEqual({ 'answers.fee_items.value': '请回答该题' });
    const wrongKind = await orgA.put(url, {
      answers: [{ key: 'fees_approved', value: 'yes', problem: true, note: '' }, answers()[1]],
      version: mineA.version,
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().fields).toEqual({
      'answers.fees_approved.value': '请选择是或否',
      'answers.fees_approved.note': '发现问题的，请填写整改说明',
    });

    // The neighbour neither reads nor fills it.
    expect((await orgB.get(url)).statusCode).toBe(404);
    expect((await orgB.put(url, { answers: answers(), version: mineA.version })).statusCode).toBe(404);
    // Staff read but do not fill.
    expect((await kc.put(url, { answers: answers(), version: mineA.version })).statusCode).toBe(403);

    const ok = await orgA.put(url, {
      answers: [
        { key: 'fees_approved', value: false, problem: true, note: '会费标准未经会员大会表决，下次大会补正' },
        { key: 'fee_items', value: 2, problem: false, note: '' },
      ],
      version: mineA.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    mineA = ok.json();
    expect(mineA).toMatchObject({ status: 'submitted', problemFound: true, rectification: 'pending' });
    const todo = await t.db
      .selectFrom('todos')
      .select('status')
      .where('orgId', '=', assoc[0]!)
      .where('kind', '=', 'campaign_self_inspection')
      .executeTakeFirstOrThrow();
    expect(todo.status).toBe('done');
    // The clean organization B answers without problems.
    const mineB: TSelfInspection = (await orgB.get('/api/campaign-self-inspections')).json().items[0];
    const b = await orgB.put(`/api/campaign-self-inspections/${mineB.id}`, {
      answers: answers(),
      version: mineB.version,
    });
    expect(b.statusCode, b.body).toBe(200);
    expect(b.json()).toMatchObject({ problemFound: false, rectification: 'none' });
    // Staff see it in the list of in-scope organizations.
    expect((await orgsPage(kc, 'problem=yes')).map((o) => o.orgId)).toEqual([assoc[0]]);
    expect((await kc.get(`/api/special-campaigns/${campaign.id}/orgs/${mineA.id}`)).json().answers).toHaveLength(2);
    // The list exports to Excel for the bureau (audited), not for another county.
    const xlsx = await kc.get(`/api/special-campaigns/${campaign.id}/orgs/export`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const qj = await t.client().as('qz-qj-clerk');
    expect((await qj.get(`/api/special-campaigns/${campaign.id}/orgs/export`)).statusCode).toBe(404);
  });

  it('rectified: the organization reports with evidence, only its own bureau confirms', async () => {
    const file = (await upload(orgA, CAMPAIGN_EVIDENCE_PURPOSE, '会员大会决议.pdf', samples.pdf)).json();
    // Another organization's file is not evidence here.
    const foreign = (await upload(orgB, CAMPAIGN_EVIDENCE_PURPOSE, '别家材料.pdf', samples.pdf)).json();
    const url = `/api/campaign-self-inspections/${mineA.id}/rectified`;
    const evidence = '2026年4月会员大会已表决通过会费标准';
    const bad = await orgA.post(url, { evidence, files: [foreign.id], version: mineA.version });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('files');
    const claim = await orgA.post(url, { evidence, files: [file.id], version: mineA.version });
    expect(claim.statusCode, claim.body).toBe(200);
    mineA = claim.json();
    expect(mineA.rectification).toBe('claimed');
    expect(mineA.evidenceFiles).toEqual([{ id: file.id, name: '会员大会决议.pdf' }]);
    // The bureau reads the evidence; the neighbour does not.
    expect((await kc.get(`/api/files/${file.id}/content`)).statusCode).toBe(200);
    expect((await orgB.get(`/api/files/${file.id}/content`)).statusCode).not.toBe(200);
    const row = (await orgsPage(kc, 'problem=yes'))[0]!;
    expect(row.evidenceFiles.map((f) => f.id)).toEqual([file.id]);
    const confirm = `/api/special-campaigns/${campaign.id}/orgs/${mineA.id}/confirm-rectification`;
    const city = await t.client().as('qz-clerk');
    expect((await city.post(confirm, { version: mineA.version })).statusCode).toBe(403);
    const res = await kc.post(confirm, { version: mineA.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rectification).toBe('confirmed');
  });

  it('figures: self-inspections and what the checks drawn within the campaign found', async () => {
    const service = t.services.supervision.specialCampaigns;
    const real = service.checks;
    // A fake of the spot-checks part: organization C found with a problem by a check, not yet rectified.
    const fake: CampaignChecks = {
      campaignFigures: async () => ({ checked: 2, audited: 1, withProblems: 1, rectified: 0 }),
      problemOrgs: async () => [assoc[2]!],
    };
    service.checks = fake;
    try {
      const res = await kc.get(`/api/special-campaigns/${campaign.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().figures).toEqual({
        inScope: 3,
        selfInspected: 2,
        checked: 2,
        audited: 1,
        withProblems: 2,
        rectified: 1,
      });
      const problems = (await kc.get(`/api/special-campaigns/${campaign.id}/problems`)).json().items;
      expect(problems.map((p: { orgId: number; selfInspection: boolean; checks: boolean }) => p)).toMatchObject([
        { orgId: assoc[0], selfInspection: true, checks: false, rectification: 'confirmed' },
        { orgId: assoc[2], selfInspection: false, checks: true },
      ]);
    } finally {
      service.checks = real;
    }
  });
});
