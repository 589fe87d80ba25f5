import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJson } from '../../src/db/dialect';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { orgFields, seedOrgs } from '../support/orgs';
import { insertRecord, scoreRows } from './scores-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const runs = async () =>
  (
    await t.db
      .selectFrom('jobRuns')
      .select(['slot', 'status', 'result', 'error'])
      .where('jobName', '=', 'credit.nightly-scores')
      .orderBy('id')
      .execute()
  ).map((r) => ({ ...r, result: fromJson<Record<string, number>>(r.result) }));

describe(`nightly scores through the jobs platform (${ENGINE})`, () => {
  it('02:30 scores every registered organization in a worker; the next night writes only what changed', async () => {
    const ids = await seedOrgs(t, [{ fields: orgFields() }, { fields: orgFields({ hasPartyOrg: true }) }]);
    // A warning of 4 March 2023: inside the 3-year window on 3 March 2026, outside from 4 March.
    await insertRecord(t, ids[0]!, 'penalty', '2023-03-04', { kinds: ['warning'], fineFen: null });
    const scheduler = t.services.jobs.scheduler;
    await scheduler.runDue(); // registers the schedules (the clock starts at 09:00 on 2 March)
    t.clock.set('2026-03-02T18:31:00.000Z'); // 02:31 China time, 3 March
    await scheduler.runDue();
    const registered = (
      await t.db.selectFrom('organizations').select('id').where('status', '=', 'registered').execute()
    ).length;
    let r = await runs();
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ status: 'succeeded', slot: '2026-03-02T18:30:00.000Z' });
    expect(r[0]!.result).toMatchObject({ date: '2026-03-03', scored: registered, changed: registered });
    const first = new Map((await scoreRows(t)).map((s) => [s.orgId, s]));
    expect(first.size).toBe(registered);
    expect(first.get(ids[0]!)).toMatchObject({ score: 892, level: 'B' });
    expect(first.get(ids[1]!)).toMatchObject({ score: 950, level: 'A' });

    t.clock.set('2026-03-03T18:31:00.000Z'); // 4 March: the warning has left the window
    await scheduler.runDue();
    r = await runs();
    expect(r).toHaveLength(2);
    // Only the organization whose facts moved is written (its penalty fact); everyone else is unchanged.
    expect(r[1]!.result).toMatchObject({ date: '2026-03-04', scored: registered, changed: 1, levelChanges: 1 });
    const after = await t.db
      .selectFrom('creditScores')
      .selectAll()
      .where('orgId', '=', ids[0]!)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({ score: 922, level: 'A', computedOn: '2026-03-04' });
    const history = await t.db
      .selectFrom('creditScoreHistory')
      .select(['score', 'level', 'cause', 'computedOn'])
      .where('orgId', '=', ids[0]!)
      .orderBy('id')
      .execute();
    expect(history).toEqual([
      { score: 892, level: 'B', cause: 'nightly', computedOn: '2026-03-03' },
      { score: 922, level: 'A', cause: 'nightly', computedOn: '2026-03-04' },
    ]);
    const audits = await t.db
      .selectFrom('auditLog')
      .select(['action', 'actorName'])
      .where('action', '=', 'credit_scores_recomputed')
      .execute();
    expect(audits.length).toBeGreaterThanOrEqual(2);
    expect(audits.every((a) => a.actorName === 'system')).toBe(true);
  });
});
