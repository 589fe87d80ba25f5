import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { caseOf, ok, openCase, orgWithAccount, runAlarms, schedulesOff } from './cases-helpers';

let t: TestApp;
/** Signed in afresh after every clock jump (sessions time out on the fake clock too). */
const as = (username: string): Promise<TestClient> => t.client().as(username);
let marketUnit: number;
beforeAll(async () => {
  t = await startTestApp();
  await schedulesOff(t);
  marketUnit = (
    await t.db.selectFrom('units').select('id').where('name', '=', '云阳县市场监督管理局').executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

const alarmsOf = async (caseId: number) =>
  (await caseOf(await as('yy-clerk'), caseId)).alarms.map((a: { kind: string; resolvedOn: string | null }) => [
    a.kind,
    a.resolvedOn,
  ]);
const alarmList = async () =>
  ok(await (await as('yy-clerk')).get('/api/supervision-cases?alarm=1'))
    .json()
    .items.map((c: { id: number }) => c.id);
const overdueEvents = () =>
  t.db.selectFrom('outboxEvents').select('payload').where('name', '=', 'rectification_overdue').execute();

describe(`电子监察 with a fake clock (${ENGINE})`, () => {
  it('an overdue rectification order raises one alarm, a handler to-do and rectification_overdue once; answering resolves it', async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    const { orgId, username } = await orgWithAccount(t);
    const { caseId } = await openCase(t, orgId, 'spot_check:7001', {
      rectification: { deadline: '2026-03-10', requirement: '补报审计报告' },
    });
    // The handler is the system here: give the case a clerk as handler for the to-do.
    const clerkId = (
      await t.db.selectFrom('users').select('id').where('username', '=', 'yy-clerk').executeTakeFirstOrThrow()
    ).id;
    await t.db.updateTable('supervisionCases').set({ handlerId: clerkId }).where('id', '=', caseId).execute();

    await runAlarms(t, '2026-03-10'); // the deadline day itself is not late
    expect(await alarmsOf(caseId)).toEqual([]);
    const r1 = await runAlarms(t, '2026-03-11');
    expect(r1).toMatchObject({ raised: 1, published: 1 });
    expect(await alarmsOf(caseId)).toEqual([['measure_overdue', null]]);
    expect(await alarmList()).toContain(caseId);
    const events = await overdueEvents();
    expect(events).toHaveLength(1);
    const p = typeof events[0]!.payload === 'string' ? JSON.parse(events[0]!.payload) : events[0]!.payload;
    expect(p).toMatchObject({ caseId, orgId, measure: 'rectification_order', deadline: '2026-03-10' });
    const todo = await t.db
      .selectFrom('todos')
      .selectAll()
      .where('sourceKey', '=', `supervision_case:${caseId}:alarm`)
      .executeTakeFirstOrThrow();
    expect([todo.userId, todo.link]).toEqual([clerkId, `/supervision-cases/${caseId}`]);

    // Next day: nothing new, no second event.
    expect(await runAlarms(t, '2026-03-12')).toMatchObject({ raised: 0, published: 0 });
    expect(await overdueEvents()).toHaveLength(1);

    // Late answer resolves the alarm; the list's filter drops the case.
    const m = ok(await (await as(username)).get('/api/case-measures')).json().items[0];
    ok(await (await as(username)).post(`/api/case-measures/${m.id}/answer`, { answer: '已补报', fileIds: [] }));
    expect(await alarmsOf(caseId)).toEqual([['measure_overdue', '2026-03-12']]);
    expect(await alarmList()).not.toContain(caseId);

    // An answer left unverified for more than 5 working days is an alarm of its own (12 Mar + 5 = 19 Mar).
    expect(await runAlarms(t, '2026-03-19')).toMatchObject({ raised: 0 });
    expect(await runAlarms(t, '2026-03-20')).toMatchObject({ raised: 1, published: 0 });
    expect(await alarmsOf(caseId)).toEqual([
      ['measure_overdue', '2026-03-12'],
      ['verification_overdue', null],
    ]);
    ok(
      await (await as('yy-clerk')).post(`/api/supervision-cases/${caseId}/measures/${m.id}/verify`, { accepted: true }),
    );
    expect((await alarmsOf(caseId)).every(([, resolved]: [string, string | null]) => resolved)).toBe(true);
    const done = await t.db
      .selectFrom('todos')
      .select('status')
      .where('sourceKey', '=', `supervision_case:${caseId}:alarm`)
      .executeTakeFirstOrThrow();
    expect(done.status).toBe('done');
    expect(await alarmList()).not.toContain(caseId);
    expect(await overdueEvents()).toHaveLength(1);
  });

  it('a returned answer is late again after its deadline; an overdue partner task raises its own alarm', async () => {
    t.clock.set('2026-04-01T02:00:00.000Z');
    const { orgId, username } = await orgWithAccount(t);
    const { caseId } = await openCase(t, orgId, 'complaint:7002');
    ok(
      await (
        await as('yy-clerk')
      ).post(`/api/supervision-cases/${caseId}/tasks`, {
        unitId: marketUnit,
        request: '核查',
        deadline: '2026-04-03',
      }),
      201,
    );
    const m = ok(
      await (
        await as('yy-clerk')
      ).post(`/api/supervision-cases/${caseId}/measures`, {
        kind: 'reminder_letter',
        deadline: '2026-04-03',
        requirement: '公开年报',
      }),
      201,
    ).json();
    ok(await (await as(username)).post(`/api/case-measures/${m.id}/answer`, { answer: '已公开', fileIds: [] }));
    ok(
      await (
        await as('yy-clerk')
      ).post(`/api/supervision-cases/${caseId}/measures/${m.id}/verify`, {
        accepted: false,
        reason: '未见公开网址',
      }),
    );

    expect(await runAlarms(t, '2026-04-07')).toMatchObject({ raised: 2, published: 0 });
    expect(await alarmsOf(caseId)).toEqual([
      ['measure_overdue', null],
      ['task_overdue', null],
    ]);
    const task = ok(await (await as('yy-partner')).get('/api/case-tasks'))
      .json()
      .items.find((x: { caseId: number }) => x.caseId === caseId);
    expect(task.overdue).toBe(true);
    ok(await (await as('yy-partner')).post(`/api/case-tasks/${task.id}/feedback`, { feedback: '已核查' }));
    expect(await alarmsOf(caseId)).toEqual([
      ['measure_overdue', null],
      ['task_overdue', '2026-04-07'],
    ]);
    // A reminder letter is late, but only rectification orders go to credit.
    expect((await overdueEvents()).length).toBe(1);
  });
});
