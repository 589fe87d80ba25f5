import type { Kysely } from 'kysely';
import {
  defaultIndicatorSet,
  levelOfCode,
  validateDefinition,
  type TIndicatorSet,
  type TIndicatorSetDefinition,
} from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { AppError, notFound } from '../../platform/errors';
import { IndicatorSetsRepository } from './indicator-sets.repository';

/**
 * The report form as data, one line of versions per report year. A year without a stored version gets the
 * shipped default as version 1 the first time it is needed; an edit saves the next version, and a cycle
 * keeps the version it was opened with.
 */
export class IndicatorSetsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async current(year: number): Promise<TIndicatorSet> {
    const repo = new IndicatorSetsRepository(this.db);
    const found = await repo.latest(year);
    if (found) return found;
    try {
      await repo.insert({
        year,
        version: 1,
        definition: defaultIndicatorSet(year),
        note: '系统默认指标体系',
        createdBy: null,
        createdByName: null,
        createdAt: this.clock.now().toISOString(),
      });
    } catch {
      // Another request stored version 1 first: read theirs.
    }
    return (await repo.latest(year))!;
  }

  async byId(id: number): Promise<TIndicatorSet> {
    const s = await new IndicatorSetsRepository(this.db).findById(id);
    if (!s) throw notFound();
    return s;
  }

  async versions(year: number) {
    await this.current(year);
    return new IndicatorSetsRepository(this.db).versions(year);
  }

  /** Indicators are national: administrators at province level or above maintain them (like holidays). */
  private assertMayEdit(user: AuthUser) {
    if (!user.permissions.has('annual.indicators')) throw new AppError('FORBIDDEN');
    const level = user.regionCode ? levelOfCode(user.regionCode) : null;
    if (level !== 'national' && level !== 'province')
      throw new AppError('FORBIDDEN', '年报指标体系由省级及以上管理员维护');
  }

  async save(
    user: AuthUser,
    actor: Actor,
    year: number,
    input: { definition: TIndicatorSetDefinition; note?: string | undefined; baseVersion: number },
  ): Promise<TIndicatorSet> {
    this.assertMayEdit(user);
    const problems = validateDefinition(input.definition);
    if (problems.length > 0) {
      const fields = Object.fromEntries(
        problems.slice(0, 50).map((p) => [`definition.${p.path.replace(/\[(\d+)\]/g, '.$1')}`, p.message]),
      );
      throw new AppError('VALIDATION_FAILED', undefined, fields);
    }
    const before = await this.current(year);
    if (before.version !== input.baseVersion) throw new AppError('STALE_VERSION');
    const version = before.version + 1;
    const id = await this.db.transaction().execute(async (trx) => {
      let newId: number;
      try {
        newId = await new IndicatorSetsRepository(trx).insert({
          year,
          version,
          definition: input.definition,
          note: input.note ?? null,
          createdBy: user.id,
          createdByName: user.displayName,
          createdAt: this.clock.now().toISOString(),
        });
      } catch {
        throw new AppError('STALE_VERSION');
      }
      await this.audit.record(trx, actor, {
        action: 'indicator_set_saved',
        entity: 'annual_indicator_set',
        entityId: newId,
        regionCode: user.regionCode,
        summary: `${year}年度报告指标体系第${version}版${input.note ? `：${input.note}` : ''}`,
        before: { version: before.version, indicators: before.definition.indicators.length },
        after: { version, indicators: input.definition.indicators.length },
      });
      return newId;
    });
    return this.byId(id);
  }
}
