import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app';
import { ENGINE } from '../../support/database';
import { multipart } from '../../files/multipart';
import { samples } from '../../files/samples';
import { CONTENT, fileComplaint, publicClient, registeredOrg } from './complaints-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2026-05-04T02:00:00.000Z');
});
afterAll(() => t.close());

const PHONE = '13912345678';
const uploadAs = (c: ReturnType<typeof publicClient>, filename: string, content: Buffer) => {
  const { body, contentType } = multipart([{ name: 'file', file: { filename, content } }]);
  return c.request('POST', '/api/public/complaint-attachments', body, { 'content-type': contentType });
};

describe(`public complaint filing (${ENGINE})`, () => {
  it('refuses an incomplete complaint field by field', async () => {
    const c = publicClient(t);
    const none = await fileComplaint(c, { content: '太短' });
    expect(none.statusCode).toBe(400);
    expect(none.json().fields).toMatchObject({
      content: expect.stringContaining('10个字'),
      orgName: expect.any(String),
      regionCode: expect.any(String),
    });
    const unknown = await fileComplaint(c, { orgUscc: '51500235MJP000000X' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields.orgUscc).toContain('未找到');
    const phone = await fileComplaint(c, { orgName: '某某协会', regionCode: '500235001', contactPhone: '12' });
    expect(phone.json().fields.contactPhone).toBeTruthy();
    expect(await t.db.selectFrom('complaints').select('id').execute()).toEqual([]);
  });

  it('files about a registered organization: tracking number, code, event, contact encrypted', async () => {
    const org = await registeredOrg(t);
    const c = publicClient(t);
    const res = await fileComplaint(c, { orgUscc: org.uscc, contactName: '张三', contactPhone: PHONE });
    expect(res.statusCode, res.body).toBe(201);
    const filed = res.json();
    expect(filed).toMatchObject({ receivedOn: '2026-05-04', authorityName: '云阳县民政局' });
    expect(filed.trackingNo).toMatch(/^TS2026\d{8}$/);
    expect(filed.lookupCode).toMatch(/^[A-Z2-9]{8}$/);
    const row = await t.db
      .selectFrom('complaints')
      .selectAll()
      .where('trackingNo', '=', filed.trackingNo)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ orgId: org.id, authorityRegionCode: '500235', status: 'received' });
    expect(row.contactPhoneEnc).toMatch(/^sm4:1:/);
    expect(JSON.stringify(row)).not.toContain(PHONE);
    expect(JSON.stringify(row)).not.toContain(filed.lookupCode);
    const events = await t.db.selectFrom('outboxEvents').selectAll().where('name', '=', 'complaint_received').execute();
    expect(events).toHaveLength(1);
    const audit = await t.db.selectFrom('auditLog').selectAll().where('entity', '=', 'complaint').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(PHONE);

    const status = await c.get(`/api/public/complaints/${filed.trackingNo}?code=${filed.lookupCode.toLowerCase()}`);
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toEqual({
      trackingNo: filed.trackingNo,
      receivedOn: '2026-05-04',
      orgName: row.orgName,
      status: 'received',
      authorityName: '云阳县民政局',
      reply: null,
      repliedOn: null,
      caseStatus: null,
      caseClosedOn: null,
      substantiated: null,
    });
    expect(status.body).not.toContain(PHONE);
    expect(status.body).not.toContain('张三');
  });

  it('refuses the lookup with a wrong code exactly like an unknown number', async () => {
    const c = publicClient(t);
    const filed = (await fileComplaint(c, { orgName: '云阳县某某国学院', regionCode: '500235001' })).json();
    expect(filed.authorityName).toBe('云阳县民政局');
    const wrong = await c.get(`/api/public/complaints/${filed.trackingNo}?code=AAAAAAAA`);
    const unknown = await c.get(`/api/public/complaints/TS202600000000?code=${filed.lookupCode}`);
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.json().message).toBe(unknown.json().message);
    const missing = await c.get(`/api/public/complaints/${filed.trackingNo}`);
    expect(missing.statusCode).toBe(400);
    // An unregistered organization: no event for credit (it has no record there).
    const events = await t.db
      .selectFrom('outboxEvents')
      .select('id')
      .where('name', '=', 'complaint_received')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('takes attachments only of allowed types and only with their upload token', async () => {
    const c = publicClient(t);
    const exe = await uploadAs(c, 'photo.jpg', samples.exe);
    expect(exe.statusCode).toBe(415);
    const up = await uploadAs(c, '收费凭证.pdf', samples.pdf);
    expect(up.statusCode, up.body).toBe(201);
    const file = up.json();
    const base = { orgName: '某某商会', regionCode: '500235' };
    const stolen = await fileComplaint(publicClient(t), {
      ...base,
      attachments: [{ fileId: file.fileId, token: 'x'.repeat(32) }],
    });
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json().fields['attachments.0']).toBeTruthy();
    const ok = await fileComplaint(c, { ...base, attachments: [{ fileId: file.fileId, token: file.token }] });
    expect(ok.statusCode, ok.body).toBe(201);
    const again = await fileComplaint(c, { ...base, attachments: [{ fileId: file.fileId, token: file.token }] });
    expect(again.statusCode).toBe(400);

    // Staff of the bureau read it; the public and a neighbouring bureau do not.
    const clerk = await t.client().as('yy-clerk');
    const id = (await clerk.get(`/api/complaints?q=${ok.json().trackingNo}`)).json().items[0].id;
    const detail = (await clerk.get(`/api/complaints/${id}`)).json();
    expect(detail.attachments).toEqual([expect.objectContaining({ id: file.fileId, mime: 'application/pdf' })]);
    expect((await clerk.get(`/api/files/${file.fileId}/content`)).statusCode).toBe(200);
    expect((await c.get(`/api/files/${file.fileId}/content`)).statusCode).toBe(401);
    const other = await t.client().as('qz-clerk');
    expect((await other.get(`/api/files/${file.fileId}/content`)).statusCode).toBe(404);
  });
});

describe(`rate limits (${ENGINE})`, () => {
  it('answers 429 after 5 complaints from one address in 10 minutes; another address still files', async () => {
    const c = publicClient(t);
    const body = { orgName: '某某协会', regionCode: '500235001', content: CONTENT };
    for (let i = 0; i < 5; i++) expect((await fileComplaint(c, body)).statusCode).toBe(201);
    const limited = await fileComplaint(c, body);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    expect((await fileComplaint(publicClient(t), body)).statusCode).toBe(201);
  });
});
