import type { Kysely } from 'kysely';
import { DEFAULT_APPROVAL_KINDS, type ActivityKind, type TActivitySettings } from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { fromJson, toBool, toJson } from '../../../db/dialect';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { authorize } from '../../../platform/auth/authorize';
import { assertAuthorized } from '../../../platform/auth/guard';
import { AppError, stale } from '../../../platform/errors';
import type { ActivitiesDeps } from '../activities-deps';
import { ActivitiesRepository } from './activities.repository';

/** Major matters are reported this many working days ahead unless the bureau says otherwise (Guangzhou: 15). */
export const DEFAULT_MAJOR_MATTER_DAYS = 15;

export type ActivitySettingsInput = Omit<TActivitySettings, 'regionCode'>;

/**
 * A registration authority's activity settings (本级): which kinds need approval and how many days ahead,
 * review before publication (先审后发, on by default), and the major-matter reporting days. Defaults when the
 * bureau never saved any (version 0).
 */
export class ActivitySettingsService {
  constructor(private readonly deps: ActivitiesDeps) {}

  /** The effective settings of a bureau (the region code of the registration authority). */
  async forRegion(regionCode: string, db: Kysely<DB> = this.deps.db): Promise<TActivitySettings> {
    const row = await new ActivitiesRepository(db).settings(regionCode);
    if (!row)
      return {
        regionCode,
        approvalKinds: { ...DEFAULT_APPROVAL_KINDS },
        reviewBeforePublish: true,
        majorMatterDays: DEFAULT_MAJOR_MATTER_DAYS,
        version: 0,
      };
    return {
      regionCode,
      approvalKinds: fromJson<Partial<Record<ActivityKind, number>>>(row.approvalKinds) ?? {},
      reviewBeforePublish: toBool(row.reviewBeforePublish),
      majorMatterDays: Number(row.majorMatterDays),
      version: Number(row.version),
    };
  }

  /**
   * The viewer's own bureau's settings; an organization reads its registration authority's (its form says which
   * kinds need approval and how many days ahead).
   */
  async mine(user: AuthUser): Promise<TActivitySettings> {
    if (user.orgId && authorize(user, 'activities.post').allowed) {
      const o = await this.deps.orgsQuery.facts(user.orgId);
      if (!o) throw new AppError('NOT_FOUND');
      return this.forRegion(o.authorityRegionCode);
    }
    return this.forRegion(this.ownRegion(user));
  }

  async save(user: AuthUser, actor: Actor, body: ActivitySettingsInput): Promise<TActivitySettings> {
    const region = this.ownRegion(user);
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = new ActivitiesRepository(trx);
      const before = await this.forRegion(region, trx);
      if (before.version !== body.version) throw stale();
      const now = this.deps.clock.now().toISOString();
      const values = {
        approvalKinds: toJson(body.approvalKinds)!,
        reviewBeforePublish: body.reviewBeforePublish,
        majorMatterDays: body.majorMatterDays,
        updatedAt: now,
        updatedBy: actor.name,
      };
      if (before.version === 0) await repo.insertSettings({ regionCode: region, ...values, version: 1 });
      else if (!(await repo.updateSettings(region, body.version, values))) throw stale();
      await this.deps.audit.record(trx, actor, {
        action: 'activity_settings_saved',
        entity: 'activity_settings',
        entityId: region,
        regionCode: region,
        summary: `活动设置：${body.reviewBeforePublish ? '先审后发' : '提交即公开'}，重大事项提前${body.majorMatterDays}个工作日报告`,
        before: { ...before },
        after: { ...body, version: undefined },
      });
    });
    return this.forRegion(region);
  }

  private ownRegion(user: AuthUser): string {
    if (!user.regionCode) throw new AppError('FORBIDDEN');
    assertAuthorized(user, 'activities.decide', { regionCode: user.regionCode });
    return user.regionCode;
  }
}
