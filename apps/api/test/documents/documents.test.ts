import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import { sm3 } from '../../src/platform/crypto';
import type { IssuedDocument } from '../../src/platform/documents/documents.service';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { embeddedFonts, hasImage, pdfText, zipEntry } from './pdf-text';

let t: TestApp;
let certificate: IssuedDocument;
const BASE = 'https://shezu.example.gov.cn';

const certificateFields = {
  orgName: '云阳县青少年体育协会',
  uscc: '51500235MJ0000000X',
  legalRepresentative: '张明远',
  domicile: '重庆市云阳县双江街道滨江大道88号',
  businessScope: '组织开展青少年体育训练、竞赛和交流活动。',
  registeredFunds: 3_000_000,
  supervisor: '云阳县教育委员会',
  validFrom: '2026-03-02',
  validUntil: '2031-03-01',
};

beforeAll(async () => {
  t = await startTestApp({ env: { PUBLIC_BASE_URL: `${BASE}/` } });
  // As the registration module will: inside its approval, linked to the organization.
  certificate = await t.services.documents.issue(null, {
    kind: 'registration_certificate',
    authorityRegionCode: '500235',
    fields: certificateFields,
    linkedTo: { type: 'organization', id: '42' },
    orgId: 42,
    actor: { ...SYSTEM_ACTOR, name: '登记审批' },
  });
});
afterAll(() => t.close());

