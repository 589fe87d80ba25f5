import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_EVIDENCE_PURPOSE } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { upload } from '../files/multipart';
import { samples } from '../files/samples';
import { chinaNoon, listingsOf, newOrg, orgWithAccount, publish, ref } from './lists-helpers';

let t: TestApp;
let clerk: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(chinaNoon('2026-05-04'));
  clerk = await t.client().as('yy-clerk');
});
afterAll(() => t.close());

const overdue = async (orgId: number) =>
  publish(t, 'annual_report_overdue', { ...(await ref(t, orgId)), year: 2025, deadline: '2026-03-31' });

describe(`manual listing with ground and evidence (${ENGINE})`, () => {
  it('refuses event grounds and grounds of the other list; lists no_party_org with uploaded evidence', async () => {
    const orgId = await newOrg(t);
    const base = { orgId, list: 'abnormal', occurredOn: '2026-04-30', detail: '经核查未按规定设立党组织' };
    const auto = await clerk.post('/api/credit-listings', { ...base, ground: 'minor_penalty' });
    expect(auto.statusCode).toBe(400);
    expect(auto.json().fields.ground).toContain('自动列入');
    const wrong = await clerk.post('/api/credit-listings', { ...base, ground: 'court_dishonest' });
    expect(wrong.json().fields.ground).toContain('不属于所选名录');
    const missing = await clerk.post('/api/credit-listings', { ...base, ground: 'no_party_org', evidence: [999999] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields.evidence).toBeTruthy();
    expect(await listingsOf(t, orgId)).toEqual([]); // nothing half-written

    const file = (await upload(clerk, CREDIT_EVIDENCE_PURPOSE, '核查记录.pdf', samples.pdf)).json();
    const ok = await clerk.post('/api/credit-listings', { ...base, ground: 'no_party_org', evidence: [file.id] });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      list: 'abnormal',
      status: 'active',
      listedOn: '2026-05-04',
      authorityName: '云阳县民政局',
      decidedByName: expect.any(String),
      grounds: [
        {
          ground: 'no_party_org',
          item: 2,
          source: 'manual',
          evidence: [file.id],
          basis: expect.stringContaining('民政部令第60号'),
        },
      ],
      requests: [],
    });
  });

  it('unreachable needs two unsigned registered letters 20–60 days apart', async () => {
    const orgId = await newOrg(t);
    const letter = (sentOn: string, trackingNo: string, signed = false) =>
      clerk.post('/api/credit-letters', { orgId, sentOn, trackingNo, signed });
    const body = {
      orgId,
      list: 'abnormal',
      ground: 'unreachable',
      occurredOn: '2026-05-01',
      detail: '两次邮寄无人签收',
    };
    expect((await letter('2026-03-01', 'EMS001')).statusCode).toBe(201);
    expect((await letter('2026-03-15', 'EMS002')).statusCode).toBe(201); // 14 days: too close
    expect((await letter('2026-03-15', 'EMS002')).statusCode).toBe(409);
    expect((await letter('2026-04-01', 'EMS003', true)).statusCode).toBe(201); // signed: does not count
    const early = await clerk.post('/api/credit-listings', body);
    expect(early.statusCode).toBe(400);
    expect(early.json().fields.ground).toContain('20至60日');
    expect((await letter('2026-04-20', 'EMS004')).statusCode).toBe(201); // 50 days after the first
    const ok = await clerk.post('/api/credit-listings', body);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().grounds.map((g: { ground: string }) => g.ground)).toEqual(['unreachable']);
  });
});

