import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TApplicationDetail } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { unitIdByName } from '../support/fixtures';
import { founder, ok, orgAccount } from '../support/applications';
import { orgFields, seedOrgs } from '../support/orgs';
import { upload } from '../files/multipart';
import { samples } from '../files/samples';

let t: TestApp;
let clerk: TestClient;
let supervisor: TestClient;
let direct: number;
let sponsored: number;
let org: TestClient;
let org2: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
  supervisor = await t.client().as('yy-supervisor');
  const edu = await unitIdByName(t.db, '云阳县教育委员会');
  [direct, sponsored] = (await seedOrgs(t, [
    { fields: orgFields({ name: '云阳县餐饮行业协会', registeredFundsFen: 5_000_000 }) },
    { fields: orgFields({ name: '云阳县青少年教育促进会', categoryCode: 'education', supervisorUnitId: edu }) },
  ])) as [number, number];
  org = await orgAccount(t, 'yy-org-direct', direct, '500235001');
  org2 = await orgAccount(t, 'yy-org-sponsored', sponsored, '500235001');
});
afterAll(() => t.close());

const act = (c: TestClient, a: TApplicationDetail, action: string, body: object = {}) =>
  ok(c.post(`/api/applications/${a.id}/${action}`, { version: a.version, ...body }));
const create = (c: TestClient, kind: string, orgId: number, data: object, attachments: object[] = []) =>
  c.post('/api/applications', { kind, orgId, data, attachments });
const outbox = async (name: string) =>
  (await t.db.selectFrom('outboxEvents').select('payload').where('name', '=', name).execute()).map((p) =>
    typeof p.payload === 'string' ? JSON.parse(p.payload) : p.payload,
  );

describe(`change of registration (${ENGINE})`, () => {
  it('applies the approved fields through the register: timeline, announcement, event', async () => {
    const founderOnly = await founder(t, 'founder-x');
    expect((await create(founderOnly, 'change', direct, { reason: '更名' })).statusCode).toBe(403);
    expect((await create(org, 'change', sponsored, { reason: '更名' })).statusCode).toBe(403);

    let a = await ok<TApplicationDetail>(
      create(org, 'change', direct, {
        name: '云阳县餐饮与住宿行业协会',
        address: '重庆市云阳县青龙街道2号',
        legalRepName: '赵六',
        reason: '会员大会决议扩大行业范围',
      }),
      201,
    );
    const twice = await create(org, 'change', direct, { reason: '再次变更' });
    expect(twice.statusCode).toBe(409);
    a = await act(org, a, 'submit');
    expect(a).toMatchObject({ step: 'authority', orgName: '云阳县餐饮行业协会' });
    a = await act(clerk, a, 'approve', { comment: '准予变更' });
    expect(a.status).toBe('approved');

    const changed = (await clerk.get(`/api/orgs/${direct}`)).json();
    expect(changed).toMatchObject({ name: '云阳县餐饮与住宿行业协会', legalRepName: '赵六', status: 'registered' });
    const event = (await clerk.get(`/api/orgs/${direct}/events`)).json()[0];
    expect(event).toMatchObject({ kind: 'changed', public: true });
    expect(event.basis).toContain(`登记申请第${a.id}号`);
    expect(event.changes).toContainEqual({
      field: 'name',
      before: '云阳县餐饮行业协会',
      after: '云阳县餐饮与住宿行业协会',
    });
    const ann = await t.db.selectFrom('announcements').select('title').where('orgId', '=', direct).execute();
    expect(ann.map((x) => x.title)).toEqual(['云阳县民政局变更登记公告']);
    expect(await outbox('org_changed')).toContainEqual(
      expect.objectContaining({
        orgId: direct,
        applicationId: a.id,
        changedFields: ['name', 'legalRepName', 'address'],
      }),
    );
  });

  it('keeps registered funds above the floor and answers field by field', async () => {
    const a = await ok<TApplicationDetail>(
      create(org, 'change', direct, { registeredFundsFen: 1_000_000, reason: '减少活动资金' }),
      201,
    );
    const res = await org.post(`/api/applications/${a.id}/submit`, { version: a.version });
    expect(res.json().fields).toEqual({
      'data.registeredFundsFen': '地方性社会团体的活动资金应不少于3万元，当前1万元（《社会团体登记管理条例》第十条）',
    });
    await act(org, a, 'withdraw');
  });
});

