import { sql, type Kysely } from 'kysely';
import type { DormantFacts } from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { fromJson, inIds, toBool } from '../../../db/dialect';

type OrgFacts = Omit<DormantFacts, 'orgType' | 'foundedOn'>;

const blank = (): OrgFacts => ({
  overdueYears: [],
  concludedYears: [],
  revocationCandidates: [],
  unreachableListedOn: null,
  letters: [],
  lastActivityOn: null,
  lastCouncilRenewalOn: null,
});

/** The year a record is about: its payload's `year`, else the year before the day it was recorded. */
function yearOf(data: Record<string, unknown> | null, occurredOn: string): number {
  const y = Number(data?.year);
  return Number.isInteger(y) && y > 0 ? y : Number(occurredOn.slice(0, 4)) - 1;
}

/**
 * What dormant detection reads of the credit module's own tables (records written by the lists' event consumer
 * and by staff; active listings), for a batch of organizations at once, on the (org_id, subtype, occurred_on)
 * and listing indexes.
 */
export class DormantFactsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async forOrgs(orgIds: number[]): Promise<Map<number, OrgFacts>> {
    const out = new Map<number, OrgFacts>(orgIds.map((id) => [id, blank()]));
    if (orgIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('creditRecords')
      .select(['orgId', 'subtype', 'occurredOn', 'data'])
      .where(inIds(this.db, 'org_id', orgIds))
      .where('subtype', 'in', ['annual_overdue', 'annual_concluded', 'revocation_candidate', 'registered_letter'])
      .execute();
    for (const r of rows) {
      const f = out.get(Number(r.orgId));
      if (!f) continue;
      const data = fromJson<Record<string, unknown>>(r.data);
      if (r.subtype === 'annual_overdue') f.overdueYears.push(yearOf(data, r.occurredOn));
      if (r.subtype === 'annual_concluded') f.concludedYears.push(yearOf(data, r.occurredOn));
      if (r.subtype === 'revocation_candidate')
        f.revocationCandidates.push({ year: yearOf(data, r.occurredOn), ground: String(data?.ground ?? '') });
      if (r.subtype === 'registered_letter')
        f.letters.push({
          sentOn: typeof data?.sentOn === 'string' ? data.sentOn : r.occurredOn,
          signed: toBool(data?.signed as boolean | number | undefined),
        });
    }
    // Only the latest activity and renewal matter; an organization may have many activities.
    const latest = await this.db
      .selectFrom('creditRecords')
      .select(['orgId', 'subtype', sql<string>`max(occurred_on)`.as('last')])
      .where(inIds(this.db, 'org_id', orgIds))
      .where('subtype', 'in', ['activity', 'council_renewed'])
      .groupBy(['orgId', 'subtype'])
      .execute();
    for (const r of latest) {
      const f = out.get(Number(r.orgId));
      if (!f) continue;
      if (r.subtype === 'activity') f.lastActivityOn = r.last;
      else f.lastCouncilRenewalOn = r.last;
    }
    const unreachable = await this.db
      .selectFrom('creditListings as l')
      .innerJoin('creditListingGrounds as g', 'g.listingId', 'l.id')
      .select(['l.orgId', sql<string>`min(g.occurred_on)`.as('since')])
      .where(inIds(this.db, 'l.org_id', orgIds))
      .where('l.list', '=', 'abnormal')
      .where('l.status', '=', 'active')
      .where('g.ground', '=', 'unreachable')
      .where('g.fulfilledOn', 'is', null)
      .groupBy('l.orgId')
      .execute();
    for (const r of unreachable) {
      const f = out.get(Number(r.orgId));
      if (f) f.unreachableListedOn = r.since;
    }
    return out;
  }

  /**
   * The earliest record of a subtype on the whole platform (null: nobody has published any). Used for
   * activities and council renewals, which no module publishes yet; one probe of credit_records_subtype_idx.
   */
  async earliest(subtype: 'activity' | 'council_renewed'): Promise<string | null> {
    const r = await this.db
      .selectFrom('creditRecords')
      .select(sql<string | null>`min(occurred_on)`.as('first'))
      .where('subtype', '=', subtype)
      .executeTakeFirst();
    return r?.first ?? null;
  }
}