describe(`scope (${ENGINE})`, () => {
  it('neighbour county 404, city clerk reads but 403 on decisions, own county decides; org accounts see their own only', async () => {
    const kc = await newOrg(t, '330802');
    await overdue(kc);
    const [l] = await listingsOf(t, kc);
    const ground = (
      await t.db
        .selectFrom('creditListingGrounds')
        .select('id')
        .where('listingId', '=', l!.id)
        .executeTakeFirstOrThrow()
    ).id;
    const fulfil = { groundId: ground, fulfilledOn: '2026-05-03' };

    const neighbour = await t.client().as('qz-qj-clerk');
    expect((await neighbour.get(`/api/credit-listings/${l!.id}`)).statusCode).toBe(404);
    expect((await neighbour.post(`/api/credit-listings/${l!.id}/fulfil`, fulfil)).statusCode).toBe(404);
    expect(
      (await neighbour.get('/api/credit-listings?limit=200')).json().items.map((x: { id: number }) => x.id),
    ).not.toContain(l!.id);
    const city = await t.client().as('qz-clerk');
    expect((await city.get(`/api/credit-listings/${l!.id}`)).statusCode).toBe(200);
    const denied = await city.post(`/api/credit-listings/${l!.id}/fulfil`, fulfil);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('OUT_OF_DECISION_SCOPE');
    const own = await t.client().as('qz-kc-clerk');
    const done = await own.post(`/api/credit-listings/${l!.id}/fulfil`, fulfil);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().grounds[0].fulfilledOn).toBe('2026-05-03');

    const { account } = await orgWithAccount(t);
    expect((await account.get(`/api/credit-listings/${l!.id}`)).statusCode).toBe(404);
    const other = await account.post('/api/credit-requests', { listingId: l!.id, kind: 'removal', reason: '已补报' });
    expect(other.statusCode).toBe(404);
    expect((await account.get('/api/credit-listings')).json().items).toEqual([]);
  });
});

