import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TJob } from '@shezu/contracts';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe(`built-in jobs (${ENGINE})`, () => {
  it('database.optimize refreshes planner statistics and is scheduled daily', async () => {
    const admin = await t.client().as('yy-admin');
    const job = (await admin.get('/api/jobs')).json().items.find((j: TJob) => j.name === 'database.optimize');
    expect(job).toMatchObject({ scheduleText: expect.stringContaining('04:30'), runnable: true });
    if (ENGINE === 'sqlite') await sql`delete from sqlite_stat1 where tbl = 'users'`.execute(t.db);
    const run = (await admin.post('/api/jobs/database.optimize/run')).json();
    await t.services.jobs.scheduler.runDue();
    const done = (await admin.get(`/api/job-runs/${run.id}`)).json();
    expect(done).toMatchObject({ status: 'succeeded', result: { engine: ENGINE } });
    const stats =
      ENGINE === 'sqlite'
        ? await sql<{ n: number }>`select count(*) as n from sqlite_stat1 where tbl = 'users'`.execute(t.db)
        : await sql<{ n: number }>`select count(*) as n from pg_stats where tablename = 'users'`.execute(t.db);
    expect(Number(stats.rows[0]!.n)).toBeGreaterThan(0);
  });
});
