import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '@shezu/contracts';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import { NOTIFICATIONS_CONSUMER } from '../../src/modules/notifications/notifications.consumer';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { unitIdByName } from '../support/fixtures';
import { insertAccount } from '../todos/accounts';

let t: TestApp;
let qzSci: number;
let nextOrg = 500;

beforeAll(async () => {
  t = await startTestApp();
  qzSci = await unitIdByName(t.db, '衢州市科学技术局');
  await insertAccount(t.db, 'kc-org-600', ['org_account'], { regionCode: '330802', orgId: 600 });
  await insertAccount(t.db, 'kc-clerk-disabled', ['authority_staff'], { regionCode: '330802', disabled: true });
});
afterAll(() => t.close());

/** Publishes "annual report overdue" for an organization and lets the dispatcher deliver it. */
async function overdue(regionCode: string, extra: Partial<EventPayload<'annual_report_overdue'>> = {}) {
  const orgId = extra.orgId ?? nextOrg++;
  const payload: EventPayload<'annual_report_overdue'> = {
    orgId,
    orgName: `测试社会组织${orgId}`,
    uscc: null,
    regionCode,
    authorityRegionCode: regionCode,
    supervisorUnitId: qzSci,
    year: 2025,
    deadline: '2026-05-31',
    ...extra,
  };
  const id = await t.db
    .transaction()
    .execute((trx) => t.services.events.publish(trx, { name: 'annual_report_overdue', payload }, SYSTEM_ACTOR));
  await t.services.eventDispatcher.drain();
  return { eventId: id, orgName: payload.orgName };
}

async function notified(username: string, eventId: number): Promise<boolean> {
  const c = await t.client().as(username);
  const items = (await c.get('/api/notifications?limit=200')).json().items as { eventId: number }[];
  return items.some((n) => n.eventId === eventId);
}