describe(`requests: removal, objection, repair (${ENGINE})`, () => {
  it('removal: filed by the org, approved by the clerk; the listing leaves today and the to-do closes', async () => {
    const { orgId, account } = await orgWithAccount(t);
    await overdue(orgId);
    const [l] = await listingsOf(t, orgId);
    const orgTodo = () =>
      t.db
        .selectFrom('todos')
        .select(['orgId', 'link', 'doneAt'])
        .where('sourceKey', '=', `credit-listing:${l!.id}`)
        .executeTakeFirstOrThrow();
    expect(await orgTodo()).toMatchObject({ orgId, link: '/my-credit', doneAt: null });
    const filed = await account.post('/api/credit-requests', {
      listingId: l!.id,
      kind: 'removal',
      reason: '已补报2025年度工作报告',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(
      (await account.post('/api/credit-requests', { listingId: l!.id, kind: 'removal', reason: '再次' })).statusCode,
    ).toBe(409);
    expect(
      (await account.post('/api/credit-requests', { listingId: l!.id, kind: 'repair', reason: '修复' })).statusCode,
    ).toBe(409);
    const queue = (await clerk.get('/api/credit-requests?status=submitted')).json().items;
    expect(queue.map((r: { id: number }) => r.id)).toContain(filed.json().id);

    const approved = await clerk.post(`/api/credit-requests/${filed.json().id}/approve`, { reason: '经查实已补报' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      decisionReason: '经查实已补报',
      decidedByName: expect.any(String),
    });
    const detail = (await clerk.get(`/api/credit-listings/${l!.id}`)).json();
    expect(detail).toMatchObject({ status: 'removed', removalReason: 'application', removedOn: '2026-05-04' });
    expect(detail.grounds[0].fulfilledOn).toBe('2026-05-04');
    expect((await orgTodo()).doneAt).not.toBeNull();
    const todo = await t.db
      .selectFrom('todos')
      .select('doneAt')
      .where('sourceKey', '=', `credit-request:${filed.json().id}`)
      .executeTakeFirstOrThrow();
    expect(todo.doneAt).not.toBeNull();
    const again = await clerk.post(`/api/credit-requests/${filed.json().id}/reject`, { reason: '重复' });
    expect(again.statusCode).toBe(409);
  });

  it('objection upheld annuls the listing (the public no longer sees it); a rejected one keeps it', async () => {
    const { orgId, account } = await orgWithAccount(t);
    await overdue(orgId);
    const [l] = await listingsOf(t, orgId);
    const first = await account.post('/api/credit-requests', {
      listingId: l!.id,
      kind: 'objection',
      reason: '已按期报送，有回执',
    });
    const rejected = await clerk.post(`/api/credit-requests/${first.json().id}/reject`, {
      reason: '回执日期晚于截止日',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: '回执日期晚于截止日' });
    expect((await listingsOf(t, orgId))[0]!.status).toBe('active');
    const second = await account.post('/api/credit-requests', {
      listingId: l!.id,
      kind: 'objection',
      reason: '补充邮寄凭证',
    });
    expect(second.statusCode).toBe(201);
    expect((await clerk.post(`/api/credit-requests/${second.json().id}/verify`, {})).statusCode).toBe(409);
    const upheld = await clerk.post(`/api/credit-requests/${second.json().id}/approve`, {
      reason: '邮寄凭证证明按期报送',
    });
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect((await listingsOf(t, orgId))[0]).toMatchObject({ status: 'annulled', removalReason: 'objection_upheld' });
    const o = (await t.services.orgsQuery.facts(orgId))!;
    expect((await t.client().get(`/api/public/orgs/${o.uscc}/credit`)).json().listings).toEqual([]);
  });

  it('repair of a dishonest listing before 2 full years is refused; removal of a warning-only listing too', async () => {
    const { orgId, account } = await orgWithAccount(t);
    await publish(t, 'penalty_decided', {
      ...(await ref(t, orgId)),
      penaltyId: 5,
      decisionNumber: '云民罚〔2026〕5号',
      kinds: ['fine', 'warning'],
      fineFen: 30_000,
      confiscatedFen: null,
      decidedOn: '2026-05-01',
      decidedBy: null,
    });
    await publish(t, 'penalty_decided', {
      ...(await ref(t, orgId)),
      penaltyId: 6,
      decisionNumber: '云民罚〔2026〕6号',
      kinds: ['warning'],
      fineFen: null,
      confiscatedFen: null,
      decidedOn: '2026-05-02',
      decidedBy: null,
    });
    const [abnormal, dishonest] = await listingsOf(t, orgId);
    expect(dishonest!.grounds).toEqual(['repeated_penalties']);
    const repair = await account.post('/api/credit-requests', {
      listingId: dishonest!.id,
      kind: 'repair',
      reason: '已整改',
    });
    expect(repair.statusCode).toBe(409);
    expect(repair.json().message).toContain('2028-05-04');
    const removal = await account.post('/api/credit-requests', {
      listingId: abnormal!.id,
      kind: 'removal',
      reason: '已整改',
    });
    expect(removal.statusCode).toBe(409);
    expect(removal.json().message).toContain('自动移出');
  });
});

describe(`public lists and the organization's history (${ENGINE})`, () => {
  it('pages a region by region code, then newest first, without losing or repeating an entry', async () => {
    const towns = await t.db
      .selectFrom('regions')
      .select('code')
      .where('parentCode', '=', '500235')
      .orderBy('code')
      .limit(2)
      .execute();
    expect(towns).toHaveLength(2);
    // Interleaved, so that newest-first alone would mix the two townships.
    for (let i = 0; i < 2; i++)
      for (const town of towns) await overdue(await newOrg(t, '500235', { regionCode: town.code }));
    const anon = t.client();
    const all = (await anon.get('/api/public/credit-listings?list=abnormal&region=500235&limit=200')).json().items as {
      id: number;
      regionCode: string;
    }[];
    const key = (x: { id: number; regionCode: string }) => [x.regionCode, x.id] as const;
    const sorted = [...all].sort((a, b) =>
      a.regionCode === b.regionCode ? b.id - a.id : a.regionCode < b.regionCode ? 1 : -1,
    );
    expect(all.map(key)).toEqual(sorted.map(key));
    expect(new Set(all.map((x) => x.regionCode)).size).toBeGreaterThanOrEqual(2);
    const paged: number[] = [];
    let cursor: string | null = null;
    do {
      const res = (
        await anon.get(
          `/api/public/credit-listings?list=abnormal&region=500235&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json() as { items: { id: number }[]; nextCursor: string | null };
      paged.push(...res.items.map((x) => x.id));
      cursor = res.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.map((x) => x.id));
  });

  it('shows active entries with ground, dates and authority, without staff names or evidence; history keeps removals', async () => {
    const orgId = await newOrg(t);
    await overdue(orgId);
    const [l] = await listingsOf(t, orgId);
    const anon = t.client();
    const page = (await anon.get('/api/public/credit-listings?list=abnormal&region=500235&limit=200')).json();
    const entry = page.items.find((x: { id: number }) => x.id === l!.id);
    expect(entry).toMatchObject({
      list: 'abnormal',
      listedOn: '2026-05-04',
      authorityName: '云阳县民政局',
      regionName: expect.stringContaining('云阳县'),
      grounds: [
        { ground: 'annual_report', item: 1, label: expect.stringContaining('年度工作报告'), occurredOn: '2026-04-01' },
      ],
    });
    expect(entry).not.toHaveProperty('decidedByName');
    expect(entry.grounds[0]).not.toHaveProperty('evidence');
    expect(
      (await anon.get('/api/public/credit-listings?region=330802&limit=200'))
        .json()
        .items.map((x: { id: number }) => x.id),
    ).not.toContain(l!.id);

    const o0 = (await t.services.orgsQuery.facts(orgId))!;
    const byCode = (await anon.get(`/api/public/credit-listings?q=${o0.uscc!.toLowerCase()}`)).json();
    expect(byCode.items.map((x: { id: number }) => x.id)).toEqual([l!.id]);
    const byName = (await anon.get(`/api/public/credit-listings?q=${encodeURIComponent(o0.name.slice(3))}`)).json();
    expect(byName.items.map((x: { id: number }) => x.id)).toEqual([l!.id]);

    const small = (await anon.get('/api/public/credit-listings?limit=1')).json();
    expect(small.items).toHaveLength(1);
    const next = (await anon.get(`/api/public/credit-listings?limit=1&cursor=${small.nextCursor}`)).json();
    expect(next.items[0].id).toBeLessThan(small.items[0].id);

    const removed = await clerk.post(`/api/credit-listings/${l!.id}/remove`, {
      reason: 'application',
      basis: '已补报并经查实',
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(
      (await anon.get('/api/public/credit-listings?limit=200')).json().items.map((x: { id: number }) => x.id),
    ).not.toContain(l!.id);
    const o = (await t.services.orgsQuery.facts(orgId))!;
    const history = (await anon.get(`/api/public/orgs/${o.uscc}/credit`)).json();
    expect(history.listings).toMatchObject([
      { id: l!.id, status: 'removed', removedOn: '2026-05-04', removalReason: 'application' },
    ]);
    expect((await anon.get('/api/public/orgs/91110000000000000X/credit')).statusCode).toBe(404);
  });
});

describe(`verification across a year without holiday data (${ENGINE})`, () => {
  it('still answers removeBy as a weekday estimate and names the missing year', async () => {
    t.clock.set(chinaNoon('2026-12-28'));
    const { orgId, account } = await orgWithAccount(t);
    await overdue(orgId);
    const [l] = await listingsOf(t, orgId);
    const filed = await account.post('/api/credit-requests', { listingId: l!.id, kind: 'removal', reason: '已补报' });
    expect(filed.statusCode, filed.body).toBe(201);
    const staff = await t.client().as('yy-clerk');
    const v = await staff.post(`/api/credit-requests/${filed.json().id}/verify`, {});
    expect(v.statusCode, v.body).toBe(200);
    // Mon 28 Dec 2026 + 5 weekdays (2027 has no notice on record yet) → Mon 4 Jan 2027.
    expect(v.json()).toMatchObject({ verifiedOn: '2026-12-28', removeBy: '2027-01-04', calendarMissingYears: [2027] });
  });
});
