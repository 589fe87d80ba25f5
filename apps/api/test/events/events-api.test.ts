import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { publishTest } from './helpers';

let t: TestApp;
const ids: Record<string, number> = {};
let failNext = true;

beforeAll(async () => {
  t = await startTestApp();
  t.services.events.subscribe({
    name: 'api-test-consumer',
    events: ['platform.test_event'],
    handle: async (event) => {
      if (failNext && event.payload.message === '会失败') throw new Error('下游不可用');
    },
  });
  ids.yunyang = await publishTest(t.db, t.services.events, { regionCode: '500235', message: '云阳事件' });
  ids.quzhou = await publishTest(t.db, t.services.events, { regionCode: '3308', message: '衢州事件' });
  ids.kecheng = await publishTest(t.db, t.services.events, { regionCode: '330802', message: '柯城事件' });
  ids.failing = await publishTest(t.db, t.services.events, { regionCode: '500235', message: '会失败' });
  await t.services.eventDispatcher.drain();
});
afterAll(() => t.close());

describe(`events admin API (${ENGINE})`, () => {
  it('lists the outbox newest first, only within the administrator’s region', async () => {
    const yy = await t.client().as('yy-admin');
    const res = await yy.get('/api/events');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: number; regionCode: string; payload: { message: string } }[];
    expect(items.map((e) => e.id)).toEqual([ids.failing, ids.yunyang]);
    expect(items[1]).toMatchObject({
      name: 'platform.test_event',
      label: '平台自检事件',
      version: 1,
      regionCode: '500235',
      payload: { message: '云阳事件' },
      actorName: 'system',
      deliveries: [{ consumer: 'api-test-consumer', status: 'done' }],
    });

    const qz = await t.client().as('qz-admin');
    const qzItems = (await qz.get('/api/events?name=platform.test_event')).json().items as { id: number }[];
    expect(qzItems.map((e) => e.id)).toEqual([ids.kecheng, ids.quzhou]);
  });

  it('pages with a cursor and filters by name', async () => {
    const qz = await t.client().as('qz-admin');
    const first = (await qz.get('/api/events?limit=1')).json();
    expect(first.items.map((e: { id: number }) => e.id)).toEqual([ids.kecheng]);
    const second = (await qz.get(`/api/events?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((e: { id: number }) => e.id)).toEqual([ids.quzhou]);
    expect(second.nextCursor).toBeNull();
    expect((await qz.get('/api/events?name=penalty_decided')).json().items).toEqual([]);
    const bad = await qz.get('/api/events?name=made_up');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
  });

  it('lists deliveries by status and consumer, within the region', async () => {
    const yy = await t.client().as('yy-admin');
    const pending = (await yy.get('/api/event-deliveries?status=pending')).json().items;
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ eventId: ids.failing, consumer: 'api-test-consumer', attempts: 1 });
    expect(pending[0].lastError).toContain('下游不可用');
    const qz = await t.client().as('qz-admin');
    expect((await qz.get('/api/event-deliveries?status=pending')).json().items).toEqual([]);
    const done = (await qz.get('/api/event-deliveries?status=done&consumer=api-test-consumer')).json().items;
    expect(done.map((d: { eventId: number }) => d.eventId)).toEqual([ids.kecheng, ids.quzhou]);
    expect((await qz.get('/api/event-deliveries?status=lost')).statusCode).toBe(400);
  });

  it('retries only within the region, refuses a finished delivery, and audits the retry', async () => {
    const yy = await t.client().as('yy-admin');
    const qz = await t.client().as('qz-admin');
    const waiting = (await yy.get('/api/event-deliveries?status=pending')).json().items[0];
    const foreign = await qz.post(`/api/event-deliveries/${waiting.id}/retry`);
    expect(foreign.statusCode).toBe(404);
    const done = (await qz.get('/api/event-deliveries?status=done')).json().items[0];
    const again = await qz.post(`/api/event-deliveries/${done.id}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('无需重试');
    expect((await yy.post('/api/event-deliveries/999999/retry')).statusCode).toBe(404);

    failNext = false;
    const retried = await yy.post(`/api/event-deliveries/${waiting.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: t.clock.now().toISOString(),
    });
    await t.services.eventDispatcher.drain();
    expect((await yy.get(`/api/event-deliveries?eventId=${ids.failing}`)).json().items[0].status).toBe('done');
    const audit = (await yy.get('/api/audit-logs?entity=event_delivery')).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'retry', entityId: String(waiting.id), regionCode: '500235' });
    expect((await qz.get('/api/audit-logs?entity=event_delivery')).json().items).toEqual([]);
  });

  it('is for administrators only', async () => {
    const clerk = await t.client().as('yy-clerk');
    for (const url of ['/api/events', '/api/event-deliveries']) {
      const res = await clerk.get(url);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await clerk.post('/api/event-deliveries/1/retry')).statusCode).toBe(403);
    expect((await t.client().get('/api/events')).statusCode).toBe(401);
  });
});