describe(`notifications from followed events (${ENGINE})`, () => {
  it('reaches only users whose scope covers the event: not a neighbour county', async () => {
    const { eventId, orgName } = await overdue('330802', { orgId: 600 });
    const expected: Record<string, boolean> = {
      'qz-kc-clerk': true, // the county bureau
      'qz-clerk': true, // the city reads its counties
      'qz-supervisor': true, // the supervising unit
      'kc-org-600': true, // the organization itself
      'qz-qj-clerk': false, // neighbouring county
      'yy-clerk': false, // another province
      'qz-admin': false, // in scope, but administrators do not follow it by default
      'qz-township': false, // a township below the event's county
    };
    for (const [username, yes] of Object.entries(expected)) {
      expect(await notified(username, eventId), username).toBe(yes);
    }
    const rows = await t.db.selectFrom('notifications').select('userId').where('eventId', '=', eventId).execute();
    // The four above, and not the disabled clerk of the same county.
    expect(rows).toHaveLength(4);

    const kc = await t.client().as('qz-kc-clerk');
    const n = (await kc.get('/api/notifications')).json().items[0];
    expect(n).toMatchObject({
      kind: 'annual_report_overdue',
      title: `${orgName} 2025 年度报告逾期未报`,
      body: '报送截止日期 2026-05-31',
      link: '/orgs/600',
      eventId,
      regionCode: '330802',
      read: false,
      readAt: null,
    });
  });

  it('becomes at most one notification per user, however often it is delivered', async () => {
    const { eventId } = await overdue('330802');
    const count = async () =>
      (await t.db.selectFrom('notifications').select('id').where('eventId', '=', eventId).execute()).length;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    // Both guards gone (the consumption row and the acknowledgement): the handler runs again.
    await t.db
      .deleteFrom('eventConsumptions')
      .where('consumer', '=', NOTIFICATIONS_CONSUMER)
      .where('eventId', '=', eventId)
      .execute();
    await t.db
      .updateTable('eventDeliveries')
      .set({ status: 'pending', nextAttemptAt: t.clock.now().toISOString() })
      .where('consumer', '=', NOTIFICATIONS_CONSUMER)
      .where('eventId', '=', eventId)
      .execute();
    expect((await t.services.eventDispatcher.drain()).done).toBe(1);
    expect(await count()).toBe(before);
  });

  it("follows the user's choices: subscribe with a region filter, unsubscribe from a default", async () => {
    const admin = await t.client().as('qz-admin');
    const defaults = (await admin.get('/api/notification-subscriptions')).json().items;
    expect(defaults.every((s: { enabled: boolean }) => !s.enabled)).toBe(true);
    const put = await admin.put('/api/notification-subscriptions', {
      items: [{ eventName: 'annual_report_overdue', enabled: true, regionCode: '330803' }],
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().items.find((s: { eventName: string }) => s.eventName === 'annual_report_overdue')).toMatchObject({
      enabled: true,
      byDefault: false,
      customized: true,
      regionCode: '330803',
      label: '年度报告逾期未报',
    });

    const kc = await t.client().as('qz-kc-clerk');
    expect(
      (
        await kc.put('/api/notification-subscriptions', {
          items: [{ eventName: 'annual_report_overdue', enabled: false }],
        })
      ).statusCode,
    ).toBe(200);

    const inKecheng = await overdue('330802');
    const inQujiang = await overdue('330803');
    expect(await notified('qz-admin', inKecheng.eventId)).toBe(false);
    expect(await notified('qz-admin', inQujiang.eventId)).toBe(true);
    expect(await notified('qz-kc-clerk', inKecheng.eventId)).toBe(false);
    expect(await notified('qz-clerk', inKecheng.eventId)).toBe(true);

    // Sending an empty list goes back to the role's defaults.
    await kc.put('/api/notification-subscriptions', { items: [] });
    const back = (await kc.get('/api/notification-subscriptions')).json().items;
    expect(back.find((s: { eventName: string }) => s.eventName === 'annual_report_overdue')).toMatchObject({
      enabled: true,
      byDefault: true,
      customized: false,
    });
    expect(await notified('qz-kc-clerk', (await overdue('330802')).eventId)).toBe(true);

    const audit = (await admin.get('/api/audit-logs?entity=notification_subscription')).json().items;
    expect(audit.some((a: { actorName: string }) => a.actorName.includes('qz-admin'))).toBe(true);
  });

  it('refuses subscriptions outside the user’s region or to events nobody may follow', async () => {
    const kc = await t.client().as('qz-kc-clerk');
    const cases = [
      [{ eventName: 'org_registered', enabled: true, regionCode: '330803' }],
      [{ eventName: 'org_registered', enabled: true, regionCode: '3308' }],
      [{ eventName: 'platform.test_event', enabled: true }],
      [{ eventName: 'no_such_event', enabled: true }],
      [
        { eventName: 'org_registered', enabled: true },
        { eventName: 'org_registered', enabled: false },
      ],
    ];
    for (const items of cases) {
      const res = await kc.put('/api/notification-subscriptions', { items });
      expect(res.statusCode, JSON.stringify(items)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    const unknownRegion = await kc.put('/api/notification-subscriptions', {
      items: [{ eventName: 'org_registered', enabled: true, regionCode: '330802999' }],
    });
    expect(unknownRegion.statusCode).toBe(400);
    expect(unknownRegion.json().message).toContain('行政区划不存在');
  });
});

describe(`reading notifications (${ENGINE})`, () => {
  it('counts unread, marks one and then all read, and leaves read ones alone', async () => {
    await overdue('330802', { orgId: 600 });
    const org = await t.client().as('kc-org-600');
    const count = async () => (await org.get('/api/notifications/unread-count')).json().count as number;
    const unread = (await org.get('/api/notifications?unread=true')).json().items as { id: number }[];
    expect(unread.length).toBe(await count());
    expect(unread.length).toBeGreaterThanOrEqual(2);

    const first = await org.post(`/api/notifications/${unread[0]!.id}/read`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ read: true, readAt: t.clock.now().toISOString() });
    expect(await count()).toBe(unread.length - 1);
    t.clock.advanceMinutes(1);
    const again = await org.post(`/api/notifications/${unread[0]!.id}/read`);
    expect(again.json().readAt).toBe(first.json().readAt);

    const all = await org.post('/api/notifications/read-all');
    expect(all.json()).toEqual({ updated: unread.length - 1 });
    expect(await count()).toBe(0);
    expect((await org.get('/api/notifications?unread=true')).json().items).toEqual([]);
    expect((await org.get('/api/notifications?unread=false')).json().items).toHaveLength(unread.length);
    expect((await org.post('/api/notifications/read-all')).json()).toEqual({ updated: 0 });
  });

  it("pages newest first, and never shows or changes another user's notifications", async () => {
    const kc = await t.client().as('qz-kc-clerk');
    const page1 = (await kc.get('/api/notifications?limit=2')).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.items[0].id).toBeGreaterThan(page1.items[1].id);
    const page2 = (await kc.get(`/api/notifications?limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.items[0].id).toBeLessThan(page1.items[1].id);

    const neighbour = await t.client().as('qz-qj-clerk');
    const foreign = await neighbour.post(`/api/notifications/${page1.items[0].id}/read`);
    expect(foreign.statusCode).toBe(404);
    expect((await kc.get('/api/notifications?limit=2')).json().items[0].read).toBe(false);
  });

  it('needs a session for every notification route', async () => {
    const anonymous = t.client();
    for (const url of ['/api/notifications', '/api/notifications/unread-count', '/api/notification-subscriptions']) {
      expect((await anonymous.get(url)).statusCode, url).toBe(401);
    }
    expect((await anonymous.post('/api/notifications/read-all')).statusCode).toBe(401);
    expect((await anonymous.put('/api/notification-subscriptions', { items: [] })).statusCode).toBe(401);
  });
});
