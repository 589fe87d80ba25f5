import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';

let t: TestApp;
let qjNotice: { id: number; verifyCode: string };

const letter = { addressee: '衢江区教育局', subject: '年度检查', content: '请协助开展年度检查。' };

beforeAll(async () => {
  t = await startTestApp();
  const qj = await t.client().as('qz-qj-clerk');
  const res = await qj.post('/api/documents', { kind: 'letter', fields: letter, linkedTo: { type: 'case', id: '1' } });
  expect(res.statusCode).toBe(201);
  qjNotice = res.json();
});
afterAll(() => t.close());

describe(`who may issue and read documents (${ENGINE})`, () => {
  it("a city clerk reads a county's documents but cannot issue in the county's name", async () => {
    const city = await t.client().as('qz-clerk');
    expect((await city.get(`/api/documents/${qjNotice.id}`)).statusCode).toBe(200);
    const res = await city.post('/api/documents', { kind: 'letter', authorityRegionCode: '330803', fields: letter });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('OUT_OF_DECISION_SCOPE');
    const own = await city.post('/api/documents', { kind: 'letter', fields: letter });
    expect(own.statusCode).toBe(201);
    expect(own.json().number).toBe('衢民函〔2026〕1号');
    expect(own.json().issuer).toBe('衢州市民政局');
    // 衢江区 and 衢州市 share the stem 衢 but not the counter: each authority numbers its own.
    expect(own.json().authorityRegionCode).toBe('3308');
    const revoke = await city.post(`/api/documents/${qjNotice.id}/revoke`, { reason: '越级撤销' });
    expect(revoke.json().code).toBe('OUT_OF_DECISION_SCOPE');
  });

  it("a county clerk can neither read nor download nor find another county's documents", async () => {
    const kc = await t.client().as('qz-kc-clerk');
    for (const url of [`/api/documents/${qjNotice.id}`, `/api/documents/${qjNotice.id}/pdf`]) {
      const res = await kc.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    expect((await kc.get('/api/documents?linkedType=case&linkedId=1')).json().items).toEqual([]);
    const issueThere = await kc.post('/api/documents', {
      kind: 'letter',
      authorityRegionCode: '330803',
      fields: letter,
    });
    expect(issueThere.statusCode).toBe(404);
    const city = await t.client().as('qz-clerk');
    const cityList = (await city.get('/api/documents?linkedType=case&linkedId=1')).json().items;
    expect(cityList.map((d: { id: number }) => d.id)).toEqual([qjNotice.id]);
  });

  it('roles without the permission are refused; anonymous users must sign in (except to verify)', async () => {
    for (const username of ['yy-supervisor', 'yy-township', 'qz-inspector']) {
      const c = await t.client().as(username);
      expect((await c.get('/api/documents')).json().code, username).toBe('FORBIDDEN');
      expect((await c.post('/api/documents', { kind: 'letter', fields: letter })).statusCode, username).toBe(403);
    }
    // An organization account reads only documents issued to its own organization (its certificate), issues none.
    const org = await t.client().as('yy-org');
    expect((await org.get('/api/documents')).json().items).toEqual([]);
    expect((await org.get(`/api/documents/${qjNotice.id}`)).statusCode).toBe(404);
    expect((await org.post('/api/documents', { kind: 'letter', fields: letter })).statusCode).toBe(403);
    const admin = await t.client().as('qz-admin');
    expect((await admin.get(`/api/documents/${qjNotice.id}`)).statusCode).toBe(200);
    expect((await admin.post('/api/documents', { kind: 'letter', fields: letter })).json().code).toBe('FORBIDDEN');
    const anonymous = t.client();
    expect((await anonymous.get(`/api/documents/${qjNotice.id}/pdf`)).statusCode).toBe(401);
    expect((await anonymous.post('/api/documents', { kind: 'letter', fields: letter })).statusCode).toBe(401);
    expect((await anonymous.get(`/api/public/documents/${qjNotice.verifyCode}`)).statusCode).toBe(200);
  });
});
