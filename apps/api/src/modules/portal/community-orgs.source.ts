import type { ProvinceChanges } from '../orgs/public/org-counts.query';
import { sql, type Kysely } from 'kysely';
import { COMMUNITY_ORG_CATEGORIES, type TPublicCommunityOrg } from '@shezu/contracts';
import type { DB } from '../../db/schema';

export interface CommunityCount {
  areaKind: 'urban' | 'rural';
  n: number;
  /** Distinct communities (村/社区) with at least one filed organization. */
  communities: number;
}

/**
 * Public reads of filed community organizations (社区社会组织). The filing module that owns the
 * table had no service yet when the portal was built: this is the one place that reads it for the
 * public, to be replaced by that service's public methods.
 */
export class CommunityOrgsSource {
  constructor(private readonly db: Kysely<DB>) {}

  private base() {
    return this.db
      .selectFrom('communityOrgs as c')
      .innerJoin('regions as r', 'r.code', 'c.regionCode')
      .select([
        'c.id',
        'c.name',
        'c.regionCode',
        'r.fullName as townshipName',
        'c.communityName',
        'c.areaKind',
        'c.activityArea',
        'c.categoryCode',
        'c.filedOn',
        'c.status',
        'c.cancelledOn',
      ]);
  }

  private present(rows: Awaited<ReturnType<ReturnType<CommunityOrgsSource['base']>['execute']>>) {
    return rows.map((r): TPublicCommunityOrg => ({
      id: Number(r.id),
      name: r.name,
      townshipCode: r.regionCode,
      townshipName: r.townshipName,
      communityName: r.communityName,
      areaKind: r.areaKind,
      activityArea: r.activityArea,
      categoryCode: r.categoryCode,
      categoryName: COMMUNITY_ORG_CATEGORIES.find((c) => c.code === r.categoryCode)?.name ?? r.categoryCode,
      filedOn: r.filedOn,
      status: r.status,
      cancelledOn: r.cancelledOn,
    }));
  }

  async get(id: number): Promise<TPublicCommunityOrg | undefined> {
    const r = await this.base().where('c.id', '=', id).executeTakeFirst();
    return r && this.present([r])[0];
  }

  async dumpPage(afterId: number, limit: number): Promise<{ items: TPublicCommunityOrg[]; lastId: number | null }> {
    const rows = await this.base().where('c.id', '>', afterId).orderBy('c.id').limit(limit).execute();
    return { items: this.present(rows), lastId: rows.length ? Number(rows.at(-1)!.id) : null };
  }

  /** How many filings the table holds, counted no further than `cap + 1`. */
  async sizeCapped(cap: number): Promise<number> {
    const r = await sql<{
      n: number | string;
    }>`select count(*) as n from (select 1 from community_orgs limit ${cap + 1}) as m`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  private counted(range: { from: string; to: string } | null, byProvince: boolean) {
    const where = range
      ? sql`status = 'filed' and region_code >= ${range.from} and region_code < ${range.to}`
      : sql`status = 'filed'`;
    return sql<{ areaKind: 'urban' | 'rural'; n: number | string; communities: number | string; province?: string }>`
      select area_kind${byProvince ? sql`, substr(region_code, 1, 2) as province` : sql``}, count(*) as n,
        count(distinct region_code || '|' || community_name) as communities
      from community_orgs where ${where} group by ${sql.raw(byProvince ? '1, 2' : '1')}`.execute(this.db);
  }

  async filedCounts(range: { from: string; to: string }): Promise<CommunityCount[]> {
    return (await this.counted(range, false)).rows.map(mapCount);
  }

  /** Rows written after `since`, by province: how many, the earliest and the latest write (index on updated_at). */
  async changedByProvince(since: string): Promise<ProvinceChanges[]> {
    const r = await sql<{ province: string; n: number | string; first: string; last: string }>`
      select substr(region_code, 1, 2) as province, count(*) as n, min(updated_at) as first, max(updated_at) as last
      from community_orgs where updated_at > ${since} group by 1`.execute(this.db);
    return r.rows.map((x) => ({ province: x.province, n: Number(x.n), first: String(x.first), last: String(x.last) }));
  }

  async filedCountsByProvince(): Promise<(CommunityCount & { province: string })[]> {
    return (await this.counted(null, true)).rows.map((r) => ({ ...mapCount(r), province: r.province! }));
  }
}

function mapCount(r: {
  areaKind: 'urban' | 'rural';
  n: number | string;
  communities: number | string;
}): CommunityCount {
  return { areaKind: r.areaKind, n: Number(r.n), communities: Number(r.communities) };
}
