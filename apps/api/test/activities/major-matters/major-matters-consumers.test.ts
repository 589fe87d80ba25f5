import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app';
import { ENGINE } from '../../support/database';
import { unitIdByName } from '../../support/fixtures';
import { chinaNoon, deliver, matter, orgWithAccount, renewal } from './helpers';

let t: TestApp;
let edu: number;
beforeAll(async () => {
  t = await startTestApp();
  edu = await unitIdByName(t.db, '云阳县教育委员会');
});
afterAll(() => t.close());

/** The payloads of one event name (sqlite hands JSON back as text). */
const eventsOf = async (name: string) =>
  (await t.db.selectFrom('outboxEvents').select('payload').where('name', '=', name).orderBy('id').execute()).map(
    (e) => (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload) as Record<string, unknown>,
  );

describe(`major matters feed risk warnings and credit (${ENGINE})`, () => {
  it('a day past the due day: accepted, marked late, major_matter_late published, a hint raised to the org', async () => {
    t.clock.set(chinaNoon('2026-09-21'));
    const { orgId, account } = await orgWithAccount(t, { categoryCode: 'education', supervisorUnitId: edu });
    const res = await account.post('/api/major-matters', matter('2026-10-16'));
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    expect((await account.get(`/api/major-matters/${id}`)).json()).toMatchObject({ late: true, dueOn: '2026-09-20' });
    const [e] = (await eventsOf('major_matter_late')).filter((p) => p.majorMatterId === id);
    expect(e).toMatchObject({
      kind: 'large_donation',
      happensOn: '2026-10-16',
      dueOn: '2026-09-20',
      reportedOn: '2026-09-21',
    });
    await deliver(t);
    const warnings = await t.db.selectFrom('riskWarnings').selectAll().where('orgId', '=', orgId).execute();
    expect(warnings).toMatchObject([
      { rule: 'major_matter_late', level: 'hint', target: 'org', sourceRef: `major_matter_late:${id}` },
    ]);
    expect(warnings[0]!.reason).toContain('2026-09-20');
    // The late filter finds it; a report in time raises nothing.
    const late = await account.get('/api/major-matters?late=1');
    expect(late.json().items.map((m: { id: number }) => m.id)).toEqual([id]);
    await account.post('/api/major-matters', matter('2026-10-20'));
    await deliver(t);
    expect(await t.db.selectFrom('riskWarnings').select('id').where('orgId', '=', orgId).execute()).toHaveLength(1);
  });

  it('a completed 换届 publishes council_renewed; credit records the renewal for dormant detection', async () => {
    t.clock.set(chinaNoon('2026-09-01'));
    const { orgId, account, username } = await orgWithAccount(t);
    const id = (await account.post('/api/major-matters', renewal('2026-10-16'))).json().id as number;
    t.clock.set(chinaNoon('2026-10-19'));
    await account.as(username);
    const done = await account.post(`/api/major-matters/${id}/complete`, {
      outcome: '选举产生第三届理事会，李四当选会长',
      completedOn: '2026-10-16',
      version: 1,
    });
    expect(done.statusCode, done.body).toBe(200);
    await deliver(t);
    const records = await t.db
      .selectFrom('creditRecords')
      .selectAll()
      .where('orgId', '=', orgId)
      .where('subtype', '=', 'council_renewed')
      .execute();
    expect(records).toMatchObject([{ kind: 'basic', occurredOn: '2026-10-16', sourceRef: `council_renewed:${id}` }]);
    // Other kinds publish no renewal.
    const donation = (await account.post('/api/major-matters', matter('2026-10-19'))).json().id as number;
    expect(
      (
        await account.post(`/api/major-matters/${donation}/complete`, {
          outcome: '已接收',
          completedOn: '2026-10-19',
          version: 1,
        })
      ).statusCode,
    ).toBe(200);
    expect((await eventsOf('council_renewed')).filter((p) => p.orgId === orgId)).toHaveLength(1);
  });
});
