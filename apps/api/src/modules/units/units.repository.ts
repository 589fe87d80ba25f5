import type { Insertable, Kysely, RawBuilder, SqlBool, Updateable } from 'kysely';
import { prefixRange, type TUnit, type UnitKind } from '@shezu/contracts';
import type { DB, UnitsTable } from '../../db/schema';
import { engineOf, escapeLike, likeOperator, toBool } from '../../db/dialect';

export interface UnitFilter {
  within?: string;
  kind?: UnitKind;
  q?: string;
  active?: boolean;
  afterId?: number;
}

export class UnitsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private base() {
    return this.db
      .selectFrom('units')
      .innerJoin('regions', 'regions.code', 'units.regionCode')
      .select([
        'units.id',
        'units.name',
        'units.kind',
        'units.regionCode',
        'regions.fullName as regionName',
        'units.contactPhone',
        'units.active',
        'units.version',
        'units.createdAt',
        'units.updatedAt',
      ]);
  }

  private map(r: Awaited<ReturnType<ReturnType<UnitsRepository['base']>['executeTakeFirstOrThrow']>>): TUnit {
    return { ...r, kind: r.kind as UnitKind, active: toBool(r.active) };
  }

  async findById(id: number): Promise<TUnit | undefined> {
    const r = await this.base().where('units.id', '=', id).executeTakeFirst();
    return r && this.map(r);
  }

  async list(filter: UnitFilter, scope: RawBuilder<SqlBool>, limit: number): Promise<TUnit[]> {
    let q = this.base().where(scope);
    if (filter.within) {
      const { from, to } = prefixRange(filter.within);
      q = q.where('units.regionCode', '>=', from).where('units.regionCode', '<', to);
    }
    if (filter.kind) q = q.where('units.kind', '=', filter.kind);
    if (filter.active !== undefined) q = q.where('units.active', '=', filter.active);
    if (filter.q) q = q.where('units.name', likeOperator(engineOf(this.db)), `%${escapeLike(filter.q)}%`);
    if (filter.afterId) q = q.where('units.id', '>', filter.afterId);
    return (await q.orderBy('units.id').limit(limit).execute()).map((r) => this.map(r));
  }

  async nameTaken(regionCode: string, name: string, exceptId?: number): Promise<boolean> {
    let q = this.db.selectFrom('units').select('id').where('regionCode', '=', regionCode).where('name', '=', name);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return !!(await q.executeTakeFirst());
  }

  async insert(row: Insertable<UnitsTable>): Promise<number> {
    const { id } = await this.db.insertInto('units').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  async update(id: number, version: number, patch: Updateable<UnitsTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('units')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
