import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../../db/schema';
import { escapeLike } from '../../../db/dialect';
import { OrgsRepository, type OrgRecord } from '../orgs.repository';

export interface NameSearch {
  /** The normalised query and the gram whose postings drive the scan (the rarest of the query's). */
  normalized: string;
  driving: string;
  /** Region range the results lie in (read scope ∩ region filter). */
  range: { from: string; to: string };
  /** Further conditions on `o` (type, status, unit scope …). */
  where: RawBuilder<SqlBool>;
  /**
   * false when `where` holds no condition: a 2-character query is then answered from the postings alone
   * (a capped count walks 10,001 of them). Absent counts as filtered.
   */
  filtered?: boolean;
  /** Keyset: continue after this (region code, org id). */
  after: [string, number] | null;
  limit: number;
}

/**
 * Walks the postings of one gram in (region, id) order — an index range, no sort — joining each
 * organization (when a filter or a longer query needs its row) and keeping it when the whole
 * normalised name contains the query.
 */
export class OrgSearchRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private matches(s: NameSearch) {
    const q = this.db
      .selectFrom('orgNameGrams as g')
      .where('g.gram', '=', s.driving)
      .where('g.regionCode', '>=', s.range.from)
      .where('g.regionCode', '<', s.range.to);
    const long = [...s.normalized].length > 2;
    if (!long && s.filtered === false) return q;
    const joined = q.innerJoin('organizations as o', 'o.id', 'g.orgId').where(s.where);
    return long
      ? joined.where(sql<SqlBool>`o.search_name like ${'%' + escapeLike(s.normalized) + '%'} escape '\\'`)
      : joined;
  }

  async page(s: NameSearch): Promise<OrgRecord[]> {
    let q = this.matches(s).select(['g.orgId']);
    if (s.after) q = q.where(sql<SqlBool>`(g.region_code, g.org_id) > (${s.after[0]}, ${s.after[1]})`);
    const ids = (await q.orderBy('g.regionCode').orderBy('g.orgId').limit(s.limit).execute()).map((r) => r.orgId);
    return new OrgsRepository(this.db).findMany(ids);
  }

  async countCapped(s: NameSearch, cap: number): Promise<number> {
    const r = await this.db
      .selectFrom(
        this.matches(s)
          .select('g.orgId')
          .limit(cap + 1)
          .as('m'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
