import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import {
  chinaNoon,
  decisionBody,
  evidence,
  filedAndNotified,
  newOrg,
  notice,
  ok,
  reviewerOf,
  step,
} from './penalties-helpers';

let t: TestApp;
let clerk: TestClient;
let reviewer: TestClient;
let reviewerName: string;
/** Moves the manual clock and signs in again (a session cookie older than the real clock is dropped). */
async function at(date: string) {
  t.clock.set(chinaNoon(date));
  clerk = await t.client().as('yy-clerk');
  reviewer = await t.client().as(reviewerName);
}
beforeAll(async () => {
  t = await startTestApp();
  reviewerName = await reviewerOf(t);
  await at('2026-05-25');
});
afterAll(() => t.close());

describe(`penalty procedure (${ENGINE})`, () => {
  it('refuses a decision without a prior notice, and before the statement period ends', async () => {
    await at('2026-05-25');
    const orgId = await newOrg(t);
    const created = await clerk.post('/api/penalties', { orgId, title: '未按规定接受年检案', facts: '年检材料虚假' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      status: 'filed',
      nextActions: ['investigation'],
      handlerName: expect.any(String),
    });
    const early = await step(clerk, id, 'decision', decisionBody);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('未送达行政处罚事先告知书');
    // Evidence is required, and a step with an old version is stale.
    const noEvidence = await step(clerk, id, 'investigation', { findings: '询问笔录', evidence: [] });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().fields.evidence).toBe('请上传证据材料');
    const stale = await clerk.post(`/api/penalties/${id}/investigation`, {
      version: 99,
      findings: '询问笔录',
      evidence: [await evidence(clerk)],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    await ok(clerk, id, 'investigation', { findings: '询问笔录1份', evidence: [await evidence(clerk)] });
    const badAmount = await step(clerk, id, 'prior-notice', notice(['fine']));
    expect(badAmount.statusCode).toBe(400);
    expect(badAmount.json().fields.fineFen).toBe('请填写罚款金额');
    const notified = await ok(clerk, id, 'prior-notice', notice(['warning']));
    expect(notified).toMatchObject({ status: 'notified', hearingDue: false, statementDeadline: '2026-05-28' });
    expect(notified.steps.at(-1).documentId).toEqual(expect.any(Number));
    await ok(reviewer, id, 'review', { approved: true, opinion: '同意' });
    await at('2026-05-28');
    const waiting = await step(clerk, id, 'decision', decisionBody);
    expect(waiting.statusCode).toBe(409);
    expect(waiting.json().message).toContain('陈述申辩期限至2026-05-28届满');
    await at('2026-05-29');
    const decided = await ok(clerk, id, 'decision', decisionBody);
    expect(decided).toMatchObject({
      status: 'decided',
      decidedOn: '2026-05-29',
      decisionNumber: expect.stringMatching(/民罚决〔2026〕\d+号/),
    });
  });

  it("puts the legal review on the bureau's to-do list when the case is ready for it, and closes it with the review", async () => {
    await at('2026-05-25');
    const reviewTodos = async () =>
      ((await reviewer.get('/api/todos')).json().items as { kind: string; link: string }[]).filter(
        (x) => x.kind === 'penalty_review',
      );
    const { id } = await filedAndNotified(t, clerk, await newOrg(t), ['warning']);
    expect((await reviewTodos()).map((x) => x.link)).toContain(`/penalties/${id}`);
    await ok(reviewer, id, 'review', { approved: true, opinion: '同意' });
    expect((await reviewTodos()).map((x) => x.link)).not.toContain(`/penalties/${id}`);
  });

  it('offers a hearing only where due: not for a warning; for a suspension, notified 7 days ahead', async () => {
    await at('2026-06-01');
    const warned = await filedAndNotified(t, clerk, await newOrg(t), ['warning']);
    const refused = await step(clerk, warned.id, 'statement', {
      statement: '要求听证',
      statedOn: '2026-06-01',
      hearingRequested: true,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields.hearingRequested).toContain('不属于听证范围');
    const small = await filedAndNotified(t, clerk, await newOrg(t), ['fine'], { fineFen: 4_999_999 });
    expect(small.notified.hearingDue).toBe(false);
    const large = await filedAndNotified(t, clerk, await newOrg(t), ['fine'], { fineFen: 5_000_000 });
    expect(large.notified.hearingDue).toBe(true);

    const { id, notified } = await filedAndNotified(t, clerk, await newOrg(t), ['suspension'], { suspensionMonths: 3 });
    expect(notified).toMatchObject({ hearingDue: true, statementDeadline: '2026-06-06' });
    const asked = await ok(clerk, id, 'statement', {
      statement: '对事实有异议，要求听证',
      statedOn: '2026-06-01',
      hearingRequested: true,
    });
    expect(asked.status).toBe('hearing_requested');
    expect((await step(reviewer, id, 'review', { approved: true, opinion: '同意' })).statusCode).toBe(409);
    const soon = await step(clerk, id, 'hearing', { hearingOn: '2026-06-05', place: '局三楼会议室', host: '王强' });
    expect(soon.statusCode).toBe(400);
    expect(soon.json().fields.hearingOn).toContain('七日前');
    const scheduled = await ok(clerk, id, 'hearing', { hearingOn: '2026-06-10', place: '局三楼会议室', host: '王强' });
    expect(scheduled.status).toBe('hearing_scheduled');
    expect((await step(clerk, id, 'hearing-record', { record: '当事人到场陈述' })).statusCode).toBe(409);
    await at('2026-06-10');
    await ok(clerk, id, 'hearing-record', { record: '当事人到场陈述，承认违法事实' });
    await ok(reviewer, id, 'review', { approved: true, opinion: '同意' });
    expect((await ok(clerk, id, 'decision', decisionBody)).status).toBe('decided');
  });

  it('refuses the handler as legal reviewer; a rejection sends the case back to investigation', async () => {
    await at('2026-06-15');
    const { id } = await filedAndNotified(t, clerk, await newOrg(t), ['warning']);
    const self = await step(clerk, id, 'review', { approved: true, opinion: '同意' });
    expect(self.statusCode).toBe(403);
    expect(self.json().message).toContain('承办人员');
    const back = await ok(reviewer, id, 'review', { approved: false, opinion: '证据不足，补充调查' });
    expect(back).toMatchObject({ status: 'investigated', nextActions: ['investigation', 'prior_notice'] });
  });

  it('keeps to the scope: a neighbouring county neither reads nor files; the city reads but does not decide', async () => {
    const orgId = await newOrg(t, '330802');
    const kc = await t.client().as('qz-kc-clerk');
    const created = await kc.post('/api/penalties', { orgId, title: '违规收费案', facts: '举报' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const qj = await t.client().as('qz-qj-clerk');
    expect((await qj.get(`/api/penalties/${id}`)).statusCode).toBe(404);
    expect((await qj.get('/api/penalties?limit=200')).json().items.map((p: { id: number }) => p.id)).not.toContain(id);
    expect((await qj.post('/api/penalties', { orgId, title: '违规收费案', facts: '举报' })).statusCode).toBe(404);
    expect(
      (await qj.post(`/api/penalties/${id}/investigation`, { version: 1, findings: 'x', evidence: [1] })).statusCode,
    ).toBe(404);
    const city = await t.client().as('qz-clerk');
    expect((await city.get(`/api/penalties/${id}`)).statusCode).toBe(200);
    const cityStep = await step(city, id, 'investigation', { findings: 'x', evidence: [await evidence(city)] });
    expect(cityStep.statusCode).toBe(403);
    expect(cityStep.json().code).toBe('OUT_OF_DECISION_SCOPE');
    const unit = await t.client().as('yy-partner');
    expect((await unit.get('/api/penalties')).statusCode).toBe(403);
  });

  it('links a coordinated case of the same organization, and filters by it', async () => {
    const orgId = await newOrg(t);
    const opened = await clerk.post('/api/supervision-cases', {
      orgId,
      source: 'referral',
      title: '违规收费',
      detail: '市场监管部门移送',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = opened.json().id as number;
    const other = await clerk.post('/api/penalties', {
      orgId: await newOrg(t),
      caseId,
      title: '违规收费案',
      facts: '移送',
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().fields.caseId).toContain('不是此社会组织');
    const missing = await clerk.post('/api/penalties', { orgId, caseId: 999999, title: '违规收费案', facts: '移送' });
    expect(missing.json().fields.caseId).toBe('协同处置案件不存在');
    const ok = await clerk.post('/api/penalties', { orgId, caseId, title: '违规收费案', facts: '移送' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().caseId).toBe(caseId);
    const listed = (await clerk.get(`/api/penalties?caseId=${caseId}`)).json().items;
    expect(listed.map((p: { id: number }) => p.id)).toEqual([ok.json().id]);
  });

  it('lists with filters and keyset paging', async () => {
    const all = (await clerk.get('/api/penalties?limit=200')).json().items;
    expect(all.length).toBeGreaterThanOrEqual(6);
    const first = (await clerk.get('/api/penalties?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await clerk.get(`/api/penalties?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).toBeLessThan(first.items[1].id);
    const decided = (await clerk.get('/api/penalties?status=decided')).json().items;
    expect(decided.length).toBeGreaterThanOrEqual(2);
    expect(decided.every((p: { status: string }) => p.status === 'decided')).toBe(true);
    expect((await clerk.get('/api/penalties?status=nonsense')).statusCode).toBe(400);
  });
});
