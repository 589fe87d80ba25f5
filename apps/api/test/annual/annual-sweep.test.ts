import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { orgFields, seedOrgs } from '../support/orgs';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Payloads of the published events of a name (SQLite keeps JSON as text). */
async function eventsNamed(name: string): Promise<Record<string, unknown>[]> {
  const rows = await t.db.selectFrom('outboxEvents').select('payload').where('name', '=', name).execute();
  return rows.map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload));
}

describe(`deadlines with a fake clock (${ENGINE})`, () => {
  it('the day after 31 May is overdue, 31 May is not; a second silent year makes a revocation candidate', async () => {
    const [silent] = await seedOrgs(t, [{ fields: orgFields({ foundedOn: '2020-01-01' }) }]);
    const clerk = await t.client().as('yy-clerk');
    for (const year of [2024, 2025]) {
      const res = await clerk.post('/api/annual-inspection-cycles', { year, authorityDue: `${year + 1}-05-31` });
      expect(res.statusCode).toBe(201);
    }
    const admin = await t.client().as('yy-admin');
    const sweepAt = async (iso: string) => {
      t.clock.set(iso);
      await admin.as('yy-admin');
      expect((await admin.post('/api/jobs/annual.deadline-sweep/run')).statusCode).toBe(202);
      await t.services.jobs.scheduler.runDue();
    };
    // 31 May 2026, 23:00 China time: the 2025 deadline has not passed (the 2024 one has).
    await sweepAt('2026-05-31T15:00:00.000Z');
    let overdue = await eventsNamed('annual_report_overdue');
    expect(overdue.map((e) => e.year)).toEqual([2024]);
    expect(await eventsNamed('org_revocation_candidate')).toEqual([]);
    // 1 June 2026 in China: the 2025 report is overdue too, the second year in a row.
    await sweepAt('2026-05-31T16:00:00.000Z');
    overdue = await eventsNamed('annual_report_overdue');
    expect(overdue.map((e) => e.year).sort()).toEqual([2024, 2025]);
    const candidates = await eventsNamed('org_revocation_candidate');
    expect(candidates).toEqual([
      expect.objectContaining({ orgId: silent, year: 2025, ground: expect.stringContaining('连续两年') }),
    ]);
  });
});
