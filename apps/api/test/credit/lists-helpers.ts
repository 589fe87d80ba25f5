import { expect } from 'vitest';
import type { EventName, EventPayload, TOrgFields } from '@shezu/contracts';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import type { TestApp, TestClient } from '../support/app';
import { insertUser } from '../support/fixtures';
import { orgFields, seedOrgs } from '../support/orgs';

let n = 0;

/** China date → the instant 10:00 that day (UTC+8), for the manual clock. */
export const chinaNoon = (date: string) => `${date}T02:00:00.000Z`;

/** One registered organization (云阳县 by default). */
export async function newOrg(t: TestApp, authority = '500235', over: Partial<TOrgFields> = {}): Promise<number> {
  const region = authority === '500235' ? '500235001' : `${authority}006`;
  const [id] = await seedOrgs(t, [{ fields: orgFields({ regionCode: region, ...over }), authority }]);
  return id!;
}

/** An organization with its own account, signed in. */
export async function orgWithAccount(
  t: TestApp,
  authority = '500235',
): Promise<{ orgId: number; account: TestClient; username: string }> {
  const orgId = await newOrg(t, authority);
  const username = `credit-org-${++n}-${orgId}`;
  await insertUser(t.db, { username, roles: ['org_account'], regionCode: authority, orgId });
  return { orgId, account: await t.client().as(username), username };
}

/** The organization as an event names it. */
export async function ref(t: TestApp, orgId: number) {
  const o = (await t.services.orgsQuery.facts(orgId))!;
  return {
    orgId,
    orgName: o.name,
    uscc: o.uscc,
    regionCode: o.regionCode,
    authorityRegionCode: o.authorityRegionCode,
    supervisorUnitId: o.supervisorUnitId,
  };
}

/** Publishes an event as its module would (tests never import other modules' code) and delivers it. */
export async function publish<N extends EventName>(t: TestApp, name: N, payload: EventPayload<N>): Promise<number> {
  const id = await t.db
    .transaction()
    .execute((trx) => t.services.events.publish(trx, { name, payload } as never, SYSTEM_ACTOR));
  await t.services.eventDispatcher.drain();
  const failed = await t.db
    .selectFrom('eventDeliveries')
    .select(['consumer', 'lastError'])
    .where('eventId', '=', id)
    .where('status', '!=', 'done')
    .execute();
  expect(failed).toEqual([]);
  return id;
}

let penaltyNo = 0;
export async function penalty(
  t: TestApp,
  orgId: number,
  decidedOn: string,
  kinds: EventPayload<'penalty_decided'>['kinds'] = ['warning'],
  fineFen: number | null = null,
) {
  return publish(t, 'penalty_decided', {
    ...(await ref(t, orgId)),
    penaltyId: null,
    decisionNumber: `云民罚〔${decidedOn.slice(0, 4)}〕${++penaltyNo}号`,
    kinds,
    fineFen,
    confiscatedFen: null,
    decidedOn,
    decidedBy: null,
  });
}

export async function listingsOf(t: TestApp, orgId: number) {
  const rows = await t.db.selectFrom('creditListings').selectAll().where('orgId', '=', orgId).orderBy('id').execute();
  const grounds = await t.db
    .selectFrom('creditListingGrounds')
    .selectAll()
    .where('listingId', 'in', rows.map((r) => r.id).concat([0]))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, grounds: grounds.filter((g) => g.listingId === r.id).map((g) => g.ground) }));
}

/** Scheduled jobs off (the tests jump the clock by years: no catch-up of every daily job); one-off runs still run. */
export async function schedulesOff(t: TestApp): Promise<void> {
  await t.services.jobs.scheduler.tick(); // creates the schedule rows
  await t.db.updateTable('jobSchedules').set({ enabled: false, nextRunAt: null }).execute();
}

/** Runs the daily rules for the given China date (the slot at 02:00 China time) and checks it succeeded. */
export async function runDaily(t: TestApp, date: string): Promise<Record<string, unknown>> {
  t.clock.set(`${date}T02:00:00+08:00`);
  const id = await t.services.jobs.enqueue(t.db, { name: 'credit.daily-rules', requestedBy: null });
  await t.services.jobs.scheduler.runDue();
  const run = await t.db.selectFrom('jobRuns').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  expect(run.status, String(run.error ?? '')).toBe('succeeded');
  const result = run.result;
  return (typeof result === 'string' ? JSON.parse(result) : result) as Record<string, unknown>;
}
