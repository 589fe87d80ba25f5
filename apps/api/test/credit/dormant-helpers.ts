import type { TestApp } from '../support/app';
import { orgFields, seedOrgs } from '../support/orgs';
import type { TOrgFields } from '@shezu/contracts';

/**
 * Credit facts put in place directly, as the lists' event consumer and the letter route write them (its
 * consumer is not wired yet; when it is, annual and activity facts can come through events.publish + drain).
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
      kind: 'other',
      subtype,
      occurredOn,
      title: subtype,
      data: JSON.stringify(data),
      public: false,
      sourceRef: `test:${subtype}:${occurredOn}:${Math.random()}`,
      createdAt: new Date().toISOString(),
    })
    .execute();
}

/** Annual reports overdue for each of `years` (the record the consumer makes of annual_report_overdue). */
export async function missedYears(t: TestApp, orgId: number, years: number[]): Promise<void> {
  for (const year of years) await record(t, orgId, 'annual_overdue', `${year + 1}-06-01`, { year });
}

/** An active abnormal listing on ground (六) unreachable. */
export async function listUnreachable(t: TestApp, orgId: number, on: string): Promise<void> {
  const o = (await t.services.orgsQuery.facts(orgId))!;
  const at = new Date().toISOString();
  const l = await t.db
    .insertInto('creditListings')
    .values({
      orgId,
      orgName: o.name,
      uscc: o.uscc,
      orgType: o.type,
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      list: 'abnormal',
      status: 'active',
      listedOn: on,
      clockStart: on,
      createdAt: at,
      updatedAt: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('creditListingGrounds')
    .values({
      listingId: l.id,
      ground: 'unreachable',
      occurredOn: on,
      detail: '两次专用信函无人签收',
      source: 'manual',
      evidence: '[]',
      createdAt: at,
    })
    .execute();
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
