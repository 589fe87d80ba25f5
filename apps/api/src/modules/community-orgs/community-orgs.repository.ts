import type { Insertable, Kysely, RawBuilder, SqlBool, Updateable } from 'kysely';
import { prefixRange, type CommunityAreaKind, type CommunityOrgStatus } from '@shezu/contracts';
import type { CommunityOrgsTable, DB } from '../../db/schema';
import { engineOf, escapeLike, likeOperator } from '../../db/dialect';

export type CommunityOrgInsert = Omit<Insertable<CommunityOrgsTable>, 'id'>;
export type CommunityOrgRecord = Omit<CommunityOrgsTable, 'id'> & { id: number; regionName: string };

export interface CommunityOrgFilter {
  q?: string | undefined;
  within?: string | undefined;
  status?: CommunityOrgStatus | undefined;
  areaKind?: CommunityAreaKind | undefined;
  categoryCode?: string | undefined;
}

/** Every query on community_orgs; rows leave with the township's full name. */
export class CommunityOrgsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private base() {
    return this.db
      .selectFrom('communityOrgs as c')
      .innerJoin('regions as r', 'r.code', 'c.regionCode')
      .selectAll('c')
      .select('r.fullName as regionName');
  }

  private static map(r: Record<string, unknown>): CommunityOrgRecord {
    const row = r as unknown as CommunityOrgRecord;
    return { ...row, fundsFen: Number(row.fundsFen), memberCount: Number(row.memberCount) };
  }

  async findById(id: number): Promise<CommunityOrgRecord | undefined> {
    const r = await this.base().where('c.id', '=', id).executeTakeFirst();
    return r && CommunityOrgsRepository.map(r);
  }

  async list(scope: RawBuilder<SqlBool>, f: CommunityOrgFilter, afterId: number | null, limit: number) {
    let q = this.base().where(scope);
    if (f.within) {
      const { from, to } = prefixRange(f.within);
      q = q.where('c.regionCode', '>=', from).where('c.regionCode', '<', to);
    }
    if (f.q) q = q.where('c.name', likeOperator(engineOf(this.db)), `%${escapeLike(f.q)}%`);
    if (f.status) q = q.where('c.status', '=', f.status);
    if (f.areaKind) q = q.where('c.areaKind', '=', f.areaKind);
    if (f.categoryCode) q = q.where('c.categoryCode', '=', f.categoryCode);
    if (afterId) q = q.where('c.id', '>', afterId);
    const rows = await q.orderBy('c.id').limit(limit).execute();
    return rows.map((r) => CommunityOrgsRepository.map(r));
  }

  /** The names among `names` that a filed organization of the township carries. */
  async filedNamesTaken(regionCode: string, names: string[], exceptId?: number): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < names.length; i += 500) {
      let q = this.db
        .selectFrom('communityOrgs')
        .select('name')
        .where('regionCode', '=', regionCode)
        .where('status', '=', 'filed')
        .where('name', 'in', names.slice(i, i + 500));
      if (exceptId) q = q.where('id', '!=', exceptId);
      for (const r of await q.execute()) out.add(r.name);
    }
    return out;
  }

  async insert(row: CommunityOrgInsert): Promise<number> {
    const r = await this.db.insertInto('communityOrgs').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  async insertMany(rows: CommunityOrgInsert[]): Promise<number> {
    for (let i = 0; i < rows.length; i += 500) {
      await this.db
        .insertInto('communityOrgs')
        .values(rows.slice(i, i + 500))
        .execute();
    }
    return rows.length;
  }

  /** Optimistic update of a filed organization: false when the version moved on or it was cancelled. */
  async update(id: number, version: number, patch: Updateable<CommunityOrgsTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('communityOrgs')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'filed')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
