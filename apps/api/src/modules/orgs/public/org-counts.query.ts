import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { toBool } from '../../../db/dialect';

/** Registered organizations counted by the dimensions the statistics show. */
export interface RegisteredCount {
  type: string;
  categoryCode: string;
  /** Grade 3A or above, still valid on the counting day. */
  grade3a: boolean;
  charity: boolean;
  n: number;
}

/** Rows of a province written after a moment: how many, the earliest and the latest write. */
export interface ProvinceChanges {
  province: string;
  n: number;
  first: string;
  last: string;
}

/**
 * Counts of the register for statistics: only registered (正常) organizations, by their domicile.
 * One GROUP BY over a region range; a whole country is counted by province in a background job.
 */
export class OrgCountsQuery {
  constructor(private readonly db: Kysely<DB>) {}

  private grouped(today: string, range: { from: string; to: string } | null, byProvince: boolean) {
    const grade3a = sql<number>`case when o.evaluation_grade in ('3A', '4A', '5A') and (o.grade_valid_until is null or o.grade_valid_until >= ${today}) then 1 else 0 end`;
    const where = range
      ? sql`o.status = 'registered' and o.region_code >= ${range.from} and o.region_code < ${range.to}`
      : sql`o.status = 'registered'`;
    const province = byProvince ? sql`, substr(o.region_code, 1, 2)` : sql``;
    const groups = byProvince ? sql.raw('1, 2, 3, 4, 5') : sql.raw('1, 2, 3, 4');
    return sql<{
      type: string;
      categoryCode: string;
      grade3a: number;
      charity: boolean | number;
      n: number | string;
      province?: string;
    }>`select o.type as type, o.category_code as category_code, ${grade3a} as grade3a,
        o.charity_recognized as charity${province}${byProvince ? sql` as province` : sql``}, count(*) as n
       from organizations o where ${where} group by ${groups}`.execute(this.db);
  }

  /** How many rows the register holds, counted no further than `cap + 1`. */
  async sizeCapped(cap: number): Promise<number> {
    const r = await sql<{
      n: number | string;
    }>`select count(*) as n from (select 1 from organizations limit ${cap + 1}) as m`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  async registered(range: { from: string; to: string }, today: string): Promise<RegisteredCount[]> {
    return (await this.grouped(today, range, false)).rows.map(map);
  }

  /** Rows written after `since`, by province: how many, the earliest and the latest write (index on updated_at). */
  async changedByProvince(since: string): Promise<ProvinceChanges[]> {
    const r = await sql<{ province: string; n: number | string; first: string; last: string }>`
      select substr(region_code, 1, 2) as province, count(*) as n, min(updated_at) as first, max(updated_at) as last
      from organizations where updated_at > ${since} group by 1`.execute(this.db);
    return r.rows.map((x) => ({ province: x.province, n: Number(x.n), first: String(x.first), last: String(x.last) }));
  }

  /** The whole register in one pass, by province (the first two digits of the domicile's code). */
  async registeredByProvince(today: string): Promise<(RegisteredCount & { province: string })[]> {
    return (await this.grouped(today, null, true)).rows.map((r) => ({ ...map(r), province: r.province! }));
  }
}

function map(r: {
  type: string;
  categoryCode: string;
  grade3a: number;
  charity: boolean | number;
  n: number | string;
}) {
  return {
    type: r.type,
    categoryCode: r.categoryCode,
    grade3a: Number(r.grade3a) === 1,
    charity: toBool(r.charity),
    n: Number(r.n),
  };
}