describe(`charter approval and responsible-person filing: timeline events, no status change (${ENGINE})`, () => {
  it('needs the charter itself, goes through the supervising unit, and records a public event', async () => {
    let a = await ok<TApplicationDetail>(
      create(org2, 'charter', sponsored, { summary: '修改会员入会条件', adoptedOn: '2026-02-20' }),
      201,
    );
    const missing = await org2.post(`/api/applications/${a.id}/submit`, { version: a.version });
    expect(missing.json().fields).toEqual({ attachments: '请上传修改后的章程' });
    const charter = (await upload(org2, 'application_attachment', '章程.pdf', samples.pdf)).json();
    a = await ok(
      org2.put(`/api/applications/${a.id}`, {
        kind: 'charter',
        version: a.version,
        data: { summary: '修改会员入会条件', adoptedOn: '2026-02-20' },
        attachments: [{ fileId: charter.id, role: 'charter' }],
      }),
    );
    a = await act(org2, a, 'submit');
    expect(a.step).toBe('supervisor');
    a = await act(supervisor, a, 'supervisor-approve');
    expect((await act(clerk, a, 'approve')).status).toBe('approved');
    const events = (await clerk.get(`/api/orgs/${sponsored}/events`)).json();
    expect(events[0]).toMatchObject({ kind: 'charter_approved', public: true, summary: '章程核准' });
    expect((await clerk.get(`/api/orgs/${sponsored}`)).json().status).toBe('registered');
  });

  it('files a responsible person without putting the ID number on the timeline', async () => {
    let a = await ok<TApplicationDetail>(
      create(org, 'responsible_person', direct, {
        personName: '孙七',
        position: '秘书长',
        idNumber: '11010519491231002X',
        phone: '13912345678',
        termStart: '2026-03-01',
      }),
      201,
    );
    expect(a.data).toMatchObject({ idNumber: '110***********002X', phone: '139****5678' });
    a = await act(org, a, 'submit');
    a = await act(clerk, a, 'approve');
    const event = (await clerk.get(`/api/orgs/${direct}/events`)).json()[0];
    expect(event).toMatchObject({
      kind: 'responsible_person_filed',
      public: false,
      summary: '负责人备案：秘书长 孙七',
    });
    expect(JSON.stringify(event)).not.toContain('11010519491231002X');
    expect(JSON.stringify((await org.get(`/api/applications/${a.id}`)).json())).not.toContain('11010519491231002X');
  });
});

describe(`deregistration (${ENGINE})`, () => {
  it('needs the liquidation report, and the recorded return of certificate and seals', async () => {
    let a = await ok<TApplicationDetail>(
      create(org, 'deregistration', direct, {
        reason: '行业整合，会员大会决议解散',
        liquidationCompletedOn: '2026-03-05',
      }),
      201,
    );
    const first = await org.post(`/api/applications/${a.id}/submit`, { version: a.version });
    expect(first.json().fields).toEqual({
      attachments: '请上传清算报告（《社会团体登记管理条例》第二十一条）',
      'data.liquidationCompletedOn': '清算结束日期不能晚于今天：须完成清算后方可申请注销登记',
    });
    const report = (await upload(org, 'application_attachment', '清算报告.pdf', samples.pdf)).json();
    a = await ok(
      org.put(`/api/applications/${a.id}`, {
        kind: 'deregistration',
        version: a.version,
        data: { reason: '行业整合，会员大会决议解散', liquidationCompletedOn: '2026-02-27' },
        attachments: [{ fileId: report.id, role: 'liquidation_report' }],
      }),
    );
    a = await act(org, a, 'submit');
    const unrecorded = await clerk.post(`/api/applications/${a.id}/approve`, { version: a.version });
    expect(unrecorded.statusCode).toBe(400);
    expect(unrecorded.json().fields).toEqual({
      certificateReturnedOn: '请登记收缴登记证书（正、副本）的日期',
      sealsReturnedOn: '请登记收缴印章的日期',
    });
    expect((await clerk.get(`/api/orgs/${direct}`)).json().status).toBe('registered');
    a = await act(clerk, a, 'approve', { certificateReturnedOn: '2026-03-02', sealsReturnedOn: '2026-03-02' });
    expect(a.data).toMatchObject({ certificateReturnedOn: '2026-03-02', sealsReturnedOn: '2026-03-02' });

    const gone = (await clerk.get(`/api/orgs/${direct}`)).json();
    expect(gone).toMatchObject({ status: 'deregistered', statusDate: '2026-03-02' });
    expect(gone.statusReason).toContain(`注销登记申请第${a.id}号`);
    const titles = (await t.db.selectFrom('announcements').select('title').where('orgId', '=', direct).execute()).map(
      (x) => x.title,
    );
    expect(titles).toContain('云阳县民政局注销登记公告');
    expect(await outbox('org_deregistered')).toContainEqual(
      expect.objectContaining({ orgId: direct, applicationId: a.id }),
    );
    const after = await create(org, 'change', direct, { reason: '注销后变更' });
    expect(after.statusCode).toBe(409);
  });
});
