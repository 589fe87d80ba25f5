import { bureauRegionOf, ZInspectorInput, type TInspector, type TInspectorInput } from '@shezu/contracts';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized } from '../../../platform/auth/guard';
import { fieldError, notFound } from '../../../platform/errors';
import type { SupervisionDeps } from '../supervision-deps';
import { presentInspector } from './present';
import { SpotChecksRepository } from './spot-checks.repository';

/** The inspector pool (执法检查人员名录库) of a bureau: names, units, declared conflicts (回避). */
export class InspectorsService {
  constructor(private readonly deps: SupervisionDeps) {}

  private authorityOf(user: AuthUser): string {
    if (!user.regionCode) throw fieldError('regionCode', '账号未设置所属地区');
    return bureauRegionOf(user.regionCode);
  }

  async list(user: AuthUser): Promise<TInspector[]> {
    assertAuthorized(user, 'supervision.read');
    const authority = this.authorityOf(user);
    assertAuthorized(user, 'supervision.read', { regionCode: authority });
    return (await new SpotChecksRepository(this.deps.db).inspectors(authority)).map(presentInspector);
  }

  async create(user: AuthUser, actor: Actor, input: TInspectorInput): Promise<TInspector> {
    const body = ZInspectorInput.parse(input);
    const authority = this.authorityOf(user);
    assertAuthorized(user, 'supervision.manage', { regionCode: authority, authorityRegionCode: authority });
    const now = this.deps.clock.now().toISOString();
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('spotCheckInspectors')
        .values({
          authorityRegionCode: authority,
          name: body.name,
          unitName: body.unitName,
          unitId: body.unitId,
          regionCode: body.regionCode,
          userId: body.userId,
          conflictOrgIds: JSON.stringify([...new Set(body.conflictOrgIds)]),
          active: body.active,
          createdAt: now,
          updatedAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.deps.audit.record(trx, actor, {
        action: 'spot_check_inspector_created',
        entity: 'spot_check_inspector',
        entityId: Number(row.id),
        regionCode: authority,
        summary: `检查人员入库：${body.name}（${body.unitName}）`,
        after: body,
      });
      return Number(row.id);
    });
    return presentInspector((await new SpotChecksRepository(this.deps.db).inspector(id))!);
  }

  /** Changes an inspector (unit, conflicts declared later, leaving the pool); later draws use it. */
  async update(user: AuthUser, actor: Actor, id: number, input: TInspectorInput): Promise<TInspector> {
    const body = ZInspectorInput.parse(input);
    const repo = new SpotChecksRepository(this.deps.db);
    const before = await repo.inspector(id);
    if (!before) throw notFound();
    const authority = before.authorityRegionCode;
    assertAuthorized(user, 'supervision.manage', { regionCode: authority, authorityRegionCode: authority });
    await this.deps.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('spotCheckInspectors')
        .set({
          name: body.name,
          unitName: body.unitName,
          unitId: body.unitId,
          regionCode: body.regionCode,
          userId: body.userId,
          conflictOrgIds: JSON.stringify([...new Set(body.conflictOrgIds)]),
          active: body.active,
          updatedAt: this.deps.clock.now().toISOString(),
        })
        .where('id', '=', id)
        .execute();
      await this.deps.audit.record(trx, actor, {
        action: 'spot_check_inspector_updated',
        entity: 'spot_check_inspector',
        entityId: id,
        regionCode: authority,
        summary: `修改检查人员：${body.name}`,
        before: presentInspector(before),
        after: body,
      });
    });
    return presentInspector((await repo.inspector(id))!);
  }
}
