import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERRUPTED } from '../../src/platform/events/deliveries.repository';
import { DISPATCHER_DEFAULTS } from '../../src/platform/events/event-dispatcher';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { asTestDb, createEffectsTable, deliveryOf, effectConsumer, effectsOf, publishTest } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await createEffectsTable(t.db);
});
afterAll(() => t.close());

const WORKER = path.resolve(import.meta.dirname, 'event-worker.ts');

interface Worker {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the first line starting with `prefix`. */
  line(prefix: string): Promise<string>;
  exited: Promise<number | null>;
}

/** Another server instance's dispatcher, in a process of its own on the same database. */
function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      WORKER_DB: (t.tdb.url ?? t.tdb.sqliteFile)!,
      WORKER_NOW: t.clock.now().toISOString(),
      ...env,
    },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const lines: string[] = [];
  const waiting: { prefix: string; resolve: (l: string) => void }[] = [];
  readline.createInterface({ input: child.stdout }).on('line', (l) => {
    lines.push(l);
    for (const w of waiting.filter((w) => l.startsWith(w.prefix))) w.resolve(l);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    line: (prefix) =>
      new Promise((resolve, reject) => {
        const seen = lines.find((l) => l.startsWith(prefix));
        if (seen) return resolve(seen);
        waiting.push({ prefix, resolve });
        void exited.then((code) => reject(new Error(`worker exited (${code}) before "${prefix}": ${stderr}`)));
      }),
  };
}

/** On PostgreSQL the server notices a killed client a moment later; wait until its row locks are gone. */
async function waitForLocksReleased(deliveryId: number) {
  if (ENGINE !== 'postgres') return;
  await t.db.transaction().execute(async (trx) => {
    await sql`select id from event_deliveries where id = ${deliveryId} for update`.execute(trx);
  });
}

describe(`event delivery across processes (${ENGINE})`, () => {
  it('a dispatcher killed after the handler did its work but before the acknowledgement: redelivered once, applied once', async () => {
    const consumer = 'crash-test';
    t.services.events.subscribe(effectConsumer(consumer));
    const eventId = await publishTest(t.db, t.services.events, { message: '进程中断测试' });

    const worker = startWorker({ WORKER_MODE: 'die', WORKER_CONSUMER: consumer, WORKER_NAME: 'doomed' });
    expect(await worker.line('handled')).toBe(`handled ${eventId}`);
    worker.child.kill('SIGKILL');
    await worker.exited;

    const d = await deliveryOf(t.db, consumer, eventId);
    await waitForLocksReleased(d.id);
    // The work died with the process's transaction; the claim (one attempt, a lease) had committed.
    expect(await effectsOf(t.db, consumer)).toEqual([]);
    const held = await deliveryOf(t.db, consumer, eventId);
    expect(held).toMatchObject({ status: 'pending', attempts: 1, processedAt: null });
    expect(held.lockedUntil).not.toBeNull();

    // Nobody takes it over while the lease holds …
    expect((await t.services.eventDispatcher.drain()).claimed).toBe(0);
    // … and once it has run out, it is delivered once more and its work applied exactly once.
    t.clock.advance(DISPATCHER_DEFAULTS.leaseMs);
    const r = await t.services.eventDispatcher.drain();
    expect(r).toMatchObject({ claimed: 1, done: 1 });
    expect(await effectsOf(t.db, consumer)).toEqual([eventId]);
    const after = await deliveryOf(t.db, consumer, eventId);
    expect(after).toMatchObject({ status: 'done', attempts: 2, lastError: INTERRUPTED });
    expect((await t.services.eventDispatcher.drain()).claimed).toBe(0);
    expect(await effectsOf(t.db, consumer)).toEqual([eventId]);
  }, 60_000);

  it('two dispatchers on one database never process the same delivery', async () => {
    const consumer = 'race-test';
    t.services.events.subscribe(effectConsumer(consumer));
    const ids: number[] = [];
    for (let n = 0; n < 40; n++) ids.push(await publishTest(t.db, t.services.events, { n }));

    const workers = ['a', 'b'].map((name) =>
      startWorker({ WORKER_MODE: 'drain', WORKER_CONSUMER: consumer, WORKER_NAME: name }),
    );
    await Promise.all(workers.map((w) => w.line('ready')));
    for (const w of workers) w.child.stdin.write('go\n');
    const results = await Promise.all(
      workers.map(async (w) => JSON.parse((await w.line('result ')).slice('result '.length))),
    );
    await Promise.all(workers.map((w) => w.exited));

    expect(await effectsOf(t.db, consumer)).toEqual(ids);
    expect(results.reduce((n, r) => n + r.done, 0)).toBe(40);
    expect(results.every((r) => r.duplicates === 0 && r.lost === 0)).toBe(true);
    const deliveries = await t.db
      .selectFrom('eventDeliveries')
      .select(['status', 'attempts'])
      .where('consumer', '=', consumer)
      .execute();
    expect(deliveries).toHaveLength(40);
    expect(deliveries.every((d) => d.status === 'done' && d.attempts === 1)).toBe(true);
    const byWorker = await asTestDb(t.db)
      .selectFrom('testEffects')
      .select(['worker', (eb) => eb.fn.countAll<number>().as('n')])
      .where('consumer', '=', consumer)
      .groupBy('worker')
      .execute();
    // PostgreSQL row locks let both work side by side. SQLite's single writer lock is not fair: one process
    // may take every batch while the other waits, which is still correct, so only PostgreSQL must show both.
    if (ENGINE === 'postgres') expect(byWorker.map((r) => r.worker).sort()).toEqual(['a', 'b']);
    expect(byWorker.reduce((n, r) => n + Number(r.n), 0)).toBe(40);
  }, 60_000);
});
