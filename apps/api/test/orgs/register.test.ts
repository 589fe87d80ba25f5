import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { completeUscc } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { unitIdByName } from '../support/fixtures';
import { orgFields, usccFor } from '../support/orgs';

let t: TestApp;
let clerk: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
});
afterAll(() => t.close());

const create = (over: Record<string, unknown> = {}) =>
  clerk.post('/api/orgs', { ...orgFields(), uscc: usccFor('social_group', '500235'), ...over });

describe(`the register: entering organizations (${ENGINE})`, () => {
  it('enters a registered organization with masked personal data and a public timeline', async () => {
    const res = await create({ name: '云阳县建筑行业协会' });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({
      name: '云阳县建筑行业协会',
      type: 'social_group',
      level: 'county',
      authorityRegionCode: '500235',
      authorityName: '云阳县民政局',
      regionName: '重庆市云阳县双江街道',
      categoryName: '行业协会商会',
      status: 'registered',
      legalRepIdMasked: '500***********1239',
      legalRepPhoneMasked: '138****5678',
      supervisorUnitName: null,
    });
    expect(JSON.stringify(org)).not.toContain('500235199001011239');
    const events = (await clerk.get(`/api/orgs/${org.id}/events`)).json();
    expect(events.map((e: { kind: string; public: boolean }) => [e.kind, e.public])).toEqual([
      ['recorded', false],
      ['registered', true],
    ]);
    const enc = await sql<{
      enc: string;
    }>`select legal_rep_id_enc as enc from organizations where id = ${org.id}`.execute(t.db);
    expect(enc.rows[0]!.enc).toMatch(/^sm4:1:/);
  });

  it('answers credit-code problems on the uscc field: format, type digit, another bureau, duplicate', async () => {
    const malformed = await create({ uscc: '51500235MJ00001' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().fields.uscc).toBe('统一社会信用代码应为18位，当前为15位');
    const foundation = await create({ uscc: usccFor('foundation', '500235') });
    expect(foundation.json().fields.uscc).toContain('第2位机构类别应为1（社会团体）');
    const other = await create({ uscc: usccFor('social_group', '3308') });
    expect(other.json().fields.uscc).toContain('应为登记管理机关的500235');
    const code = usccFor('social_group', '500235');
    expect((await create({ uscc: code })).statusCode).toBe(201);
    const dup = await create({ uscc: code });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fields).toEqual({ uscc: '该统一社会信用代码已在登记库中' });
    const badCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect((await create({ uscc: badCheck })).json().fields.uscc).toMatch(/^第18位（校验码）应为/);
  });

  it('keeps names unique among active organizations of one bureau, and answers every field at once', async () => {
    expect((await create({ name: '云阳县餐饮行业协会' })).statusCode).toBe(201);
    const dup = await create({ name: '云阳县餐饮行业协会' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fields.name).toBe('同一登记管理机关已有正常存续的同名社会组织');
    const many = await create({
      foundedOn: '2099-01-01',
      regionCode: '500236',
      categoryCode: 'culture',
      supervisorUnitId: null,
    });
    expect(many.statusCode).toBe(400);
    expect(Object.keys(many.json().fields).sort()).toEqual(['foundedOn', 'regionCode', 'supervisorUnitId']);
  });

  it('needs a supervising unit except for categories that register directly', async () => {
    const edu = await unitIdByName(t.db, '云阳县教育委员会');
    expect((await create({ categoryCode: 'education', supervisorUnitId: edu })).statusCode).toBe(201);
    const direct = await create({ categoryCode: 'industry_association', supervisorUnitId: edu });
    expect(direct.json().fields.supervisorUnitId).toBe('行业协会商会直接登记，无需业务主管单位');
    const police = await unitIdByName(t.db, '云阳县公安局');
    expect((await create({ categoryCode: 'education', supervisorUnitId: police })).json().fields.supervisorUnitId).toBe(
      '业务主管单位不存在或已停用',
    );
  });

  it('corrects fields with a version check; the timeline lists each change, personal data masked', async () => {
    const org = (await create({ name: '云阳县旅游行业协会' })).json();
    const res = await clerk.put(`/api/orgs/${org.id}`, {
      address: '重庆市云阳县青龙街道1号',
      legalRepIdNumber: '11010519491231002X',
      version: org.version,
      basis: '住所门牌号录入有误',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().legalRepIdMasked).toBe('110***********002X');
    const stale = await clerk.put(`/api/orgs/${org.id}`, {
      address: 'x 街道 2 号',
      version: org.version,
      basis: '再次更正',
    });
    expect(stale.statusCode).toBe(409);
    const corrected = (await clerk.get(`/api/orgs/${org.id}/events`)).json()[0];
    expect(corrected).toMatchObject({ kind: 'corrected', public: false, basis: '住所门牌号录入有误' });
    expect(corrected.changes).toContainEqual({ field: 'legalRepIdNumber', before: '***', after: '***' });
    expect(corrected.changes).toContainEqual({
      field: 'address',
      before: '重庆市云阳县双江街道滨江大道1号',
      after: '重庆市云阳县青龙街道1号',
    });
    const audit = (
      await (await t.client().as('yy-admin')).get(`/api/audit-logs?entity=organization&entityId=${org.id}`)
    ).json().items;
    expect(JSON.stringify(audit)).not.toContain('11010519491231002X');
  });

  it('revokes once, with a public event, an announcement and a domain event; the name becomes free', async () => {
    const org = (await create({ name: '云阳县撤销测试协会' })).json();
    const res = await clerk.post(`/api/orgs/${org.id}/revoke`, {
      basis: '《社会团体登记管理条例》第三十条',
      decisionRef: '云民罚〔2026〕3号',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'revoked',
      statusReason: '《社会团体登记管理条例》第三十条（云民罚〔2026〕3号）',
    });
    expect(
      (
        await clerk.post(`/api/orgs/${org.id}/revoke`, {
          basis: '《社会团体登记管理条例》第三十条',
          decisionRef: '云民罚〔2026〕4号',
        })
      ).statusCode,
    ).toBe(409);
    const ann = await t.db.selectFrom('announcements').selectAll().where('orgId', '=', org.id).execute();
    expect(ann.map((a) => a.title)).toEqual(['云阳县民政局撤销登记公告']);
    const outbox = await t.db.selectFrom('outboxEvents').select(['name']).where('name', '=', 'org_revoked').execute();
    expect(outbox).toHaveLength(1);
    expect((await create({ name: '云阳县撤销测试协会' })).statusCode).toBe(201);
  });

  it('answers the public credit-code check with positions and parsed parts', async () => {
    const anon = t.client();
    const ok = (await anon.get(`/api/public/uscc/${usccFor('foundation', '500235')}`)).json();
    expect(ok).toMatchObject({
      valid: true,
      errors: [],
      parsed: { department: '5', category: '3', regionCode: '500235' },
    });
    const bad = (await anon.get('/api/public/uscc/91350100M000100Y44')).json();
    expect(bad.errors).toEqual([{ position: 18, message: '第18位（校验码）应为3，当前为4' }]);
    const retired = (await anon.get(`/api/public/uscc/${completeUscc('52500234MJ000020')}`)).json();
    expect(retired.valid).toBe(true);
    expect(retired.warnings[0].position).toBe(3);
  });
});

describe(`domain categories per region (${ENGINE})`, () => {
  it('lets a county override whether a category registers directly, and the rule follows at once', async () => {
    const national = (await t.client().get('/api/org-categories')).json();
    expect(national.find((c: { code: string }) => c.code === 'culture')).toMatchObject({
      directRegistration: false,
      definedIn: '100000',
    });
    const admin = await t.client().as('yy-admin');
    const denied = await clerk.put('/api/org-categories/500235/culture', {
      name: '文化类',
      directRegistration: true,
      active: true,
      sort: 30,
      version: null,
    });
    expect(denied.statusCode).toBe(403);
    const outside = await admin.put('/api/org-categories/3308/culture', {
      name: '文化类',
      directRegistration: true,
      active: true,
      sort: 30,
      version: null,
    });
    expect(outside.statusCode).toBe(404);
    const ok = await admin.put('/api/org-categories/500235/culture', {
      name: '文化类',
      directRegistration: true,
      active: true,
      sort: 30,
      version: null,
    });
    expect(ok.json()).toMatchObject({ code: 'culture', directRegistration: true, definedIn: '500235' });
    expect((await create({ categoryCode: 'culture', supervisorUnitId: null })).statusCode).toBe(201);
    const elsewhere = (await t.client().get('/api/org-categories?regionCode=3308')).json();
    expect(elsewhere.find((c: { code: string }) => c.code === 'culture').directRegistration).toBe(false);
    const added = await admin.put('/api/org-categories/500235/rural_tourism', {
      name: '乡村旅游类',
      directRegistration: false,
      active: true,
      sort: 200,
      version: null,
    });
    expect(added.statusCode).toBe(200);
    expect(
      (await t.client().get('/api/org-categories?regionCode=500235001')).json().map((c: { code: string }) => c.code),
    ).toContain('rural_tourism');
  });
});
