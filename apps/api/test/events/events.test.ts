import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import { EventContractError } from '../../src/platform/events/event-types';
import { EventDispatcher } from '../../src/platform/events/event-dispatcher';
import { DEFAULT_RETRY, retryDelayMs } from '../../src/platform/events/retry';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { createEffectsTable, deliveryOf, effectConsumer, effectsOf, publishTest } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await createEffectsTable(t.db);
});
afterAll(() => t.close());

const outboxSize = async () =>
  Number(
    (
      await t.db
        .selectFrom('outboxEvents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`domain events: publish and deliver (${ENGINE})`, () => {
  it('a consumer receives a published event once, with its payload as published', async () => {
    const received: { name: string; message: string; regionCode: string }[] = [];
    t.services.events.subscribe({
      name: 'receiver',
      events: ['platform.test_event'],
      async handle(event, trx) {
        received.push({ name: event.name, message: event.payload.message, regionCode: event.regionCode });
        await effectConsumer('receiver').handle(event, trx);
      },
    });
    const id = await publishTest(t.db, t.services.events, { message: '你好', regionCode: '330802' });
    expect(received).toEqual([]);
    const r = await t.services.eventDispatcher.drain();
    expect(r.done).toBeGreaterThanOrEqual(1);
    expect(received).toEqual([{ name: 'platform.test_event', message: '你好', regionCode: '330802' }]);
    expect(await effectsOf(t.db, 'receiver')).toEqual([id]);
    expect(await deliveryOf(t.db, 'receiver', id)).toMatchObject({ status: 'done', attempts: 1 });
    await t.services.eventDispatcher.drain();
    expect(received).toHaveLength(1);
  });

  it('publishes nothing when the change it belongs to rolls back', async () => {
    let calls = 0;
    t.services.events.subscribe({
      name: 'rollback-listener',
      events: ['platform.test_event'],
      handle: async () => void calls++,
    });
    const before = await outboxSize();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await t.services.events.publish(
          trx,
          { name: 'platform.test_event', payload: { regionCode: '500235', message: '将被回滚' } },
          SYSTEM_ACTOR,
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outboxSize()).toBe(before);
    await t.services.eventDispatcher.drain();
    expect(calls).toBe(0);
    const pending = await t.db
      .selectFrom('eventDeliveries')
      .select('id')
      .where('consumer', '=', 'rollback-listener')
      .execute();
    expect(pending).toEqual([]);
  });

  it('refuses a payload that does not match its contract, and writes nothing', async () => {
    const before = await outboxSize();
    const attempt = (payload: unknown, name = 'org_registered') =>
      t.db.transaction().execute((trx) => t.services.events.publish(trx, { name, payload } as never, SYSTEM_ACTOR));
    await expect(attempt({ regionCode: '500235', orgName: '缺少组织编号的协会' })).rejects.toThrow(EventContractError);
    await expect(attempt({ regionCode: '500235', orgName: '缺少组织编号的协会' })).rejects.toThrow(/orgId/);
    await expect(attempt({ regionCode: '500235', message: 'x' }, 'no_such_event')).rejects.toThrow(/未登记的事件/);
    await expect(attempt({ regionCode: 'beijing', message: 'x' }, 'platform.test_event')).rejects.toThrow(/regionCode/);
    expect(await outboxSize()).toBe(before);
  });

  it('a consumer that fails after its write is rolled back and redelivered once: the work is applied once', async () => {
    let calls = 0;
    const inner = effectConsumer('crash-after-write');
    t.services.events.subscribe({
      name: 'crash-after-write',
      events: ['platform.test_event'],
      async handle(event, trx) {
        calls++;
        await inner.handle(event, trx);
        if (calls === 1) throw new Error('进程在确认前崩溃');
      },
    });
    const id = await publishTest(t.db, t.services.events);
    const first = await t.services.eventDispatcher.drain();
    expect(first.retrying).toBe(1);
    expect(await effectsOf(t.db, 'crash-after-write')).toEqual([]);
    const waiting = await deliveryOf(t.db, 'crash-after-write', id);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.lastError).toContain('进程在确认前崩溃');

    t.clock.advance(retryDelayMs(1));
    await t.services.eventDispatcher.drain();
    expect(calls).toBe(2);
    expect(await effectsOf(t.db, 'crash-after-write')).toEqual([id]);
    expect(await deliveryOf(t.db, 'crash-after-write', id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a second delivery of an event already processed is acknowledged without running the handler', async () => {
    let calls = 0;
    const inner = effectConsumer('guarded');
    t.services.events.subscribe({
      name: 'guarded',
      events: ['platform.test_event'],
      handle: async (event, trx) => {
        calls++;
        await inner.handle(event, trx);
      },
    });
    const id = await publishTest(t.db, t.services.events);
    await t.services.eventDispatcher.drain();
    expect(calls).toBe(1);
    // The acknowledgement is lost (say, the row was restored from an older backup): it is delivered again.
    await t.db
      .updateTable('eventDeliveries')
      .set({ status: 'pending', processedAt: null, nextAttemptAt: t.clock.now().toISOString() })
      .where('consumer', '=', 'guarded')
      .where('eventId', '=', id)
      .execute();
    const again = await t.services.eventDispatcher.drain();
    expect(again).toMatchObject({ claimed: 1, duplicates: 1, done: 0 });
    expect(calls).toBe(1);
    expect(await effectsOf(t.db, 'guarded')).toEqual([id]);
    expect(await deliveryOf(t.db, 'guarded', id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a failing consumer is retried with growing delays on the clock, then parked as failed with its error', async () => {
    let failing = true;
    t.services.events.subscribe({
      name: 'flaky-tax-bureau',
      events: ['platform.test_event'],
      handle: async () => {
        if (failing) throw new Error('税务接口超时');
      },
    });
    const id = await publishTest(t.db, t.services.events, { regionCode: '500235' });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= DEFAULT_RETRY.maxAttempts; attempt++) {
      await t.services.eventDispatcher.drain();
      const d = await deliveryOf(t.db, 'flaky-tax-bureau', id);
      expect(d.attempts).toBe(attempt);
      expect(d.lastError).toBe('Error: 税务接口超时');
      if (attempt === DEFAULT_RETRY.maxAttempts) {
        expect(d.status).toBe('failed');
        break;
      }
      expect(d.status).toBe('pending');
      const delay = new Date(d.nextAttemptAt).getTime() - t.clock.now().getTime();
      delays.push(delay);
      // Not a moment early …
      t.clock.advance(delay - 1);
      expect((await t.services.eventDispatcher.drain()).claimed).toBe(0);
      // … and due once the delay has passed.
      t.clock.advance(1);
    }
    expect(delays.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(delays.at(-1)).toBe(DEFAULT_RETRY.capDelayMs);
    expect(delays.every((d, i) => i === 0 || d >= delays[i - 1]!)).toBe(true);

    // Parked: no more attempts, however much time passes, until an administrator retries it.
    t.clock.advance(24 * 3_600_000);
    expect((await t.services.eventDispatcher.drain()).claimed).toBe(0);
    const admin = await t.client().as('yy-admin');
    const failed = (await admin.get('/api/event-deliveries?status=failed&consumer=flaky-tax-bureau')).json();
    expect(failed.items).toHaveLength(1);
    expect(failed.items[0]).toMatchObject({
      eventId: id,
      eventName: 'platform.test_event',
      status: 'failed',
      attempts: DEFAULT_RETRY.maxAttempts,
      lastError: 'Error: 税务接口超时',
      inProgress: false,
    });

    failing = false;
    const retried = await admin.post(`/api/event-deliveries/${failed.items[0].id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await t.services.eventDispatcher.drain()).done).toBe(1);
    expect(await deliveryOf(t.db, 'flaky-tax-bureau', id)).toMatchObject({ status: 'done', attempts: 1 });
    const audit = (await admin.get('/api/audit-logs?entity=event_delivery')).json().items;
    expect(audit[0]).toMatchObject({ action: 'retry', entityId: String(failed.items[0].id) });
  });

  it('once started, delivers on its own until stopped; stop waits for the handler in progress', async () => {
    const seen: number[] = [];
    let release: () => void = () => {};
    let slowStarted = false;
    t.services.events.subscribe({
      name: 'polled',
      events: ['platform.test_event'],
      async handle(event) {
        if (event.payload.message === '慢') {
          slowStarted = true;
          await new Promise<void>((r) => (release = r));
        }
        seen.push(event.id);
      },
    });
    const dispatcher = new EventDispatcher(t.db, t.clock, t.services.events, { pollIntervalMs: 10 });
    dispatcher.start();
    const fast = await publishTest(t.db, t.services.events, { message: '快' });
    await expect.poll(() => seen, { timeout: 5000 }).toEqual([fast]);

    const slow = await publishTest(t.db, t.services.events, { message: '慢' });
    // (No database reads meanwhile: on SQLite the handler's transaction holds the one connection.)
    await expect.poll(() => slowStarted, { timeout: 5000 }).toBe(true);
    let stopped = false;
    const stopping = dispatcher.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(seen).toEqual([fast, slow]);

    const after = await publishTest(t.db, t.services.events, { message: '停止后' });
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).not.toContain(after);
    expect(await deliveryOf(t.db, 'polled', after)).toMatchObject({ status: 'pending', attempts: 0 });
  });
});
