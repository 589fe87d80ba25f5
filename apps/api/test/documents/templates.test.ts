import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDocumentTemplate } from '@shezu/contracts';
import { sm3 } from '../../src/platform/crypto';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { insertUser } from '../support/fixtures';
import { pdfText } from './pdf-text';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await insertUser(t.db, { username: 'kc-admin', roles: ['system_admin'], regionCode: '330802' });
});
afterAll(() => t.close());

const noticeFields = { addressee: '云阳县青少年体育协会', content: '经查，你单位未按期报送年度报告。' };
const editOf = (tpl: TDocumentTemplate, title: string) => ({
  name: tpl.name,
  fields: tpl.fields,
  layout: { ...tpl.layout, title },
});

async function currentNotice(username: string, authority?: string) {
  const c = await t.client().as(username);
  const q = authority ? `?authorityRegionCode=${authority}` : '';
  const items: (TDocumentTemplate & { inherited: boolean })[] = (await c.get(`/api/document-templates${q}`)).json()
    .items;
  return items.find((i) => i.kind === 'notice')!;
}

const count = async (table: 'documents' | 'documentCounters') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`document templates per authority, versioned (${ENGINE})`, () => {
  it('every authority starts from the national defaults (annual conclusion from 0015, enforcement notices from 0017–0020)', async () => {
    const c = await t.client().as('yy-admin');
    const items = (await c.get('/api/document-templates')).json().items;
    expect(items.map((i: { kind: string }) => i.kind)).toEqual([
      'annual_conclusion',
      'ban_decision',
      'hearing_notice',
      'letter',
      'notice',
      'penalty_decision',
      'penalty_prior_notice',
      'rectification_order',
      'registration_certificate',
      'reminder_letter',
      'spot_check_notice',
      'talk_notice',
    ]);
    expect(items.every((i: { inherited: boolean; version: number }) => i.inherited && i.version === 1)).toBe(true);
  });

  it('an edit is a new version of the authority own line; issued documents keep the version they used', async () => {
    const clerk = await t.client().as('yy-clerk');
    const before = (await clerk.post('/api/documents', { kind: 'notice', fields: noticeFields })).json();
    const beforePdf = (await clerk.get(`/api/documents/${before.id}/pdf`)).rawPayload;

    const admin = await t.client().as('yy-admin');
    const base = await currentNotice('yy-admin');
    const saved = await admin.put(`/api/document-templates/${base.id}`, editOf(base, '{noticeTitle}（云阳县）'));
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      authorityRegionCode: '500235',
      kind: 'notice',
      version: 1,
      basedOnId: base.id,
    });
    const v1 = saved.json();

    const after = (await clerk.post('/api/documents', { kind: 'notice', fields: noticeFields })).json();
    expect(after).toMatchObject({ templateId: v1.id, templateVersion: 1, title: '责令改正通知书（云阳县）' });
    const stale = await admin.put(`/api/document-templates/${base.id}`, editOf(base, '{noticeTitle}'));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const v2 = (await admin.put(`/api/document-templates/${v1.id}`, editOf(v1, '{noticeTitle}（第二版）'))).json();
    expect(v2).toMatchObject({ version: 2, basedOnId: v1.id });

    const old = (await clerk.get(`/api/documents/${before.id}`)).json();
    expect(old).toMatchObject({ templateId: base.id, templateVersion: 1, title: '责令改正通知书' });
    const oldPdf = (await clerk.get(`/api/documents/${before.id}/pdf`)).rawPayload;
    expect(oldPdf.equals(beforePdf)).toBe(true);
    expect(sm3(oldPdf)).toBe(old.checksum);
    expect((await pdfText(oldPdf)).text).not.toContain('（云阳县）');
    const versions = (await admin.get(`/api/document-templates/${v2.id}/versions`)).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(await currentNotice('yy-admin')).toMatchObject({ id: v2.id, inherited: false });
    // Other authorities still use the national default.
    expect(await currentNotice('qz-admin')).toMatchObject({ id: base.id, inherited: true });
  });

  it('two administrators saving the same version at once: one wins, the other is told to refresh', async () => {
    await insertUser(t.db, { username: 'cs-admin', roles: ['system_admin'], regionCode: '330822' });
    const [a, b] = [await t.client().as('cs-admin'), await t.client().as('cs-admin')];
    const base = await currentNotice('cs-admin');
    const results = await Promise.all([
      a.put(`/api/document-templates/${base.id}`, editOf(base, '{noticeTitle}（甲）')),
      b.put(`/api/document-templates/${base.id}`, editOf(base, '{noticeTitle}（乙）')),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('STALE_VERSION');
    expect(await currentNotice('cs-admin')).toMatchObject({ version: 1, inherited: false });
  });

  it('refuses unknown placeholders and stray braces, naming the place', async () => {
    const admin = await t.client().as('qz-admin');
    const base = await currentNotice('qz-admin');
    const res = await admin.put(`/api/document-templates/${base.id}`, {
      ...editOf(base, '关于{orgNmae}的通知'),
      layout: { ...base.layout, title: '关于{orgNmae}的通知', body: ['{content}', '坏的{括号'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      'layout.title': '未定义的占位符：{orgNmae}',
      'layout.body.1': '花括号只能用于占位符，如 {orgName}',
    });
    const badShape = await admin.put(`/api/document-templates/${base.id}`, { name: 'x', fields: [], layout: {} });
    expect(badShape.statusCode).toBe(400);
  });

  it("only the authority's own administrators edit its templates", async () => {
    const kc = await t.client().as('kc-admin');
    const base = await currentNotice('kc-admin');
    const own = await kc.put(`/api/document-templates/${base.id}`, editOf(base, '{noticeTitle}（柯城区）'));
    expect(own.statusCode).toBe(200);
    const city = await t.client().as('qz-admin');
    expect((await city.get(`/api/document-templates/${own.json().id}`)).statusCode).toBe(200);
    const overCounty = await city.put(`/api/document-templates/${own.json().id}`, editOf(base, '{noticeTitle}'));
    expect(overCounty.json().code).toBe('OUT_OF_DECISION_SCOPE');
    const forCounty = await city.put(`/api/document-templates/${base.id}`, {
      ...editOf(base, '{noticeTitle}'),
      authorityRegionCode: '330803',
    });
    expect(forCounty.json().code).toBe('OUT_OF_DECISION_SCOPE');
    const yy = await t.client().as('yy-admin');
    expect((await yy.get(`/api/document-templates/${own.json().id}`)).statusCode).toBe(404);
    const clerk = await t.client().as('qz-kc-clerk');
    expect((await clerk.put(`/api/document-templates/${base.id}`, editOf(base, 'x'))).json().code).toBe('FORBIDDEN');
  });

  it('a preview renders sample values into a watermarked PDF and takes no number', async () => {
    const [documents, counters] = [await count('documents'), await count('documentCounters')];
    const admin = await t.client().as('yy-admin');
    const cert = (await admin.get('/api/document-templates'))
      .json()
      .items.find((i: { kind: string }) => i.kind === 'registration_certificate');
    const res = await admin.post(`/api/document-templates/${cert.id}/preview`, { fields: { orgName: '预览测试协会' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfText(res.rawPayload);
    for (const s of ['预览测试协会', '云民登〔2026〕×号', '样稿', '3万元']) expect(text).toContain(s);
    const bad = await admin.post(`/api/document-templates/${cert.id}/preview`, { fields: { validFrom: '2026-13-01' } });
    expect(bad.statusCode).toBe(400);
    expect([await count('documents'), await count('documentCounters')]).toEqual([documents, counters]);
  });
});
