import { expect } from 'vitest';
import type { EventName, EventPayload, TOrgFields } from '@shezu/contracts';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import type { TestApp, TestClient } from '../support/app';
import { orgFields, seedOrgs } from '../support/orgs';

async function ref(t: TestApp, orgId: number) {
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

/** Publishes an event as its module would and delivers it: the lists' consumer turns it into a credit record. */
async function publish<N extends EventName>(t: TestApp, name: N, payload: EventPayload<N>): Promise<void> {
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
}

/**
 * A credit record inserted directly, for facts no module publishes yet (council renewals): the shape the
 * lists' consumer writes.
 */
export async function record(
  t: TestApp,
  orgId: number,
  subtype: string,
  occurredOn: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  const o = (await t.services.orgsQuery.facts(orgId))!;
  await t.db
    .insertInto('creditRecords')
    .values({
      orgId,
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      kind: 'basic',
      subtype,
      occurredOn,
      title: subtype,
      data: JSON.stringify(data),
      public: false,
      sourceRef: `test:${subtype}:${occurredOn}`,
      createdAt: new Date().toISOString(),
    })
    .execute();
}

/** Annual reports overdue for each of `years`, as the annual deadline sweep publishes them. */
export async function missedYears(t: TestApp, orgId: number, years: number[]): Promise<void> {
  for (const year of years)
    await publish(t, 'annual_report_overdue', { ...(await ref(t, orgId)), year, deadline: `${year + 1}-05-31` });
}

/** The annual inspection's revocation candidate (连续两年未参加年检) for `year`. */
export async function revocationCandidate(t: TestApp, orgId: number, year: number): Promise<void> {
  await publish(t, 'org_revocation_candidate', {
    ...(await ref(t, orgId)),
    year,
    ground: `连续两年（${year - 1}、${year}年度）未参加年检`,
  });
}

let activityId = 0;
/** A published activity (activity_published), at noon China time of `date`. */
export async function activity(t: TestApp, orgId: number, date: string): Promise<void> {
  await publish(t, 'activity_published', {
    ...(await ref(t, orgId)),
    activityId: ++activityId,
    title: '公益讲座',
    publishedAt: `${date}T04:00:00.000Z`,
  });
}

let tracking = 0;
/** A registered letter to the registered address, entered by the bureau's clerk through the lists' route. */
export async function letter(t: TestApp, clerk: TestClient, orgId: number, sentOn: string, signed: boolean) {
  const res = await clerk.post('/api/credit-letters', { orgId, sentOn, trackingNo: `EMS${++tracking}`, signed });
  expect(res.statusCode, res.body).toBe(201);
}

/** Listed as unreachable (活动异常名录 (六)) through the lists' route, after two unsigned letters 30 days apart. */
export async function listUnreachable(t: TestApp, clerk: TestClient, orgId: number, on: string): Promise<void> {
  const day = (d: number) => new Date(Date.parse(`${on}T00:00:00Z`) - d * 86_400_000).toISOString().slice(0, 10);
  await letter(t, clerk, orgId, day(40), false);
  await letter(t, clerk, orgId, day(10), false);
  const res = await clerk.post('/api/credit-listings', {
    orgId,
    list: 'abnormal',
    ground: 'unreachable',
    occurredOn: on,
    detail: '两次专用信函无人签收',
    evidence: [],
  });
  expect(res.statusCode, res.body).toBe(201);
}

/** Organizations of one bureau (云阳县 by default). */
export async function orgsOf(
  t: TestApp,
  n: number,
  authority = '500235',
  over: Partial<TOrgFields> = {},
): Promise<number[]> {
  const regionCode = authority === '500235' ? '500235001' : authority === '330802' ? '330802006' : authority;
  return seedOrgs(
    t,
    Array.from({ length: n }, () => ({ fields: orgFields({ regionCode, ...over }), authority })),
  );
}

/** Moves the manual clock to noon of a China date (sign in again afterwards: sessions time out). */
export async function at(t: TestApp, date: string): Promise<void> {
  t.clock.set(`${date}T04:00:00.000Z`);
}
