import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { runsOf, secondInstance } from '../jobs/helpers';
import { listingsOf, newOrg, penalty, publish, ref } from './lists-helpers';

let a: TestApp;
let b: Awaited<ReturnType<typeof secondInstance>>;
beforeAll(async () => {
  a = await startTestApp();
  b = await secondInstance(a);
});
afterAll(async () => {
  await b.close();
  await a.close();
});

describe(`credit.daily-rules runs once with two instances (${ENGINE})`, () => {
  it('both schedulers tick the 02:00 slot: one run, each listing handled once', async () => {
    const minor = await newOrg(a);
    await penalty(a, minor, '2026-03-01'); // listed 2026-03-02: auto removal on 2026-09-02
    const late = await newOrg(a);
    await publish(a, 'annual_report_overdue', { ...(await ref(a, late)), year: 2025, deadline: '2026-02-28' });
    // Shortcut for the test: this listing's 2 years end on the same day.
    await a.db.updateTable('creditListings').set({ moveOn: '2026-09-02' }).where('orgId', '=', late).execute();

    // The evening before the slot: plan the schedules, keep only the credit rules on.
    a.clock.set('2026-09-01T17:00:00.000Z');
    await a.services.jobs.scheduler.tick();
    await a.db
      .updateTable('jobSchedules')
      .set({ enabled: false, nextRunAt: null })
      .where('name', '!=', 'credit.daily-rules')
      .execute();

    a.clock.set('2026-09-01T18:00:01.000Z'); // 02:00:01 on 2 September in China
    await Promise.all([
      a.services.jobs.scheduler.tick(),
      b.services.jobs.scheduler.tick(),
      a.services.jobs.scheduler.runDue(),
      b.services.jobs.scheduler.runDue(),
    ]);
    await Promise.all([a.services.jobs.scheduler.runDue(), b.services.jobs.scheduler.runDue()]);

    const runs = await runsOf(a.db, 'credit.daily-rules');
    expect(runs.map((r) => [r.slot, r.status, r.attempts])).toEqual([['2026-09-01T18:00:00.000Z', 'succeeded', 1]]);
    expect((await listingsOf(a, minor)).map((l) => [l.status, l.removalReason, l.removedOn])).toEqual([
      ['removed', 'auto_six_months', '2026-09-02'],
    ]);
    expect((await listingsOf(a, late)).map((l) => [l.list, l.status, l.listedOn])).toEqual([
      ['abnormal', 'moved', '2026-03-02'],
      ['dishonest', 'active', '2026-09-02'],
    ]);
    const audits = await a.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', 'in', ['credit_auto_removed', 'credit_moved'])
      .execute();
    expect(audits.map((x) => x.action).sort()).toEqual(['credit_auto_removed', 'credit_moved']);
  });
});
