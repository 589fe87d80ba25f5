import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { auditOf, chinaNoon, create, detail, finishBody, ok, orgWithAccount } from './lifecycle-helpers';

let t: TestApp;
let clerk: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
});
afterAll(() => t.close());

/** Moves the clock to a China date and signs the clients in again (sessions expire across days). */
async function day(date: string, ...who: [TestClient, string][]) {
  t.clock.set(chinaNoon(date));
  await clerk.as('yy-clerk');
  for (const [c, username] of who) await c.as(username);
}

// A forum (论坛、评比达标表彰) starting 2026-05-01 needs approval, due 30 days ahead: 2026-04-01.
const forum = { kind: 'forum_award' as const, startsOn: '2026-05-01', endsOn: '2026-05-02', title: '乡村振兴论坛' };

describe(`approval of activities that need it (${ENGINE})`, () => {
  it('takes a request on the due day as on time, and the day after as late', async () => {
    const { account, username } = await orgWithAccount(t);
    const me: [TestClient, string] = [account, username];
    await day('2026-03-20', me);
    const onTime = await create(account, forum);
    const late = await create(account, forum);
    const a = await detail(account, onTime);
    expect(a).toMatchObject({ approvalRequired: true, approvalDueOn: '2026-04-01', approved: false });
    expect(a.actions).toEqual(['edit', 'request_approval', 'cancel']);

    await day('2026-03-31', me);
    expect(ok(await account.post(`/api/activities/${onTime}/request-approval`)).json()).toEqual({ late: false });
    await day('2026-04-01', me);
    expect(ok(await account.post(`/api/activities/${late}/cancel`, {})).statusCode).toBe(200);
    const dueDay = await create(account, forum);
    expect(ok(await account.post(`/api/activities/${dueDay}/request-approval`)).json()).toEqual({ late: false });
    await day('2026-04-02', me);
    const after = await create(account, forum);
    expect(ok(await account.post(`/api/activities/${after}/request-approval`)).json()).toEqual({ late: true });
    const d = await detail(clerk, after);
    expect(d).toMatchObject({ status: 'awaiting_approval', approvalLate: true, approvalRequestedOn: '2026-04-02' });
    expect(d.actions).toEqual(['decide_approval']);
    const todo = await t.db
      .selectFrom('todos')
      .selectAll()
      .where('sourceKey', '=', `activity:${after}:staff`)
      .executeTakeFirstOrThrow();
    expect(todo).toMatchObject({ role: 'authority_staff', regionCode: '500235', kind: 'activity_approval' });
    expect(todo.title).toContain('逾期');
    const list = ok(await clerk.get('/api/activities?status=awaiting_approval&kind=forum_award')).json();
    expect(list.items.find((i: { id: number }) => i.id === after)).toMatchObject({ approvalLate: true });
  });

  it('refuses to start without approval; refused → the organization’s to-do; approved → it starts', async () => {
    await day('2026-03-02');
    const { account, orgId, username } = await orgWithAccount(t);
    const id = await create(account, forum);
    const early = await account.post(`/api/activities/${id}/start`);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('批准');
    ok(await account.post(`/api/activities/${id}/request-approval`));
    expect((await account.post(`/api/activities/${id}/start`)).statusCode).toBe(409);
    // The organization cannot decide its own request; a reason is required to refuse.
    expect((await account.post(`/api/activities/${id}/decide-approval`, { approved: true })).statusCode).toBe(403);
    expect((await clerk.post(`/api/activities/${id}/decide-approval`, { approved: false })).statusCode).toBe(400);
    ok(await clerk.post(`/api/activities/${id}/decide-approval`, { approved: false, reason: '议程未附，请补充' }));
    let a = await detail(account, id);
    expect(a).toMatchObject({ status: 'approval_refused', approved: false, decisionReason: '议程未附，请补充' });
    const todo = await t.db
      .selectFrom('todos')
      .selectAll()
      .where('sourceKey', '=', `activity:${id}:org`)
      .executeTakeFirstOrThrow();
    expect(todo).toMatchObject({ orgId, kind: 'activity_refused', doneAt: null });

    ok(await account.put(`/api/activities/${id}`, { ...a, description: '附议程：上午主旨演讲，下午分论坛。' }));
    ok(await account.post(`/api/activities/${id}/request-approval`));
    ok(await clerk.post(`/api/activities/${id}/decide-approval`, { approved: true }));
    a = await detail(account, id);
    expect(a).toMatchObject({ status: 'planned', approved: true, decidedByName: '云阳县民政局登记员' });
    expect(a.actions).toEqual(['start', 'cancel']);
    await day('2026-05-01', [account, username]);
    ok(await account.post(`/api/activities/${id}/start`));
    ok(await account.post(`/api/activities/${id}/finish`, finishBody));
    expect(await auditOf(t, id)).toEqual([
      'activity_created',
      'activity_approval_requested',
      'activity_approval_decided',
      'activity_updated',
      'activity_approval_requested',
      'activity_approval_decided',
      'activity_started',
      'activity_finished',
    ]);
  });

  it('turns a refused plan changed to a kind without approval back into a plain plan', async () => {
    await day('2026-03-02');
    const { account } = await orgWithAccount(t);
    const id = await create(account, forum);
    ok(await account.post(`/api/activities/${id}/request-approval`));
    ok(await clerk.post(`/api/activities/${id}/decide-approval`, { approved: false, reason: '不属于评比表彰' }));
    const a = await detail(account, id);
    ok(await account.put(`/api/activities/${id}`, { ...a, kind: 'exchange', startsOn: '2026-03-02' }));
    expect(await detail(account, id)).toMatchObject({
      status: 'planned',
      approvalRequired: false,
      approvalDueOn: null,
    });
    ok(await account.post(`/api/activities/${id}/start`));
  });

  it('follows the bureau’s settings: its kinds and days ahead; review off publishes on submit', async () => {
    await day('2026-03-02');
    const s = ok(await clerk.get('/api/activity-settings')).json();
    expect(s).toMatchObject({ regionCode: '500235', reviewBeforePublish: true, majorMatterDays: 15, version: 0 });
    expect(s.approvalKinds).toEqual({ forum_award: 30, foreign_cooperation: 30, large_gathering: 20 });
    const { account } = await orgWithAccount(t);
    expect(ok(await account.get('/api/activity-settings')).json()).toEqual(s);
    expect((await account.put('/api/activity-settings', { ...s, regionCode: undefined })).statusCode).toBe(403);
    const body = { approvalKinds: { training: 10 }, reviewBeforePublish: false, majorMatterDays: 10, version: 0 };
    const saved = ok(await clerk.put('/api/activity-settings', body)).json();
    expect(saved).toMatchObject({ ...body, version: 1 });
    expect((await clerk.put('/api/activity-settings', body)).statusCode).toBe(409);
    expect(await t.services.activities.activitySettings.forRegion('500235')).toMatchObject({ majorMatterDays: 10 });

    const training = await create(account, { kind: 'training', startsOn: '2026-03-20', endsOn: '2026-03-20' });
    expect(await detail(account, training)).toMatchObject({ approvalRequired: true, approvalDueOn: '2026-03-10' });
    const welfare = await create(account);
    ok(await account.post(`/api/activities/${welfare}/start`));
    ok(await account.post(`/api/activities/${welfare}/finish`, finishBody));
    expect(ok(await account.post(`/api/activities/${welfare}/submit`)).json()).toEqual({ published: true });
    const a = await detail(clerk, welfare);
    expect(a.status).toBe('published');
    expect(a.publishedAt).toBe(t.clock.now().toISOString());
    const events = await t.db.selectFrom('outboxEvents').selectAll().where('name', '=', 'activity_published').execute();
    const ids = events.map((e) => (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload).activityId);
    expect(ids).toContain(welfare);
    ok(await clerk.put('/api/activity-settings', { ...body, reviewBeforePublish: true, version: 1 }));
  });
});
