import type { Insertable, Kysely, RawBuilder, SqlBool, Updateable } from 'kysely';
import type { DB, OrganizationsTable } from '../../db/schema';
import { inIds, toBool } from '../../db/dialect';

export type OrgInsert = Insertable<OrganizationsTable>;
export type OrgPatch = Updateable<OrganizationsTable>;

/** A register row as it leaves this layer, joined with the names the pages show. */
export type OrgRecord = Omit<
  OrganizationsTable,
  'id' | 'charityRecognized' | 'publicFundraising' | 'hasPartyOrg' | 'brand' | 'dormantCandidate'
> & {
  id: number;
  charityRecognized: boolean;
  publicFundraising: boolean;
  hasPartyOrg: boolean;
  brand: boolean;
  dormantCandidate: boolean;
  regionName: string;
  authorityRegionName: string;
  supervisorUnitName: string | null;
};

/** The few register facts a bulk rule needs (dormant detection). */
export interface RegisteredOrgFacts {
  id: number;
  name: string;
  uscc: string;
  type: string;
  regionCode: string;
  authorityRegionCode: string;
  foundedOn: string;
  categoryCode: string;
  supervisorUnitId: number | null;
}

export class OrgsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The register joined with region and unit names; callers add their conditions. */
  base() {
    return this.db
      .selectFrom('organizations as o')
      .innerJoin('regions as r', 'r.code', 'o.regionCode')
      .innerJoin('regions as a', 'a.code', 'o.authorityRegionCode')
      .leftJoin('units as u', 'u.id', 'o.supervisorUnitId')
      .selectAll('o')
      .select(['r.fullName as regionName', 'a.name as authorityRegionName', 'u.name as supervisorUnitName']);
  }

  static map(r: Record<string, unknown>): OrgRecord {
    const row = r as unknown as OrgRecord & Record<string, boolean | number>;
    return {
      ...row,
      charityRecognized: toBool(row.charityRecognized),
      publicFundraising: toBool(row.publicFundraising),
      hasPartyOrg: toBool(row.hasPartyOrg),
      brand: toBool(row.brand),
      dormantCandidate: toBool(row.dormantCandidate),
      registeredFundsFen: Number(row.registeredFundsFen),
    };
  }

  async findById(id: number): Promise<OrgRecord | undefined> {
    const r = await this.base().where('o.id', '=', id).executeTakeFirst();
    return r && OrgsRepository.map(r);
  }

  async registeredBy(authorityRegionCode: string): Promise<OrgRecord[]> {
    const rows = await this.base()
      .where('o.authorityRegionCode', '=', authorityRegionCode)
      .where('o.status', '=', 'registered')
      .orderBy('o.id')
      .execute();
    return rows.map(OrgsRepository.map);
  }

  /**
   * Still-registered organizations of one bureau, a domicile range and some types, by id after `afterId`:
   * walks organizations_authority_idx (authority, status, id) page by page.
   */
  async registeredPage(f: {
    authorityRegionCode: string;
    regionFrom: string;
    regionTo: string;
    types: readonly string[];
    afterId: number;
    limit: number;
  }): Promise<RegisteredOrgFacts[]> {
    let q = this.db
      .selectFrom('organizations')
      .select([
        'id',
        'name',
        'uscc',
        'type',
        'regionCode',
        'authorityRegionCode',
        'foundedOn',
        'categoryCode',
        'supervisorUnitId',
      ])
      .where('authorityRegionCode', '=', f.authorityRegionCode)
      .where('status', '=', 'registered')
      .where('id', '>', f.afterId);
    if (f.regionFrom !== '') q = q.where('regionCode', '>=', f.regionFrom).where('regionCode', '<', f.regionTo);
    if (f.types.length > 0) q = q.where('type', 'in', [...f.types]);
    const rows = await q.orderBy('id').limit(f.limit).execute();
    return rows.map((r) => ({
      ...r,
      id: Number(r.id),
      supervisorUnitId: r.supervisorUnitId === null ? null : Number(r.supervisorUnitId),
    }));
  }

  async findByUscc(uscc: string): Promise<OrgRecord | undefined> {
    const r = await this.base().where('o.uscc', '=', uscc).executeTakeFirst();
    return r && OrgsRepository.map(r);
  }

  async findMany(ids: number[]): Promise<OrgRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.base()
      .where(inIds(this.db, 'o.id', ids))
      .execute();
    const byId = new Map(rows.map((r) => [r.id, OrgsRepository.map(r)]));
    return ids.map((id) => byId.get(id)).filter((r): r is OrgRecord => !!r);
  }

  async usccTaken(uscc: string, exceptId?: number): Promise<boolean> {
    let q = this.db.selectFrom('organizations').select('id').where('uscc', '=', uscc);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return !!(await q.executeTakeFirst());
  }

  /** Whether an active organization of the authority already has the name (注册名称唯一). */
  async activeNameTaken(authorityRegionCode: string, name: string, exceptId?: number): Promise<boolean> {
    let q = this.db
      .selectFrom('organizations')
      .select('id')
      .where('authorityRegionCode', '=', authorityRegionCode)
      .where('name', '=', name)
      .where('status', '=', 'registered');
    if (exceptId) q = q.where('id', '!=', exceptId);
    return !!(await q.executeTakeFirst());
  }

  /** The credit codes among `codes` that the register holds. */
  async usccsTaken(codes: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < codes.length; i += 500) {
      const rows = await this.db
        .selectFrom('organizations')
        .select('uscc')
        .where('uscc', 'in', codes.slice(i, i + 500))
        .execute();
      for (const r of rows) out.add(r.uscc);
    }
    return out;
  }

  /** The names among `names` that an active organization of the authority carries. */
  async activeNamesTaken(authorityRegionCode: string, names: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < names.length; i += 500) {
      const rows = await this.db
        .selectFrom('organizations')
        .select('name')
        .where('authorityRegionCode', '=', authorityRegionCode)
        .where('status', '=', 'registered')
        .where('name', 'in', names.slice(i, i + 500))
        .execute();
      for (const r of rows) out.add(r.name);
    }
    return out;
  }

  /** Many rows at once; ids come back matched by credit code, which is unique. */
  async insertBatch(rows: OrgInsert[]): Promise<number[]> {
    const ids = new Map<string, number>();
    for (let i = 0; i < rows.length; i += 200) {
      const out = await this.db
        .insertInto('organizations')
        .values(rows.slice(i, i + 200))
        .returning(['id', 'uscc'])
        .execute();
      for (const r of out) ids.set(r.uscc, r.id);
    }
    return rows.map((r) => ids.get(r.uscc)!);
  }

  async insert(row: OrgInsert): Promise<number> {
    const { id } = await this.db.insertInto('organizations').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  /** Optimistic update: false when the version moved on. */
  async update(id: number, version: number, patch: OrgPatch): Promise<boolean> {
    const r = await this.db
      .updateTable('organizations')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Capped count of the rows a condition matches ("10,000+"), without counting a national-scale match. */
  async countCapped(where: RawBuilder<SqlBool>, cap: number): Promise<number> {
    const r = await this.db
      .selectFrom((eb) =>
        eb
          .selectFrom('organizations as o')
          .select('o.id')
          .where(where)
          .limit(cap + 1)
          .as('m'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