describe(`issued documents (${ENGINE})`, () => {
  it('a registration certificate: numbered, its PDF holds the Chinese text in an embedded font subset', async () => {
    expect(certificate).toMatchObject({
      number: '云民登〔2026〕1号',
      issuer: '云阳县民政局',
      title: '社会团体法人登记证书',
      templateVersion: 1,
      issueDate: '2026-03-02',
      linkedType: 'organization',
      linkedId: '42',
    });
    const clerk = await t.client().as('yy-clerk');
    const res = await clerk.get(`/api/documents/${certificate.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent('云民登〔2026〕1号.pdf')}`,
    );
    const pdf = res.rawPayload;
    expect(sm3(pdf)).toBe(certificate.checksum);
    expect(pdf.length).toBeLessThan(1024 * 1024);
    const { text } = await pdfText(pdf);
    for (const s of [
      '云阳县青少年体育协会',
      '云民登〔2026〕1号',
      '云阳县民政局',
      '51500235MJ0000000X',
      '3万元',
      '2026年3月2日',
    ]) {
      expect(text).toContain(s);
    }
    expect(embeddedFonts(pdf).filter((f) => /^[A-Z]{6}\+NotoSerifSC-/.test(f)).length).toBeGreaterThanOrEqual(2);
    expect(hasImage(pdf)).toBe(true);
  });

  it('the DOCX opens as a zip whose word/document.xml holds the text', async () => {
    const res = await (await t.client().as('yy-clerk')).get(`/api/documents/${certificate.id}/docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const xml = zipEntry(res.rawPayload, 'word/document.xml')!.toString('utf8');
    expect(xml).toContain('云阳县青少年体育协会');
    expect(xml).toContain('云民登〔2026〕1号');
  });

  it('the QR code links to the public verification page, which tells number, issuer, date and checksum only', async () => {
    expect(certificate.verifyCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(certificate.verifyUrl).toBe(`${BASE}/verify/${certificate.verifyCode}`);
    const anonymous = t.client();
    const res = await anonymous.get(`/api/public/documents/${certificate.verifyCode}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      number: '云民登〔2026〕1号',
      kind: 'registration_certificate',
      title: '社会团体法人登记证书',
      issuer: '云阳县民政局',
      issuedAt: '2026-03-02T01:00:00.000Z',
      issueDate: '2026-03-02',
      checksum: certificate.checksum,
      revoked: false,
      revokedAt: null,
    });
    for (const personal of ['张明远', '滨江大道', '51500235MJ0000000X', 'verifyUrl', 'fields']) {
      expect(res.body).not.toContain(personal);
    }
    expect((await anonymous.get('/api/public/documents/AAAAAAAAAAAAAAAAAAAAAA')).json().code).toBe('NOT_FOUND');
    expect((await anonymous.get('/api/public/documents/AAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(404);
    expect((await anonymous.get('/api/public/documents/%E4%B8%AD')).statusCode).toBe(400);
  });

  it('lists the documents linked to a record', async () => {
    const clerk = await t.client().as('yy-clerk');
    const res = await clerk.get('/api/documents?linkedType=organization&linkedId=42');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((d: { id: number }) => d.id)).toEqual([certificate.id]);
    expect(res.json().items[0]).not.toHaveProperty('pdfRef');
    expect((await clerk.get('/api/documents?linkedType=organization&linkedId=43')).json().items).toEqual([]);
  });

  it('a clerk issues a notice by hand; it is audited in the same transaction and can be revoked', async () => {
    const clerk = await t.client().as('yy-clerk');
    const res = await clerk.post('/api/documents', {
      kind: 'notice',
      fields: {
        addressee: '云阳县青少年体育协会',
        content: '经查，你单位未按规定报送年度工作报告。',
        deadline: '2026-04-30',
      },
      linkedTo: { type: 'case', id: '9' },
    });
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({
      number: '云民通〔2026〕1号',
      title: '责令改正通知书',
      issuedByName: expect.any(String),
    });
    const { text } = await pdfText((await clerk.get(`/api/documents/${doc.id}/pdf`)).rawPayload);
    expect(text).toContain('请你单位于2026年4月30日前完成改正');
    expect(text).toContain('云阳县青少年体育协会：');

    const audit = await t.db
      .selectFrom('auditLog')
      .select(['action', 'summary', 'regionCode'])
      .where('entity', '=', 'document')
      .where('entityId', '=', String(doc.id))
      .execute();
    expect(audit).toEqual([{ action: 'issue', summary: '云民通〔2026〕1号 责令改正通知书', regionCode: '500235' }]);

    expect((await clerk.post(`/api/documents/${doc.id}/revoke`, { reason: '' })).statusCode).toBe(400);
    const revoked = await clerk.post(`/api/documents/${doc.id}/revoke`, { reason: '送达对象有误，重新制发' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).toBe('2026-03-02T01:00:00.000Z');
    expect((await clerk.post(`/api/documents/${doc.id}/revoke`, { reason: '再次撤销' })).statusCode).toBe(409);
    const pub = (await t.client().get(`/api/public/documents/${doc.verifyCode}`)).json();
    expect(pub).toMatchObject({ revoked: true, revokedAt: '2026-03-02T01:00:00.000Z' });
    expect(await t.services.audit.verify()).toMatchObject({ ok: true });
  });

  it('refuses what a user can get wrong with a 400, never a 500', async () => {
    const clerk = await t.client().as('yy-clerk');
    const certificateByHand = await clerk.post('/api/documents', { kind: 'registration_certificate', fields: {} });
    expect(certificateByHand.statusCode).toBe(400);
    const unknownField = await clerk.post('/api/documents', {
      kind: 'letter',
      fields: { addressee: 'x', subject: 'y', content: 'z', secret: 1 },
    });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().fields).toEqual({ 'fields.secret': '模板中没有该字段' });
    const township = await clerk.post('/api/documents', {
      kind: 'letter',
      authorityRegionCode: '500235001',
      fields: { addressee: 'x', subject: 'y', content: 'z' },
    });
    expect(township.statusCode).toBe(400);
    expect((await clerk.get('/api/documents/999999')).statusCode).toBe(404);
    expect((await clerk.get('/api/documents?cursor=garbage')).statusCode).toBe(400);
    expect((await clerk.get('/api/documents/100000000000000000000/pdf')).statusCode).toBe(400);
    const huge = Buffer.from(JSON.stringify(1e21)).toString('base64url');
    expect((await clerk.get(`/api/documents?cursor=${huge}`)).statusCode).toBe(400);
  });
});
