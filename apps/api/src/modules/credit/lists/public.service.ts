import type { Kysely } from 'kysely';
import {
  prefixRange,
  type TPublicCreditListing,
  type TPublicCreditListingQuery,
  type TPublicOrgCredit,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { notFound } from '../../../platform/errors';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import type { OrgsQuery } from '../../orgs/orgs.query';
import { textMatch } from './listings.service';
import { presentPublic } from './present';

/**
 * What the public sees (民政部令第60号: listings are published with ground, dates and deciding authority).
 * The lists show current entries; an organization's page shows its whole history, removals included.
 * An objection upheld annuls a listing: it was never right, so the public no longer sees it.
 */
export class PublicListsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly orgsQuery: OrgsQuery,
  ) {}

  /** Newest first on (list, status, id) or (list, status, region_code, id): index-only paging. */
  async list(q: TPublicCreditListingQuery): Promise<{ items: TPublicCreditListing[]; nextCursor: string | null }> {
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.db.selectFrom('creditListings as l').selectAll('l').where('l.status', '=', 'active');
    if (q.list) query = query.where('l.list', '=', q.list);
    if (q.region) {
      const { from, to } = prefixRange(q.region);
      query = query.where('l.regionCode', '>=', from).where('l.regionCode', '<', to);
    }
    if (q.q) query = query.where(textMatch(q.q));
    if (after) query = query.where('l.id', '<', after);
    const rows = await query
      .orderBy('l.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    return {
      items: await presentPublic(this.db, page),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  async byOrg(uscc: string): Promise<TPublicOrgCredit> {
    const o = await this.orgsQuery.factsByUscc(uscc);
    if (!o || !o.uscc) throw notFound();
    const rows = await this.db
      .selectFrom('creditListings')
      .selectAll()
      .where('orgId', '=', o.id)
      .where('status', '!=', 'annulled')
      .orderBy('id', 'desc')
      .execute();
    return { org: { name: o.name, uscc: o.uscc, orgType: o.type }, listings: await presentPublic(this.db, rows) };
  }
}
