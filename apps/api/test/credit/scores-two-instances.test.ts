import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { runsOf, secondInstance } from '../jobs/helpers';
import { orgFields, seedOrgs } from '../support/orgs';

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

describe(`credit.nightly-scores runs once with two instances (${ENGINE})`, () => {
  it('both schedulers tick the 02:30 slot: one run in one worker, one score and one history row per organization', async () => {
    await seedOrgs(a, [{ fields: orgFields() }, { fields: orgFields({ hasPartyOrg: true }) }, { fields: orgFields() }]);
    // The evening before: plan the schedules, keep only the nightly scores on.
    a.clock.set('2026-03-02T17:00:00.000Z');
    await a.services.jobs.scheduler.tick();
    await a.db
      .updateTable('jobSchedules')
      .set({ enabled: false, nextRunAt: null })
      .where('name', '!=', 'credit.nightly-scores')
      .execute();

    a.clock.set('2026-03-02T18:30:01.000Z'); // 02:30:01 on 3 March in China
    await Promise.all([
      a.services.jobs.scheduler.tick(),
      b.services.jobs.scheduler.tick(),
      a.services.jobs.scheduler.runDue(),
      b.services.jobs.scheduler.runDue(),
    ]);
    await Promise.all([a.services.jobs.scheduler.runDue(), b.services.jobs.scheduler.runDue()]);

    const runs = await runsOf(a.db, 'credit.nightly-scores');
    expect(runs.map((r) => [r.slot, r.status, r.attempts])).toEqual([['2026-03-02T18:30:00.000Z', 'succeeded', 1]]);
    const registered = (
      await a.db.selectFrom('organizations').select('id').where('status', '=', 'registered').execute()
    ).length;
    expect(registered).toBeGreaterThanOrEqual(3);
    const scores = await a.db.selectFrom('creditScores').select('orgId').execute();
    expect(scores).toHaveLength(registered);
    // Had both instances scored, every organization would have two first-score history rows of the night.
    const twice = await a.db
      .selectFrom('creditScoreHistory')
      .select('orgId')
      .where('computedOn', '=', '2026-03-03')
      .groupBy('orgId')
      .having(sql<number>`count(*)`, '>', 1)
      .execute();
    expect(twice).toEqual([]);
    const nightRows = await a.db
      .selectFrom('creditScoreHistory')
      .select('orgId')
      .where('computedOn', '=', '2026-03-03')
      .execute();
    expect(nightRows).toHaveLength(registered);
  });
});
