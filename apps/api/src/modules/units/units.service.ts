import { sql, type Kysely, type SqlBool } from 'kysely';
import { NATIONAL_REGION_CODE, bureauRegionOf, type TUnit, type TUnitInput } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../platform/auth/guard';
import { AppError, duplicate, fieldError, notFound } from '../../platform/errors';
import type { RegionsService } from '../regions/regions.service';
import { UnitsRepository, type UnitFilter } from './units.repository';

export class UnitsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
  ) {}

  /** Units a user may read: the region subtree, or a unit user's own unit. */
  async list(user: AuthUser, filter: UnitFilter, limit: number): Promise<TUnit[]> {
    const scope = readScopeCondition(user, 'units.read', { region: 'units.regionCode', unit: 'units.id' });
    return new UnitsRepository(this.db).list(filter, scope, limit);
  }

  async get(user: AuthUser, id: number): Promise<TUnit> {
    const unit = await new UnitsRepository(this.db).findById(id);
    if (!unit) throw notFound();
    assertAuthorized(user, 'units.read', { regionCode: unit.regionCode, unitIds: [unit.id] });
    return unit;
  }

  /** For other modules: the unit, without a user's scope (they check scope on their own records). */
  async findById(id: number, db: Kysely<DB> = this.db): Promise<TUnit | undefined> {
    return new UnitsRepository(db).findById(id);
  }

  /**
   * Active supervising units of a bureau's region and the regions above it: whom a founder may ask to
   * sponsor an organization (the register wants the same level or higher).
   */
  async supervisorsFor(regionCode: string): Promise<TUnit[]> {
    const chain =
      regionCode === NATIONAL_REGION_CODE
        ? [regionCode]
        : [NATIONAL_REGION_CODE, ...[2, 4, 6].filter((n) => n <= regionCode.length).map((n) => regionCode.slice(0, n))];
    const scope = sql<SqlBool>`units.region_code in (${sql.join(chain)})`;
    return new UnitsRepository(this.db).list({ kind: 'supervisor', active: true }, scope, 500);
  }

  /**
   * The party-building body (党建工作机构, e.g. the 综合党委) that reviews an organization domiciled in
   * `regionCode`: the active one of the nearest region up the chain.
   */
  async partyBodyFor(regionCode: string): Promise<TUnit | undefined> {
    const chain = [2, 4, 6, 9].filter((n) => n <= regionCode.length).map((n) => regionCode.slice(0, n));
    const scope = sql<SqlBool>`units.region_code in (${sql.join(chain)})`;
    const found = await new UnitsRepository(this.db).list({ kind: 'party_body', active: true }, scope, 50);
    return found.sort((a, b) => b.regionCode.length - a.regionCode.length || a.id - b.id)[0];
  }

  async create(user: AuthUser, actor: Actor, input: TUnitInput): Promise<TUnit> {
    const region = await this.regions.find(input.regionCode);
    if (!region) throw fieldError('regionCode', '行政区划不存在');
    assertAuthorized(user, 'units.manage', {
      regionCode: input.regionCode,
      authorityRegionCode: bureauRegionOf(input.regionCode),
    });
    const at = this.clock.now().toISOString();
    const id = await this.db.transaction().execute(async (trx) => {
      const repo = new UnitsRepository(trx);
      if (await repo.nameTaken(input.regionCode, input.name)) throw duplicate('name', '本地区已有同名单位');
      const row = {
        name: input.name,
        kind: input.kind,
        regionCode: input.regionCode,
        contactPhone: input.contactPhone ?? null,
        active: input.active,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      const newId = await repo.insert(row);
      await this.audit.record(trx, actor, {
        action: 'create',
        entity: 'unit',
        entityId: newId,
        regionCode: input.regionCode,
        summary: input.name,
        after: row,
      });
      return newId;
    });
    return (await new UnitsRepository(this.db).findById(id))!;
  }

  async update(
    user: AuthUser,
    actor: Actor,
    id: number,
    input: { name: string; contactPhone?: string | null | undefined; active: boolean; version: number },
  ): Promise<TUnit> {
    const before = await this.get(user, id);
    assertAuthorized(user, 'units.manage', {
      regionCode: before.regionCode,
      authorityRegionCode: bureauRegionOf(before.regionCode),
      unitIds: [before.id],
    });
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repo = new UnitsRepository(trx);
      if (input.name !== before.name && (await repo.nameTaken(before.regionCode, input.name, id))) {
        throw duplicate('name', '本地区已有同名单位');
      }
      const patch = { name: input.name, contactPhone: input.contactPhone ?? null, active: input.active, updatedAt: at };
      if (!(await repo.update(id, input.version, patch))) throw new AppError('STALE_VERSION');
      await this.audit.record(trx, actor, {
        action: 'update',
        entity: 'unit',
        entityId: id,
        regionCode: before.regionCode,
        summary: input.name,
        before,
        after: patch,
      });
    });
    return (await new UnitsRepository(this.db).findById(id))!;
  }
}
