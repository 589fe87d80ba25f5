import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { caseOf, ok, openCase, orgWithAccount } from './cases-helpers';

let t: TestApp;
let clerk: TestClient;
let partner: TestClient;
let marketUnit: number;
let policeUnit: number;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
  partner = await t.client().as('yy-partner');
  const units = await t.db.selectFrom('units').select(['id', 'name']).execute();
  marketUnit = units.find((u) => u.name === '云阳县市场监督管理局')!.id;
  policeUnit = units.find((u) => u.name === '云阳县公安局')!.id;
});
afterAll(() => t.close());

const rectification = { kind: 'rectification_order', deadline: '2026-03-31', requirement: '停止强制入会，退还会费' };

describe(`a coordinated case from opening to 反馈销号 (${ENGINE})`, () => {
  it('moves open → in_progress → feedback_given → verified → closed, and refuses to close before', async () => {
    const { orgId, account } = await orgWithAccount(t);
    const { caseId } = await openCase(t, orgId, 'complaint:9001');
    expect((await caseOf(clerk, caseId)).status).toBe('open');
    const early = await clerk.post(`/api/supervision-cases/${caseId}/close`, {
      conclusion: '办结',
      substantiated: true,
    });
    expect(early.statusCode).toBe(409);

    ok(
      await clerk.post(`/api/supervision-cases/${caseId}/tasks`, {
        unitId: marketUnit,
        request: '核查收费',
        deadline: '2026-03-20',
      }),
      201,
    );
    const issued = ok(await clerk.post(`/api/supervision-cases/${caseId}/measures`, rectification), 201).json();
    let c = await caseOf(clerk, caseId);
    expect(c.status).toBe('in_progress');
    expect(c.measures[0]).toMatchObject({ kind: 'rectification_order', status: 'issued', deadline: '2026-03-31' });
    expect(c.measures[0].documentNumber).toMatch(/^云民改〔2026〕\d+号$/);

    // The order downloads for the clerk and for the organization, as PDF and DOCX.
    const pdf = ok(await account.get(`/api/supervision-cases/${caseId}/measures/${issued.id}/document`));
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const docx = ok(await clerk.get(`/api/supervision-cases/${caseId}/measures/${issued.id}/document?format=docx`));
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // The organization sees its measure and answers; the partner's task still waits.
    const mine = ok(await account.get('/api/case-measures')).json();
    expect(mine.items.map((m: { id: number }) => m.id)).toEqual([issued.id]);
    ok(await account.post(`/api/case-measures/${issued.id}/answer`, { answer: '已退还全部会费', fileIds: [] }));
    expect((await caseOf(clerk, caseId)).status).toBe('in_progress');
    const task = ok(await partner.get('/api/case-tasks'))
      .json()
      .items.find((x: { caseId: number }) => x.caseId === caseId);
    ok(await partner.post(`/api/case-tasks/${task.id}/feedback`, { feedback: '已核查，收费已停止' }));
    expect((await caseOf(clerk, caseId)).status).toBe('feedback_given');
    expect(
      (await clerk.post(`/api/supervision-cases/${caseId}/close`, { conclusion: '办结', substantiated: true }))
        .statusCode,
    ).toBe(409);

    // Sent back with a reason, answered again, verified.
    const back = await clerk.post(`/api/supervision-cases/${caseId}/measures/${issued.id}/verify`, { accepted: false });
    expect(back.statusCode).toBe(400);
    ok(
      await clerk.post(`/api/supervision-cases/${caseId}/measures/${issued.id}/verify`, {
        accepted: false,
        reason: '缺少退费凭证',
      }),
    );
    c = await caseOf(clerk, caseId);
    expect([c.status, c.measures[0].status, c.measures[0].returnReason]).toEqual([
      'in_progress',
      'returned',
      '缺少退费凭证',
    ]);
    ok(await account.post(`/api/case-measures/${issued.id}/answer`, { answer: '补充退费凭证', fileIds: [] }));
    ok(await clerk.post(`/api/supervision-cases/${caseId}/measures/${issued.id}/verify`, { accepted: true }));
    expect((await caseOf(clerk, caseId)).status).toBe('verified');

    // A complaint's case says whether the complaint was true; true publishes complaint_substantiated.
    const noAnswer = await clerk.post(`/api/supervision-cases/${caseId}/close`, { conclusion: '投诉属实，已整改' });
    expect(noAnswer.statusCode).toBe(400);
    ok(
      await clerk.post(`/api/supervision-cases/${caseId}/close`, {
        conclusion: '投诉属实，已整改',
        substantiated: true,
      }),
    );
    c = await caseOf(clerk, caseId);
    expect([c.status, c.substantiated, c.closedOn]).toEqual(['closed', true, '2026-03-02']);
    expect(c.timeline.map((e: { action: string }) => e.action)).toContain('closed');
    const events = await t.db
      .selectFrom('outboxEvents')
      .select(['name', 'payload'])
      .where('name', '=', 'complaint_substantiated')
      .execute();
    expect(events).toHaveLength(1);
    const payload = typeof events[0]!.payload === 'string' ? JSON.parse(events[0]!.payload) : events[0]!.payload;
    expect(payload).toMatchObject({ complaintId: 9001, caseId, orgId });
    const status = await t.services.supervision.cases.sourceStatus(['complaint:9001']);
    expect(status.get('complaint:9001')).toMatchObject({
      status: 'closed',
      substantiated: true,
      closedOn: '2026-03-02',
    });
  });

  it("a case without steps closes on the handler's feedback and its verification", async () => {
    const { orgId } = await orgWithAccount(t);
    const { caseId } = await openCase(t, orgId, 'referral:税务-17');
    expect((await clerk.post(`/api/supervision-cases/${caseId}/verify`)).statusCode).toBe(409);
    ok(await clerk.post(`/api/supervision-cases/${caseId}/feedback`, { feedback: '经查反映情况不属实' }));
    expect((await caseOf(clerk, caseId)).status).toBe('feedback_given');
    ok(await clerk.post(`/api/supervision-cases/${caseId}/verify`));
    ok(await clerk.post(`/api/supervision-cases/${caseId}/close`, { conclusion: '不属实，予以办结' }));
    expect((await caseOf(clerk, caseId)).status).toBe('closed');
    expect((await clerk.post(`/api/supervision-cases/${caseId}/measures`, rectification)).statusCode).toBe(409);
  });

  it('a partner department sees its own tasks only; other scopes are refused', async () => {
    const { orgId, account } = await orgWithAccount(t);
    const other = await orgWithAccount(t);
    const res = ok(
      await clerk.post('/api/supervision-cases', {
        orgId,
        source: 'referral',
        title: '公安移送：涉嫌非法集资',
        detail: '县公安局移送线索',
        partnerUnitIds: [policeUnit],
        partnerRequest: '核查资金往来',
        partnerDeadline: '2026-03-20',
      }),
      201,
    ).json();
    const mine = ok(await partner.get('/api/case-tasks')).json();
    expect(mine.items.some((x: { caseId: number }) => x.caseId === res.id)).toBe(false);
    const policeTask = (
      await t.db.selectFrom('supervisionCaseTasks').selectAll().where('caseId', '=', res.id).execute()
    )[0]!;
    expect((await partner.post(`/api/case-tasks/${policeTask.id}/feedback`, { feedback: '越权' })).statusCode).toBe(
      404,
    );
    const todos = await t.db
      .selectFrom('todos')
      .select(['unitId', 'link'])
      .where('sourceKey', '=', `supervision_case_task:${policeTask.id}`)
      .execute();
    expect(todos).toEqual([{ unitId: policeUnit, link: '/case-tasks' }]);

    // Another county's bureau, another organization, a partner on the case list: refused.
    expect((await (await t.client().as('qz-clerk')).get(`/api/supervision-cases/${res.id}`)).statusCode).toBe(404);
    expect((await partner.get(`/api/supervision-cases/${res.id}`)).statusCode).toBe(403);
    const m = ok(
      await clerk.post(`/api/supervision-cases/${res.id}/measures`, { ...rectification, kind: 'reminder_letter' }),
      201,
    ).json();
    expect(
      (await other.account.post(`/api/case-measures/${m.id}/answer`, { answer: '越权', fileIds: [] })).statusCode,
    ).toBe(404);
    expect((await other.account.get(`/api/supervision-cases/${res.id}/measures/${m.id}/document`)).statusCode).toBe(
      404,
    );
    expect((await account.post(`/api/supervision-cases/${res.id}/measures`, rectification)).statusCode).toBe(403);
    expect(ok(await other.account.get('/api/case-measures')).json().items).toEqual([]);
  });

  it('a talk is recorded with its optional 约谈通知书', async () => {
    const { orgId } = await orgWithAccount(t);
    const { caseId } = await openCase(t, orgId, 'annual_inspection:2025-1');
    const noRecord = await clerk.post(`/api/supervision-cases/${caseId}/measures`, {
      kind: 'reminder_talk',
      deadline: '2026-03-31',
      requirement: '整改',
    });
    expect(noRecord.statusCode).toBe(400);
    const talk = {
      date: '2026-03-02',
      place: '县民政局三楼会议室',
      participants: '法定代表人、秘书长',
      content: '指出年报问题',
    };
    ok(
      await clerk.post(`/api/supervision-cases/${caseId}/measures`, {
        kind: 'reminder_talk',
        deadline: '2026-03-31',
        requirement: '一个月内完成整改',
        talk,
      }),
      201,
    );
    ok(
      await clerk.post(`/api/supervision-cases/${caseId}/measures`, {
        kind: 'reminder_talk',
        deadline: '2026-04-15',
        requirement: '按时参加约谈',
        talk,
        talkNotice: { talkDate: '2026-03-10', place: '县民政局三楼会议室', attendees: '法定代表人' },
      }),
      201,
    );
    const c = await caseOf(clerk, caseId);
    expect(
      c.measures.map((m: { talk: unknown; documentNumber: string | null }) => [m.talk, !!m.documentNumber]),
    ).toEqual([
      [talk, false],
      [talk, true],
    ]);
  });
});
