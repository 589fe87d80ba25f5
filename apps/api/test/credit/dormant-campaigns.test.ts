import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DORMANT_EVIDENCE_PURPOSE, type TDormantCampaignDetail, type TDormantCandidate } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { upload } from '../files/multipart';
import { samples } from '../files/samples';
import { missedYears, orgsOf } from './dormant-helpers';

let t: TestApp;
let kc: TestClient;
let campaign: TDormantCampaignDetail;
let candidates: TDormantCandidate[];
const orgs: number[] = [];

beforeAll(async () => {
  t = await startTestApp();
  // 柯城区: three silent for two years, one clean; 衢江区: one silent (another county's).
  orgs.push(...(await orgsOf(t, 4, '330802')));
  for (const id of orgs.slice(0, 3)) await missedYears(t, id, [2024, 2025]);
  const [other] = await orgsOf(t, 1, '330803');
  await missedYears(t, other!, [2024, 2025]);
  kc = await t.client().as('qz-kc-clerk');
});
afterAll(() => t.close());

const base = () => `/api/dormant-campaigns/${campaign.id}`;
async function candidatePage(
  c: TestClient,
  query = '',
): Promise<{ items: TDormantCandidate[]; nextCursor: string | null }> {
  const res = await c.get(`${base()}/candidates?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const body = (c: TDormantCandidate, over: Record<string, unknown>) => ({
  note: '经核查长期未开展活动',
  version: c.version,
  ...over,
});

describe(`dormant clean-up campaigns (${ENGINE})`, () => {
  it('creating a campaign snapshots the candidates with their signals', async () => {
    const res = await kc.post('/api/dormant-campaigns', {
      title: '2026年柯城区僵尸型社会组织清理整治',
      startsOn: '2026-03-01',
      endsOn: '2026-09-30',
      scope: { types: ['social_group', 'service_institution', 'foundation'] },
      params: { signals: ['annual_missed'] },
    });
    expect(res.statusCode, res.body).toBe(201);
    campaign = res.json();
    expect(campaign).toMatchObject({
      authorityName: '柯城区民政局',
      status: 'open',
      counts: { listed: 3, disposed: 0, completionRate: '0.00' },
      canManage: true,
    });
    candidates = (await candidatePage(kc)).items;
    expect(candidates.map((c) => c.orgId)).toEqual(orgs.slice(0, 3));
    expect(candidates[0]!.signals).toEqual([{ code: 'annual_missed', years: [2024, 2025] }]);
    // Later facts do not change the snapshot.
    await missedYears(t, orgs[3]!, [2024, 2025]);
    expect((await candidatePage(kc)).items).toHaveLength(3);
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'dormant_campaign_created')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('scope: another county does not see it (404), the city reads it but cannot dispose (403)', async () => {
    const qj = await t.client().as('qz-qj-clerk');
    expect((await qj.get(base())).statusCode).toBe(404);
    expect((await qj.get('/api/dormant-campaigns')).json().items).toEqual([]);
    const city = await t.client().as('qz-clerk');
    const read = await city.get(base());
    expect(read.statusCode).toBe(200);
    expect(read.json().canManage).toBe(false);
    const c = candidates[0]!;
    const res = await city.post(
      `${base()}/candidates/${c.id}/dispose`,
      body(c, { disposal: 'revoke', decisionRef: '衢民撤〔2026〕1号', basis: '《社会团体登记管理条例》第三十条' }),
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('OUT_OF_DECISION_SCOPE');
    expect((await kc.get('/api/dormant-campaigns')).json().items.map((x: { id: number }) => x.id)).toEqual([
      campaign.id,
    ]);
  });

  it('revocation goes through the register: status, public announcement, listed on the campaign', async () => {
    const c = candidates[0]!;
    const res = await kc.post(
      `${base()}/candidates/${c.id}/dispose`,
      body(c, { disposal: 'revoke', decisionRef: '柯民撤〔2026〕1号', basis: '《社会团体登记管理条例》第三十条' }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      disposal: 'revoke',
      disposedOn: '2026-03-02',
      decisionRef: '柯民撤〔2026〕1号',
    });
    expect((await t.services.orgsQuery.facts(c.orgId))!.status).toBe('revoked');
    const ann = (await t.client().get('/api/public/announcements')).json().items;
    expect(ann).toContainEqual(
      expect.objectContaining({ kind: 'revoked', orgName: c.orgName, publishedOn: '2026-03-02' }),
    );
    const events = await t.db.selectFrom('outboxEvents').select('name').where('name', '=', 'org_revoked').execute();
    expect(events).toHaveLength(1);
    const detail: TDormantCampaignDetail = (await kc.get(base())).json();
    expect(detail.revocations).toEqual([
      {
        candidateId: c.id,
        orgId: c.orgId,
        orgName: c.orgName,
        uscc: c.uscc,
        disposedOn: '2026-03-02',
        decisionRef: '柯民撤〔2026〕1号',
      },
    ]);
    // Final: a stale version is refused, and so is a second disposal on the new version.
    const again = await kc.post(
      `${base()}/candidates/${c.id}/dispose`,
      body(c, { disposal: 'rectify', evidence: [1] }),
    );
    expect(again.statusCode).toBe(409);
    const fresh = (await candidatePage(kc, 'disposal=revoke')).items[0]!;
    const final = await kc.post(
      `${base()}/candidates/${c.id}/dispose`,
      body(fresh, { disposal: 'deregister', decisionRef: 'x', basis: 'y' }),
    );
    expect(final.statusCode).toBe(409);
  });

  it('rectification needs evidence, which is attached to the candidate', async () => {
    const c = candidates[1]!;
    const none = await kc.post(`${base()}/candidates/${c.id}/dispose`, body(c, { disposal: 'rectify' }));
    expect(none.statusCode).toBe(400);
    const file = (await upload(kc, DORMANT_EVIDENCE_PURPOSE, '整改报告.pdf', samples.pdf)).json();
    const res = await kc.post(
      `${base()}/candidates/${c.id}/dispose`,
      body(c, { disposal: 'rectify', evidence: [file.id] }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().evidence).toEqual([file.id]);
    const f = await t.db
      .selectFrom('files')
      .select(['ownerType', 'ownerId'])
      .where('id', '=', file.id)
      .executeTakeFirst();
    expect(f).toEqual({ ownerType: 'dormant_candidate', ownerId: String(c.id) });
    // The city reads the evidence of a campaign in its subtree; another county does not.
    expect((await (await t.client().as('qz-clerk')).get(`/api/files/${file.id}`)).statusCode).toBe(200);
    expect((await (await t.client().as('qz-qj-clerk')).get(`/api/files/${file.id}`)).statusCode).toBe(404);
  });

  it('counts, completion rate, filters and keyset paging', async () => {
    let detail: TDormantCampaignDetail = (await kc.get(base())).json();
    expect(detail.counts).toEqual({
      listed: 3,
      disposed: 2,
      byDisposal: { deregister: 0, revoke: 1, rectify: 1, reactivate: 0 },
      completionRate: '66.67',
    });
    expect((await candidatePage(kc, 'disposal=pending')).items.map((c) => c.id)).toEqual([candidates[2]!.id]);
    expect((await candidatePage(kc, 'signal=annual_missed')).items).toHaveLength(3);
    expect((await candidatePage(kc, 'signal=unreachable')).items).toHaveLength(0);
    const p1 = await candidatePage(kc, 'limit=2');
    const p2 = await candidatePage(kc, `limit=2&cursor=${p1.nextCursor}`);
    expect([...p1.items, ...p2.items].map((c) => c.id)).toEqual(candidates.map((c) => c.id));
    expect(p2.nextCursor).toBeNull();
    // 注销 of an organization still registered goes through the register's deregistration.
    const c = candidates[2]!;
    const res = await kc.post(
      `${base()}/candidates/${c.id}/dispose`,
      body(c, { disposal: 'deregister', decisionRef: '柯民注〔2026〕3号', basis: '《社会团体登记管理条例》第十九条' }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect((await t.services.orgsQuery.facts(c.orgId))!.status).toBe('deregistered');
    detail = (await kc.get(base())).json();
    expect(detail.counts.completionRate).toBe('100.00');
    expect(detail.counts.disposed).toBe(3);
  });

  it('a rectified candidate may change to another disposal without counting twice; closing ends disposals', async () => {
    const c = (await candidatePage(kc, 'disposal=rectify')).items[0]!;
    const res = await kc.post(
      `${base()}/candidates/${c.id}/dispose`,
      body(c, { disposal: 'reactivate', evidence: [] }),
    );
    expect(res.statusCode).toBe(400);
    const file = (await upload(kc, DORMANT_EVIDENCE_PURPOSE, '恢复活动材料.pdf', samples.pdf)).json();
    const changed = await kc.post(
      `${base()}/candidates/${c.id}/dispose`,
      body(c, { disposal: 'reactivate', evidence: [file.id] }),
    );
    expect(changed.statusCode, changed.body).toBe(200);
    const counts = (await kc.get(base())).json().counts;
    expect(counts).toMatchObject({ disposed: 3, byDisposal: { rectify: 0, reactivate: 1 } });
    const version = (await kc.get(base())).json().version;
    expect((await kc.post(`${base()}/close`, { version: version + 1 })).statusCode).toBe(409);
    const closed = await kc.post(`${base()}/close`, { version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2026-03-02', canManage: false });
    const after = await kc.post(
      `${base()}/candidates/${c.id}/dispose`,
      body(c, { disposal: 'revoke', decisionRef: '柯民撤〔2026〕2号', basis: '第三十条' }),
    );
    expect(after.statusCode).toBe(409);
    const audits = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', 'in', ['dormant_disposed', 'dormant_campaign_closed'])
      .execute();
    expect(audits.map((a) => a.action).sort()).toEqual([
      'dormant_campaign_closed',
      'dormant_disposed',
      'dormant_disposed',
      'dormant_disposed',
      'dormant_disposed',
    ]);
  });
});
