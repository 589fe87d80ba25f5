import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import {
  auditOf,
  create,
  detail,
  finishBody,
  neighbourClerk,
  ok,
  orgWithAccount,
  upperClerk,
} from './lifecycle-helpers';

let t: TestApp;
let clerk: TestClient;
let cityClerk: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
  cityClerk = await upperClerk(t);
});
afterAll(() => t.close());

describe(`an activity from plan to publication (${ENGINE})`, () => {
  it('goes planned → under way → finished → awaiting review → returned → published, one audit row per step', async () => {
    const { account, orgId } = await orgWithAccount(t);
    const id = await create(account);
    let a = await detail(account, id);
    expect(a).toMatchObject({ status: 'planned', orgId, approvalRequired: false, version: 1 });
    expect(a.actions).toEqual(['edit', 'start', 'cancel']);
    expect((await detail(clerk, id)).actions).toEqual([]);

    ok(await account.put(`/api/activities/${id}`, { ...a, title: '社区义诊进万家（第二场）', version: 1 }));
    expect((await account.put(`/api/activities/${id}`, { ...a, version: 1 })).statusCode).toBe(409);

    ok(await account.post(`/api/activities/${id}/start`));
    // Staff cannot take the organization's steps, nor the organization the bureau's.
    expect((await clerk.post(`/api/activities/${id}/finish`, finishBody)).statusCode).toBe(403);
    ok(await account.post(`/api/activities/${id}/finish`, finishBody));
    expect((await account.post(`/api/activities/${id}/review`, { approved: true })).statusCode).toBe(403);
    expect(ok(await account.post(`/api/activities/${id}/submit`)).json()).toEqual({ published: false });
    a = await detail(clerk, id);
    expect(a).toMatchObject({ status: 'awaiting_review', attendees: ['张三', '李四'] });
    expect(a.actions).toEqual(['review']);

    // A reason is required to return it.
    expect((await clerk.post(`/api/activities/${id}/review`, { approved: false })).statusCode).toBe(400);
    ok(await clerk.post(`/api/activities/${id}/review`, { approved: false, reason: '请补充活动照片' }));
    a = await detail(account, id);
    expect([a.status, a.returnReason]).toEqual(['returned', '请补充活动照片']);
    const todo = await t.db
      .selectFrom('todos')
      .selectAll()
      .where('sourceKey', '=', `activity:${id}:org`)
      .executeTakeFirst();
    expect(todo).toMatchObject({ orgId, kind: 'activity_returned' });

    ok(await account.post(`/api/activities/${id}/submit`));
    // A city clerk reads the county's activity but does not decide on it (本级).
    expect((await cityClerk.post(`/api/activities/${id}/review`, { approved: true })).statusCode).toBe(403);
    ok(await clerk.post(`/api/activities/${id}/review`, { approved: true }));
    a = await detail(clerk, id);
    expect(a.status).toBe('published');
    expect(a.publishedAt).toBe(t.clock.now().toISOString());
    expect(a.actions).toEqual(['unpublish']);

    const events = await t.db.selectFrom('outboxEvents').selectAll().where('name', '=', 'activity_published').execute();
    const payload = events.map((e) => (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload));
    expect(payload.filter((p) => p.activityId === id)).toHaveLength(1);

    expect((await clerk.post(`/api/activities/${id}/unpublish`, { reason: '' })).statusCode).toBe(400);
    ok(await clerk.post(`/api/activities/${id}/unpublish`, { reason: '照片涉及个人隐私' }));
    expect((await detail(account, id)).status).toBe('unpublished');

    expect(await auditOf(t, id)).toEqual([
      'activity_created',
      'activity_updated',
      'activity_started',
      'activity_finished',
      'activity_submitted',
      'activity_returned',
      'activity_submitted',
      'activity_reviewed',
      'activity_unpublished',
    ]);
  });

  it('is hidden from another organization and from a neighbouring county’s staff', async () => {
    const { account } = await orgWithAccount(t);
    const other = await orgWithAccount(t);
    const neighbour = await neighbourClerk(t);
    const id = await create(account);
    expect((await other.account.get(`/api/activities/${id}`)).statusCode).toBe(404);
    expect((await other.account.post(`/api/activities/${id}/start`)).statusCode).toBe(404);
    expect((await neighbour.get(`/api/activities/${id}`)).statusCode).toBe(404);
    ok(await account.post(`/api/activities/${id}/start`));
    ok(await account.post(`/api/activities/${id}/finish`, finishBody));
    ok(await account.post(`/api/activities/${id}/submit`));
    expect((await neighbour.post(`/api/activities/${id}/review`, { approved: true })).statusCode).toBe(404);
    expect((await detail(account, id)).status).toBe('awaiting_review');
  });

  it('cancels a planned activity and refuses steps after', async () => {
    const { account } = await orgWithAccount(t);
    const id = await create(account);
    ok(await account.post(`/api/activities/${id}/cancel`, { reason: '场地取消' }));
    expect((await detail(account, id)).status).toBe('cancelled');
    expect((await account.post(`/api/activities/${id}/start`)).statusCode).toBe(409);
  });
});
