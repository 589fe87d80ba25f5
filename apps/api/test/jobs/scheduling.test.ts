import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJson } from '../../src/db/dialect';
import type { JobDefinition } from '../../src/platform/jobs/job-types';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { userIdByName } from '../support/fixtures';
import { runsOf, secondInstance, sleep } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const DAY = 86_400_000;
const iso = (s: string) => new Date(s).toISOString();

async function insertSession(id: string, lastSeenAt: string) {
  await t.db
    .insertInto('sessions')
    .values({
      id,
      userId: await userIdByName(t.db, 'yy-clerk'),
      csrfToken: 'x',
      createdAt: lastSeenAt,
      lastSeenAt,
      expiresAt: '2026-04-01T00:00:00.000Z',
      ip: null,
      userAgent: null,
    })
    .execute();
}

const sessionIds = async () =>
  (await t.db.selectFrom('sessions').select('id').where('id', 'like', 'catchup-%').orderBy('id').execute()).map(
    (r) => r.id,
  );

describe(`scheduled jobs: catch-up and idempotence (${ENGINE})`, () => {
  it('after a 3-day outage runs each missed daily slot once, in order, each computing its own day', async () => {
    const scheduler = t.services.jobs.scheduler;
    await scheduler.runDue(); // the first pass registers the schedule: nothing is due yet
    expect(await runsOf(t.db, 'sessions.cleanup')).toEqual([]);

    // Idle timeout 30 min; slots are 03:00 China time = 19:00 UTC the day before.
    await insertSession('catchup-a', '2026-03-02T10:00:00.000Z'); // stale at the 3 March slot
    await insertSession('catchup-b', '2026-03-03T18:45:00.000Z'); // fresh at the 4 March slot, stale at the 5th
    await insertSession('catchup-c', '2026-03-04T18:50:00.000Z'); // fresh at every slot

    t.clock.set('2026-03-05T02:00:00.000Z');
    await scheduler.runDue();
    const runs = await runsOf(t.db, 'sessions.cleanup');
    expect(runs.map((r) => r.slot)).toEqual([
      iso('2026-03-02T19:00:00Z'),
      iso('2026-03-03T19:00:00Z'),
      iso('2026-03-04T19:00:00Z'),
    ]);
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(runs.map((r) => fromJson(r.result))).toEqual([{ deleted: 1 }, { deleted: 0 }, { deleted: 1 }]);
    expect(runs.every((r) => r.kind === 'scheduled' && r.attempts === 1 && r.requestedBy === null)).toBe(true);
    expect(await sessionIds()).toEqual(['catchup-c']);

    const schedule = await t.db
      .selectFrom('jobSchedules')
      .selectAll()
      .where('name', '=', 'sessions.cleanup')
      .executeTakeFirstOrThrow();
    expect(schedule.lastSlot).toBe(iso('2026-03-04T19:00:00Z'));
    expect(schedule.nextRunAt).toBe(iso('2026-03-05T19:00:00Z'));

    // The trail names the system as actor and leads back to the run.
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'cleanup')
      .where('entity', '=', 'session')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.actorName, a.actorId, a.requestId])).toEqual([
      ['system', null, `job-run:${runs[0]!.id}`],
      ['system', null, `job-run:${runs[2]!.id}`],
    ]);
  });

  it('ticking again creates nothing, and running a slot again changes nothing', async () => {
    const before = await runsOf(t.db, 'sessions.cleanup');
    await t.services.jobs.scheduler.runDue();
    await t.services.jobs.scheduler.runDue();
    expect(await runsOf(t.db, 'sessions.cleanup')).toHaveLength(before.length);

    // A retry of the 3 March slot (as after a crash) computes that day again, not today: catchup-c,
    // idle by now, survives because it was fresh at that slot.
    await t.db
      .updateTable('jobRuns')
      .set({ status: 'queued', finishedAt: null })
      .where('id', '=', before[0]!.id)
      .execute();
    await t.services.jobs.scheduler.runDue();
    const again = await t.db
      .selectFrom('jobRuns')
      .selectAll()
      .where('id', '=', before[0]!.id)
      .executeTakeFirstOrThrow();
    expect(again.status).toBe('succeeded');
    expect(fromJson(again.result)).toEqual({ deleted: 0 });
    expect(await sessionIds()).toEqual(['catchup-c']);
  });

  it('slots older than the catch-up window are skipped', async () => {
    const w = await startTestApp({ env: { JOBS_CATCH_UP_DAYS: '2' } });
    try {
      await w.services.jobs.scheduler.runDue();
      w.clock.advance(10 * DAY);
      await w.services.jobs.scheduler.runDue();
      const runs = await runsOf(w.db, 'sessions.cleanup');
      expect(runs.map((r) => r.slot)).toEqual([iso('2026-03-10T19:00:00Z'), iso('2026-03-11T19:00:00Z')]);
    } finally {
      await w.close();
    }
  });
});

