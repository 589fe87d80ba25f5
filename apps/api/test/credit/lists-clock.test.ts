import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { chinaNoon, listingsOf, orgWithAccount, penalty, publish, ref, runDaily, schedulesOff } from './lists-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await schedulesOff(t);
});
afterAll(() => t.close());

const overdue = async (orgId: number, year: number, deadline: string) =>
  publish(t, 'annual_report_overdue', { ...(await ref(t, orgId)), year, deadline });

/**
 * Each case uses its own organization and runs the daily job on its boundary days; the job only ever acts on
 * listings that are due, so cases do not disturb one another as long as the clock only moves forward.
 */
describe(`time rules with a manual clock (${ENGINE})`, () => {
  it('5 working days across 国庆 2026: verified 30 Sep → removeBy 13 Oct (10 Oct is a make-up workday)', async () => {
    t.clock.set(chinaNoon('2026-09-28'));
    const { orgId, account } = await orgWithAccount(t);
    await overdue(orgId, 2025, '2026-05-31');
    const [l] = await listingsOf(t, orgId);
    const filed = await account.post('/api/credit-requests', {
      listingId: l!.id,
      kind: 'removal',
      reason: '已补报2025年度工作报告',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const todos = await t.db
      .selectFrom('todos')
      .selectAll()
      .where('sourceKey', '=', `credit-request:${filed.json().id}`)
      .execute();
    expect(todos).toMatchObject([{ role: 'authority_staff', regionCode: '500235', doneAt: null }]);

    t.clock.set(chinaNoon('2026-09-30'));
    const clerk = await t.client().as('yy-clerk');
    const v = await clerk.post(`/api/credit-requests/${filed.json().id}/verify`, {});
    expect(v.statusCode, v.body).toBe(200);
    expect(v.json()).toMatchObject({
      status: 'verified',
      verifiedOn: '2026-09-30',
      removeBy: '2026-10-13',
      calendarMissingYears: [],
    });

    await runDaily(t, '2026-10-12');
    expect((await listingsOf(t, orgId))[0]!.status).toBe('active');
    await runDaily(t, '2026-10-13');
    expect((await listingsOf(t, orgId))[0]).toMatchObject({
      status: 'removed',
      removalReason: 'application',
      removedOn: '2026-10-13',
    });
    const req = await t.db
      .selectFrom('creditRequests')
      .selectAll()
      .where('id', '=', filed.json().id)
      .executeTakeFirstOrThrow();
    expect(req).toMatchObject({ status: 'approved', decidedByName: null });
    const done = await t.db
      .selectFrom('todos')
      .select('doneAt')
      .where('sourceKey', '=', `credit-request:${req.id}`)
      .executeTakeFirstOrThrow();
    expect(done.doneAt).not.toBeNull();
  });
  it('6 months: a warning-only listing stays the day before and leaves on the day; a new ground restarts it', async () => {
    t.clock.set(chinaNoon('2026-10-20'));
    const { orgId: a } = await orgWithAccount(t);
    const { orgId: b } = await orgWithAccount(t);
    await penalty(t, a, '2026-10-19');
    await penalty(t, b, '2026-10-19');
    // b: a second warning (within 3 years: also the dishonest list) restarts b's abnormal clock on 1 December.
    t.clock.set(chinaNoon('2026-12-01'));
    await penalty(t, b, '2026-11-30');
    expect((await listingsOf(t, b))[0]).toMatchObject({ clockStart: '2026-12-01', autoRemoveOn: '2027-06-01' });

    await runDaily(t, '2027-04-19');
    expect((await listingsOf(t, a))[0]!.status).toBe('active');
    await runDaily(t, '2027-04-20');
    expect((await listingsOf(t, a))[0]).toMatchObject({
      status: 'removed',
      removalReason: 'auto_six_months',
      removedOn: '2027-04-20',
    });
    expect((await listingsOf(t, b))[0]!.status).toBe('active');
    await runDaily(t, '2027-05-31');
    expect((await listingsOf(t, b))[0]!.status).toBe('active');
    await runDaily(t, '2027-06-01');
    expect((await listingsOf(t, b))[0]).toMatchObject({ status: 'removed', removedOn: '2027-06-01' });
    // Running the same day again changes nothing.
    expect(await runDaily(t, '2027-06-01')).toMatchObject({ autoRemoved: 0, moved: 0 });
  });

  it('2 full years: moved the day of, not the day before; a new ground does not postpone the move', async () => {
    t.clock.set(chinaNoon('2027-06-02'));
    const { orgId } = await orgWithAccount(t);
    await overdue(orgId, 2026, '2027-05-31');
    t.clock.set(chinaNoon('2028-06-01'));
    await overdue(orgId, 2027, '2028-05-31');
    let [abnormal] = await listingsOf(t, orgId);
    expect(abnormal).toMatchObject({ listedOn: '2027-06-02', clockStart: '2028-06-01', moveOn: '2029-06-02' });

    await runDaily(t, '2029-06-01');
    expect((await listingsOf(t, orgId)).map((l) => l.status)).toEqual(['active']);
    await runDaily(t, '2029-06-02');
    const ls = await listingsOf(t, orgId);
    abnormal = ls[0];
    expect(abnormal).toMatchObject({ status: 'moved', removalReason: 'moved', removedOn: '2029-06-02' });
    expect(ls[1]).toMatchObject({
      list: 'dishonest',
      status: 'active',
      listedOn: '2029-06-02',
      removableFrom: '2031-06-02',
      fromListingId: abnormal!.id,
      grounds: ['abnormal_two_years'],
    });
    const todo = await t.db
      .selectFrom('todos')
      .select('doneAt')
      .where('sourceKey', '=', `credit-listing:${abnormal!.id}`)
      .executeTakeFirstOrThrow();
    expect(todo.doneAt).not.toBeNull();
  });

  it('dishonest repair: refused the day before 2 full years, accepted on the day only with the obligation met', async () => {
    t.clock.set(chinaNoon('2029-06-03'));
    const { orgId, account, username } = await orgWithAccount(t);
    await overdue(orgId, 2028, '2029-05-31');
    const clerk = await t.client().as('yy-clerk');
    const manual = await clerk.post('/api/credit-listings', {
      orgId,
      list: 'abnormal',
      ground: 'no_party_org',
      occurredOn: '2029-06-01',
      detail: '未按规定设立党组织',
    });
    expect(manual.statusCode, manual.body).toBe(201);
    await runDaily(t, '2031-06-03'); // moved to the dishonest list on 2031-06-03
    const [abnormal, dishonest] = await listingsOf(t, orgId);
    expect(dishonest).toMatchObject({ list: 'dishonest', removableFrom: '2033-06-03' });

    t.clock.set(chinaNoon('2033-06-02'));
    await account.as(username); // the session ran out with the years
    const early = await account.post('/api/credit-requests', {
      listingId: dishonest!.id,
      kind: 'repair',
      reason: '已整改',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('2033-06-03');

    t.clock.set(chinaNoon('2033-06-03'));
    await account.as(username);
    const unmet = await account.post('/api/credit-requests', {
      listingId: dishonest!.id,
      kind: 'repair',
      reason: '已整改',
    });
    expect(unmet.statusCode).toBe(409);
    expect(unmet.json().message).toContain('履行相关义务');

    // The original obligation: the 2028 report, filed now; the old abnormal ground counts as met.
    await publish(t, 'annual_report_submitted', {
      ...(await ref(t, orgId)),
      reportId: 7001,
      year: 2028,
      submittedAt: '2033-06-03T02:00:00.000Z',
    });
    const [g] = await t.db
      .selectFrom('creditListingGrounds')
      .selectAll()
      .where('listingId', '=', abnormal!.id)
      .orderBy('id')
      .execute();
    expect(g!.fulfilledOn).toBe('2033-06-03');
    // The other obligation, met and recorded by the clerk on the moved listing.
    const stillOpen = await account.post('/api/credit-requests', {
      listingId: dishonest!.id,
      kind: 'repair',
      reason: '已整改',
    });
    expect(stillOpen.statusCode).toBe(409);
    await clerk.as('yy-clerk');
    const party = (await clerk.get(`/api/credit-listings/${abnormal!.id}`)).json().grounds[1];
    expect(party.ground).toBe('no_party_org');
    const met = await clerk.post(`/api/credit-listings/${abnormal!.id}/fulfil`, {
      groundId: party.id,
      fulfilledOn: '2033-05-20',
    });
    expect(met.statusCode, met.body).toBe(200);
    const ok = await account.post('/api/credit-requests', {
      listingId: dishonest!.id,
      kind: 'repair',
      reason: '已补报年度报告',
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
