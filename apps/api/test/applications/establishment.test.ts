import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TApplicationDetail } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { unitIdByName } from '../support/fixtures';
import { founder, foundingData, ok } from '../support/applications';
import { usccFor } from '../support/orgs';
import { pdfText } from '../documents/pdf-text';

let t: TestApp;
let clerk: TestClient;
let supervisor: TestClient;
let edu: number;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
  supervisor = await t.client().as('yy-supervisor');
  edu = await unitIdByName(t.db, '云阳县教育委员会');
});
afterAll(() => t.close());

const act = (c: TestClient, a: TApplicationDetail, action: string, body: object = {}) =>
  ok(c.post(`/api/applications/${a.id}/${action}`, { version: a.version, ...body }));

async function draft(c: TestClient, data: Record<string, unknown>, kind = 'establishment') {
  return ok(c.post('/api/applications', { kind, data, attachments: [] }), 201);
}

describe(`establishment: supervising unit, then the authority; approval fills the register (${ENGINE})`, () => {
  it('registers the organization, issues its certificate and makes the founder its account', async () => {
    const me = await founder(t, 'founder-a');
    const name = '云阳县青少年课外教育服务中心';
    let a = await draft(me, foundingData({ name, categoryCode: 'education', supervisorUnitId: edu }));
    expect(a).toMatchObject({ status: 'draft', orgName: name, allowedActions: ['edit', 'submit', 'withdraw'] });
    expect(a.data.legalRepIdNumber).toBe('500***********1239');
    expect(a.data.legalRepPhone).toBe('138****5678');
    const stored = await t.db
      .selectFrom('applications')
      .select('data')
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.data)).not.toContain('500235199001011239');

    a = await act(me, a, 'submit');
    expect(a).toMatchObject({ status: 'submitted', step: 'supervisor', dueDate: '2026-03-30', dueEstimated: false });
    // The clerk reads it but cannot decide before the unit has reviewed it.
    expect((await clerk.get(`/api/applications/${a.id}`)).json().allowedActions).toEqual([]);
    const early = await clerk.post(`/api/applications/${a.id}/approve`, { version: a.version, uscc: 'x' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('该申请正在业务主管单位审查，不能批准');
    const todo = (await supervisor.get('/api/todos?kind=application_review')).json().items;
    expect(todo).toContainEqual(
      expect.objectContaining({ dueDate: '2026-03-30', link: `/applications/${a.id}`, assignee: 'unit' }),
    );

    a = await act(supervisor, a, 'supervisor-approve', { comment: '同意成立' });
    expect(a).toMatchObject({ step: 'authority', dueDate: '2026-03-30' });
    expect((await supervisor.get('/api/todos?kind=application_review')).json().items).toEqual([]);
    expect((await clerk.get('/api/todos?kind=application_review')).json().items).toHaveLength(1);

    const noCode = await clerk.post(`/api/applications/${a.id}/approve`, { version: a.version });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json().fields).toEqual({ uscc: '请填写赋予该组织的统一社会信用代码' });
    const wrongType = await clerk.post(`/api/applications/${a.id}/approve`, {
      version: a.version,
      uscc: usccFor('social_group', '500235'),
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().fields.uscc).toContain('第2位机构类别应为2');
    const uscc = usccFor('service_institution', '500235');
    a = await act(clerk, a, 'approve', { uscc, comment: '准予成立登记' });
    expect(a).toMatchObject({ status: 'approved', step: null, allowedActions: [] });
    expect(a.orgId).toEqual(expect.any(Number));
    expect(a.certificateDocumentId).toEqual(expect.any(Number));
    expect(a.history.map((h) => h.action)).toEqual(['created', 'submitted', 'supervisor_approved', 'approved']);
    expect((await clerk.get('/api/todos?kind=application_review')).json().items).toEqual([]);

    // The register: the organization, its public timeline, the announcement and the domain event.
    const org = (await clerk.get(`/api/orgs/${a.orgId}`)).json();
    expect(org).toMatchObject({
      name,
      uscc,
      status: 'registered',
      foundedOn: '2026-03-02',
      certificateValidUntil: '2031-03-01',
      supervisorUnitName: '云阳县教育委员会',
      legalRepIdMasked: '500***********1239',
    });
    const events = (await clerk.get(`/api/orgs/${a.orgId}/events`)).json();
    expect(events.map((e: { kind: string; public: boolean }) => [e.kind, e.public])).toEqual([
      ['certificate_issued', true],
      ['registered', true],
    ]);
    const ann = await t.db.selectFrom('announcements').select(['kind', 'title']).where('orgId', '=', a.orgId).execute();
    expect(ann).toEqual([{ kind: 'registered', title: '云阳县民政局成立登记公告' }]);
    const published = await t.db
      .selectFrom('outboxEvents')
      .select('payload')
      .where('name', '=', 'org_registered')
      .execute();
    const payloads = published.map((p) => (typeof p.payload === 'string' ? JSON.parse(p.payload) : p.payload));
    expect(payloads).toContainEqual(expect.objectContaining({ orgId: a.orgId, uscc, applicationId: a.id }));

    // The certificate: numbered, linked to the organization, its PDF readable.
    const doc = (await clerk.get(`/api/documents/${a.certificateDocumentId}`)).json();
    expect(doc).toMatchObject({
      kind: 'registration_certificate',
      title: '民办非企业单位登记证书',
      number: '云民登〔2026〕1号',
      linkedType: 'organization',
      linkedId: String(a.orgId),
      orgId: a.orgId,
    });
    const pdf = await clerk.get(`/api/documents/${a.certificateDocumentId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const { text } = await pdfText(pdf.rawPayload);
    for (const s of [name, uscc, '云民登〔2026〕1号', '2031年3月1日', '云阳县教育委员会']) expect(text).toContain(s);

    // One account throughout: the founder's is now the organization's, on its next request.
    const after = (await me.get('/api/me')).json();
    expect(after).toMatchObject({ roles: ['org_account'], orgId: a.orgId, regionCode: '500235001' });
    expect((await me.get(`/api/orgs/${a.orgId}`)).json().name).toBe(name);
    expect((await me.get(`/api/documents/${a.certificateDocumentId}/pdf`)).statusCode).toBe(200);
    expect((await me.get(`/api/applications/${a.id}`)).statusCode).toBe(200);
  });

  it('sends a directly registered category straight to the authority; the unit never sees it', async () => {
    const me = await founder(t, 'founder-b');
    let a = await draft(me, foundingData({ categoryCode: 'social_service' }));
    a = await act(me, a, 'submit');
    expect(a).toMatchObject({ step: 'authority', directRegistration: true, supervisorUnitId: null });
    expect(a.history.at(-1)).toMatchObject({
      action: 'submitted',
      comment: '直接登记（或无业务主管单位），径送登记管理机关审批',
    });
    expect((await supervisor.get(`/api/applications/${a.id}`)).statusCode).toBe(404);
    expect((await supervisor.get('/api/applications')).json().items.map((x: { id: number }) => x.id)).not.toContain(
      a.id,
    );
    const withUnit = await draft(me, foundingData({ categoryCode: 'social_service', supervisorUnitId: edu }));
    const refused = await me.post(`/api/applications/${withUnit.id}/submit`, { version: withUnit.version });
    expect(refused.json().fields).toEqual({ 'data.supervisorUnitId': '社会服务类直接登记，无需业务主管单位' });
  });

  it('offers founders the supervising units of the bureau and the levels above it', async () => {
    const me = await founder(t, 'founder-u');
    const names = async (c: TestClient, code: string) =>
      (await c.get(`/api/supervisor-units?authorityRegionCode=${code}`)).json().map((u: { name: string }) => u.name);
    expect(await names(me, '500235')).toEqual(['云阳县教育委员会', '云阳县文化和旅游发展委员会']);
    expect(await names(me, '330802')).toEqual(['衢州市科学技术局', '衢州市文化广电旅游局']);
    expect((await clerk.get('/api/supervisor-units?authorityRegionCode=500235')).statusCode).toBe(403);
  });

  it('answers the minimums field by field, with the regulation named', async () => {
    const me = await founder(t, 'founder-c');
    await ok(
      (await t.client().as('yy-admin')).put('/api/registration-settings/500235', {
        preparationRequired: false,
        supervisorDays: 20,
        authorityDays: 20,
        signUpApproval: false,
        version: null,
      }),
    );
    const group = await draft(
      me,
      foundingData({
        type: 'social_group',
        categoryCode: 'industry_association',
        memberCount: 40,
        unitMemberCount: 0,
        registeredFundsFen: 2_000_000,
      }),
    );
    const res = await me.post(`/api/applications/${group.id}/submit`, { version: group.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      'data.memberCount': '个人会员应不少于50个，当前40个（《社会团体登记管理条例》第十条）',
      'data.registeredFundsFen': '地方性社会团体的活动资金应不少于3万元，当前2万元（《社会团体登记管理条例》第十条）',
    });
    const fdn = await draft(
      me,
      foundingData({ type: 'foundation', categoryCode: 'charity', registeredFundsFen: 150_000_000 }),
    );
    const f = await me.post(`/api/applications/${fdn.id}/submit`, { version: fdn.version });
    expect(f.json().fields).toEqual({
      'data.registeredFundsFen': '非公募基金会的原始基金应不少于200万元，当前150万元（《基金会管理条例》第八条）',
    });
    const incomplete = await draft(me, { name: '云阳县未填完协会', type: 'social_group' });
    const missing = (await me.post(`/api/applications/${incomplete.id}/submit`, { version: 1 })).json().fields;
    expect(missing['data.address']).toBe('请填写此项');
    expect(missing['data.categoryCode']).toBe('请填写此项');
    // Nothing moved: all three are still drafts.
    for (const id of [group.id, fdn.id, incomplete.id])
      expect((await me.get(`/api/applications/${id}`)).json().status).toBe('draft');
    await ok(
      (await t.client().as('yy-admin')).put('/api/registration-settings/500235', {
        preparationRequired: true,
        supervisorDays: 20,
        authorityDays: 20,
        signUpApproval: false,
        version: 1,
      }),
    );
  });
});

describe(`a social group: preparation first, establishment within six months (${ENGINE})`, () => {
  it('requires the approved preparation, counts the window with the clock, and uses it once', async () => {
    const me = await founder(t, 'founder-d');
    const group = {
      type: 'social_group',
      categoryCode: 'industry_association',
      name: '云阳县电子商务协会',
      memberCount: 60,
      unitMemberCount: 0,
      registeredFundsFen: 5_000_000,
    };
    let prep = await draft(me, foundingData(group), 'preparation');
    prep = await act(me, prep, 'submit');
    prep = await act(clerk, prep, 'approve', { comment: '准予筹备' });
    expect(prep).toMatchObject({ status: 'approved', orgId: null, establishmentDeadline: '2026-09-02' });

    let est = await draft(me, foundingData(group));
    const without = await me.post(`/api/applications/${est.id}/submit`, { version: est.version });
    expect(without.json().fields).toEqual({ 'data.preparationId': '社会团体须先经批准筹备，请选择已批准的筹备申请' });
    est = await ok(
      me.put(`/api/applications/${est.id}`, {
        kind: 'establishment',
        version: est.version,
        data: { ...foundingData(group), preparationId: prep.id },
        attachments: [],
      }),
    );
    try {
      // Sessions end when the clock jumps months ahead: log in again after each jump.
      t.clock.set('2026-09-02T15:59:00.000Z'); // 2026-09-02 23:59 in China: the last day
      await me.as('founder-d');
      const lateCheck = await me.post(`/api/applications/${est.id}/submit`, { version: est.version });
      expect(lateCheck.statusCode, lateCheck.body).toBe(200);
      est = lateCheck.json();
      est = await act(me, est, 'withdraw');
      let again = await draft(me, { ...foundingData(group), preparationId: prep.id });
      t.clock.set('2026-09-02T16:00:00.000Z'); // 2026-09-03 in China
      await me.as('founder-d');
      const late = await me.post(`/api/applications/${again.id}/submit`, { version: again.version });
      expect(late.json().fields['data.preparationId']).toBe(
        '筹备已于2026-03-02获批，应在2026-09-02前申请成立登记，现已超过6个月，请重新申请筹备（《社会团体登记管理条例》第十四条）',
      );
      t.clock.set('2026-09-01T02:00:00.000Z');
      await me.as('founder-d');
      again = await act(me, again, 'submit');
      const twice = await draft(me, { ...foundingData(group), preparationId: prep.id });
      const used = await me.post(`/api/applications/${twice.id}/submit`, { version: twice.version });
      expect(used.json().fields['data.preparationId']).toBe('该筹备已用于另一项成立登记申请');
      const other = await founder(t, 'founder-e');
      const foreign = await draft(other, { ...foundingData(group), preparationId: prep.id });
      const notMine = await other.post(`/api/applications/${foreign.id}/submit`, { version: foreign.version });
      expect(notMine.json().fields['data.preparationId']).toBe('未找到您的该项筹备申请');
    } finally {
      t.clock.set('2026-03-02T01:00:00.000Z');
    }
  });

  it('follows the region switch: without the step, preparation is refused and establishment needs none', async () => {
    const admin = await t.client().as('yy-admin');
    const current = (await admin.get('/api/registration-settings/500235')).json();
    expect(current).toMatchObject({ preparationRequired: true, definedIn: '500235' });
    await ok(admin.put('/api/registration-settings/500235', { ...pick(current), preparationRequired: false }));
    try {
      const me = await founder(t, 'founder-f');
      const group = foundingData({ type: 'social_group', categoryCode: 'industry_association', memberCount: 55 });
      const prep = await draft(me, group, 'preparation');
      const refused = await me.post(`/api/applications/${prep.id}/submit`, { version: prep.version });
      expect(refused.json().fields).toEqual({ 'data.type': '本地已取消社会团体筹备环节，请直接申请成立登记' });
      const est = await draft(me, group);
      expect((await act(me, est, 'submit')).step).toBe('authority');
    } finally {
      const now = (await admin.get('/api/registration-settings/500235')).json();
      await ok(admin.put('/api/registration-settings/500235', { ...pick(now), preparationRequired: true }));
    }
    // Another region is untouched; only its own administrators may change it.
    expect((await admin.get('/api/registration-settings/3308')).json()).toMatchObject({ definedIn: 'default' });
    const outside = await admin.put('/api/registration-settings/3308', { ...pick(current), version: null });
    expect(outside.statusCode).toBe(404);
    expect((await clerk.put('/api/registration-settings/500235', pick(current))).statusCode).toBe(403);
  });
});

function pick(s: Record<string, unknown>) {
  const { preparationRequired, supervisorDays, authorityDays, signUpApproval, version } = s;
  return { preparationRequired, supervisorDays, authorityDays, signUpApproval, version };
}