describe(`scheduled jobs: exactly once with two instances on one database (${ENGINE})`, () => {
  it('two schedulers ticking the same due slots concurrently create and execute each run once', async () => {
    const a = await startTestApp();
    const b = await secondInstance(a);
    try {
      const admin = await a.client().as('yy-admin');
      // Only the test job here: on SQLite two connections in one thread must not hold transactions at once.
      const cleanup = (await admin.get('/api/jobs'))
        .json()
        .items.find((j: { name: string }) => j.name === 'sessions.cleanup');
      expect(
        (await admin.put('/api/jobs/sessions.cleanup', { enabled: false, version: cleanup.version })).statusCode,
      ).toBe(200);

      const executions: string[] = [];
      const job = (instance: string): JobDefinition => ({
        name: 'test.exactly-once',
        title: '测试：恰好一次',
        schedule: { every: 'day', at: '03:00' },
        run: async (ctx) => {
          executions.push(`${ctx.slot.toISOString()} by ${instance}`);
          await sleep(30);
          return { instance };
        },
      });
      a.services.jobs.registry.register(job('a'));
      b.services.jobs.registry.register(job('b'));
      await Promise.all([a.services.jobs.scheduler.tick(), b.services.jobs.scheduler.tick()]);
      expect(await runsOf(a.db, 'test.exactly-once')).toEqual([]);

      for (let day = 0; day < 4; day++) {
        a.clock.set(new Date(new Date('2026-03-02T19:00:01Z').getTime() + day * DAY));
        await Promise.all([
          a.services.jobs.scheduler.runDue(),
          b.services.jobs.scheduler.runDue(),
          a.services.jobs.scheduler.tick(),
          b.services.jobs.scheduler.tick(),
        ]);
        await Promise.all([a.services.jobs.scheduler.runDue(), b.services.jobs.scheduler.runDue()]);
      }
      // An outage of both, then both come back at once: the missed slots too run once each, in order.
      a.clock.advance(3 * DAY);
      await Promise.all([a.services.jobs.scheduler.runDue(), b.services.jobs.scheduler.runDue()]);
      await Promise.all([a.services.jobs.scheduler.runDue(), b.services.jobs.scheduler.runDue()]);

      const runs = await runsOf(a.db, 'test.exactly-once');
      const slots = Array.from({ length: 7 }, (_, d) => new Date(new Date('2026-03-02T19:00:00Z').getTime() + d * DAY));
      expect(runs.map((r) => r.slot)).toEqual(slots.map((s) => s.toISOString()));
      expect(runs.every((r) => r.status === 'succeeded' && r.attempts === 1)).toBe(true);
      expect(executions.map((e) => e.slice(0, 24))).toEqual(slots.map((s) => s.toISOString()));
    } finally {
      await b.close();
      await a.close();
    }
  });
});

describe(`scheduled jobs: enable and disable (${ENGINE})`, () => {
  it('a disabled job creates no runs; enabled again, it does not catch up the disabled days', async () => {
    const w = await startTestApp();
    try {
      const admin = await w.client().as('yy-admin');
      const job = (await admin.get('/api/jobs'))
        .json()
        .items.find((j: { name: string }) => j.name === 'sessions.cleanup');
      const off = await admin.put('/api/jobs/sessions.cleanup', { enabled: false, version: job.version });
      expect(off.json()).toMatchObject({ enabled: false, nextRunAt: null, version: job.version + 1 });
      w.clock.advance(3 * DAY);
      await w.services.jobs.scheduler.runDue();
      expect(await runsOf(w.db, 'sessions.cleanup')).toEqual([]);

      const later = await w.client().as('yy-admin'); // the first session expired with the clock
      const on = await later.put('/api/jobs/sessions.cleanup', { enabled: true, version: job.version + 1 });
      expect(on.json()).toMatchObject({ enabled: true, nextRunAt: iso('2026-03-05T19:00:00Z') });
      const stale = await later.put('/api/jobs/sessions.cleanup', { enabled: false, version: job.version });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('STALE_VERSION');
      await w.services.jobs.scheduler.runDue();
      expect(await runsOf(w.db, 'sessions.cleanup')).toEqual([]);
      w.clock.advance(DAY);
      await w.services.jobs.scheduler.runDue();
      expect((await runsOf(w.db, 'sessions.cleanup')).map((r) => r.slot)).toEqual([iso('2026-03-05T19:00:00Z')]);

      const trail = await w.db
        .selectFrom('auditLog')
        .select(['action', 'entity', 'entityId', 'summary', 'actorName'])
        .where('entity', '=', 'job')
        .orderBy('id')
        .execute();
      expect(trail).toEqual([
        {
          action: 'update',
          entity: 'job',
          entityId: 'sessions.cleanup',
          summary: '停用定时任务：清理过期登录会话',
          actorName: '云阳县系统管理员(yy-admin)',
        },
        {
          action: 'update',
          entity: 'job',
          entityId: 'sessions.cleanup',
          summary: '启用定时任务：清理过期登录会话',
          actorName: '云阳县系统管理员(yy-admin)',
        },
      ]);
    } finally {
      await w.close();
    }
  });
});
