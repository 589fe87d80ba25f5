import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { fileComplaint, publicClient, registeredOrg } from './complaints-helpers';

let t: TestApp;
let clerk: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2026-05-04T02:00:00.000Z');
  clerk = await t.client().as('yy-clerk');
});
afterAll(() => t.close());

async function filed(body: Record<string, unknown>) {
  const res = await fileComplaint(publicClient(t), body);
  expect(res.statusCode, res.body).toBe(201);
  const { trackingNo, lookupCode } = res.json();
  const row = await t.db
    .selectFrom('complaints')
    .select('id')
    .where('trackingNo', '=', trackingNo)
    .executeTakeFirstOrThrow();
  return { id: row.id, trackingNo, lookupCode };
}

describe(`complaint triage (${ENGINE})`, () => {
  it('lists with filters and keyset paging, and shows the contact to the bureau only', async () => {
    const org = await registeredOrg(t);
    const a = await filed({ orgUscc: org.uscc, contactName: '李四', contactPhone: '13800001111' });
    const b = await filed({ orgName: '云阳县某某研究院', regionCode: '500235001' });
    const first = (await clerk.get('/api/complaints?limit=1')).json();
    expect(first.items.map((i: { id: number }) => i.id)).toEqual([b.id]);
    const second = (await clerk.get(`/api/complaints?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((i: { id: number }) => i.id)).toEqual([a.id]);
    const registered = (await clerk.get('/api/complaints?registered=true')).json().items;
    expect(registered.map((i: { id: number }) => i.id)).toContain(a.id);
    expect(registered.map((i: { id: number }) => i.id)).not.toContain(b.id);
    const detail = (await clerk.get(`/api/complaints/${a.id}`)).json();
    expect(detail).toMatchObject({
      contactName: '李四',
      contactPhone: '13800001111',
      orgId: org.id,
      status: 'received',
    });
    // The supervising unit's staff, the organization and the public do not read the bureau's queue.
    const org2 = await t.client().as('yy-org');
    expect((await org2.get('/api/complaints')).statusCode).toBe(403);
    expect((await t.client().get('/api/complaints')).statusCode).toBe(401);
  });

  it('replies: closes the complaint, audited, the complainant reads the reply without staff names', async () => {
    const c = await filed({ orgName: '某某国学堂', regionCode: '500235001' });
    const version = (await clerk.get(`/api/complaints/${c.id}`)).json().version;
    const short = await clerk.post(`/api/complaints/${c.id}/reply`, { reply: '好', version });
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.reply).toBeTruthy();
    const reply = '经核查，该机构未在我局登记，已移交非法社会组织线索处置，感谢您的反映。';
    const ok = await clerk.post(`/api/complaints/${c.id}/reply`, { reply, version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'replied', reply, repliedOn: '2026-05-04' });
    const twice = await clerk.post(`/api/complaints/${c.id}/reply`, { reply, version: ok.json().version });
    expect(twice.statusCode).toBe(409);
    const stale = await clerk.post(`/api/complaints/${c.id}/reply`, { reply, version });
    expect(stale.statusCode).toBe(409);
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'complaint')
      .where('action', '=', 'reply')
      .execute();
    expect(audit).toHaveLength(1);
    const pub = await publicClient(t).get(`/api/public/complaints/${c.trackingNo}?code=${c.lookupCode}`);
    expect(pub.json()).toMatchObject({ status: 'replied', reply, repliedOn: '2026-05-04' });
    expect(pub.body).not.toContain('登记员');
  });

  it('denies a neighbouring county, and lets the city read but not decide', async () => {
    const org = await registeredOrg(t, '330803');
    const c = await filed({ orgUscc: org.uscc, contactName: '王五', contactPhone: '13600003333' });
    const own = await t.client().as('qz-qj-clerk');
    const neighbour = await t.client().as('qz-kc-clerk');
    const city = await t.client().as('qz-clerk');
    expect((await own.get(`/api/complaints/${c.id}`)).statusCode).toBe(200);
    expect((await neighbour.get(`/api/complaints/${c.id}`)).statusCode).toBe(404);
    expect((await neighbour.get('/api/complaints')).json().items).toEqual([]);
    const body = { reply: '已受理，正在核查处理中。', version: 1 };
    expect((await neighbour.post(`/api/complaints/${c.id}/reply`, body)).statusCode).toBe(404);
    const read = await city.get(`/api/complaints/${c.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ contactName: '王**', contactPhone: '136****3333' });
    expect((await own.get(`/api/complaints/${c.id}`)).json().contactPhone).toBe('13600003333');
    const cityReply = await city.post(`/api/complaints/${c.id}/reply`, body);
    expect(cityReply.statusCode).toBe(403);
    expect(cityReply.json().code).toBe('OUT_OF_DECISION_SCOPE');
    const caseOpen = await neighbour.post(`/api/complaints/${c.id}/open-case`, { title: '乱收费', version: 1 });
    expect(caseOpen.statusCode).toBe(404);
    const supervisor = await t.client().as('yy-supervisor');
    expect((await supervisor.post(`/api/complaints/${c.id}/reply`, body)).statusCode).toBe(403);
    const row = await t.db.selectFrom('complaints').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('received');
  });

  it('opens a coordinated case once; the complaint and the public lookup show where the case stands', async () => {
    const org = await registeredOrg(t);
    const c = await filed({ orgUscc: org.uscc, contactPhone: '13700002222' });
    const res = await clerk.post(`/api/complaints/${c.id}/open-case`, { title: '强制收取赞助费', version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    const caseId = res.json().caseId;
    expect(res.json()).toMatchObject({ status: 'case_opened', caseId: expect.any(Number), caseStatus: 'open' });
    const kase = await clerk.get(`/api/supervision-cases/${caseId}`);
    expect(kase.statusCode, kase.body).toBe(200);
    expect(kase.json()).toMatchObject({ orgId: org.id, source: 'complaint', sourceRef: `complaint:${c.id}` });
    const again = await clerk.post(`/api/complaints/${c.id}/open-case`, { title: '强制收取赞助费', version: 2 });
    expect(again.statusCode).toBe(409);
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('entity', '=', 'complaint')
      .where('entityId', '=', String(c.id))
      .execute();
    expect(audit.map((a) => a.action)).toContain('open_case');
    const pub = await publicClient(t).get(`/api/public/complaints/${c.trackingNo}?code=${c.lookupCode}`);
    expect(pub.json()).toMatchObject({ status: 'case_opened', caseStatus: 'open', caseClosedOn: null });
    expect(pub.body).not.toContain('13700002222');
    expect(pub.json()).not.toHaveProperty('caseId'); // the public sees where it stands, not the file
  });

  it('refuses to open a case about an unregistered organization', async () => {
    const c = await filed({ orgName: '某某联合会', regionCode: '500235' });
    const res = await clerk.post(`/api/complaints/${c.id}/open-case`, { title: '非法开展活动', version: 1 });
    expect(res.statusCode).toBe(409);
  });
});
