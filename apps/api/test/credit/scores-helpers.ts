import { sql } from 'kysely';
import type { EventName, EventPayload } from '@shezu/contracts';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import type { TestApp } from '../support/app';

/** The organization as an event names it. */
export async function orgRef(t: TestApp, orgId: number) {
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

/**
 * Publishes an event as its module would and delivers it: the lists' consumer records it (and lists) and the
 * score listener recomputes in that transaction. Returns how many deliveries the event had.
 */
export async function publishAndDeliver<N extends EventName>(t: TestApp, name: N, payload: EventPayload<N>) {
  await t.db.transaction().execute((trx) => t.services.events.publish(trx, { name, payload } as never, SYSTEM_ACTOR));
  await t.services.eventDispatcher.drain();
}

/** A credit record as the lists' consumer writes it (for facts no event carries yet, e.g. spot checks). */
export async function insertRecord(t: TestApp, orgId: number, subtype: string, occurredOn: string, data: object) {
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

export async function scoreRows(t: TestApp) {
  return t.db.selectFrom('creditScores').select(['orgId', 'score', 'level']).orderBy('orgId').execute();
}

export async function historyCount(t: TestApp, orgId?: number) {
  let q = t.db.selectFrom('creditScoreHistory').select(sql<number>`count(*)`.as('n'));
  if (orgId) q = q.where('orgId', '=', orgId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}
