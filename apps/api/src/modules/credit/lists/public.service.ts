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

const isRegionKey = (v: unknown): v is [string, number] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && isPositiveInt(v[1]);

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

  /**
   * Nationwide: newest first on (list, status, id). Within a region: by region code, then newest first, on
   * (list, status, region_code, id) — ordering a whole province's entries by id alone would sort them all
   * (tens of thousands) for every page; in index order each page reads only its own rows.
   */
  async list(q: TPublicCreditListingQuery): Promise<{ items: TPublicCreditListing[]; nextCursor: string | null }> {
    let query = this.db.selectFrom('creditListings as l').selectAll('l').where('l.status', '=', 'active');
    if (q.list) query = query.where('l.list', '=', q.list);
    if (q.q) query = query.where(textMatch(q.q));
    if (q.region) {
      const { from, to } = prefixRange(q.region);
      query = query.where('l.regionCode', '>=', from).where('l.regionCode', '<', to);
      const after = decodeCursor(q.cursor, isRegionKey);
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('l.regionCode', '<', after[0]),
            eb.and([eb('l.regionCode', '=', after[0]), eb('l.id', '<', after[1])]),
          ]),
        );
      query = query.orderBy('l.regionCode', 'desc').orderBy('l.id', 'desc');
    } else {
      const after = decodeCursor(q.cursor, isPositiveInt);
      if (after) query = query.where('l.id', '<', after);
      query = query.orderBy('l.id', 'desc');
    }
    const rows = await query.limit(q.limit + 1).execute();
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return {
      items: await presentPublic(this.db, page),
      nextCursor: rows.length > q.limit && last ? encodeCursor(q.region ? [last.regionCode, last.id] : last.id) : null,
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
