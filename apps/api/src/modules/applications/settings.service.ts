import type { Kysely } from 'kysely';
import { NATIONAL_REGION_CODE, type TRegistrationSettings } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized } from '../../platform/auth/guard';
import { AppError, notFound } from '../../platform/errors';
import type { RegionsService } from '../regions/regions.service';
import { SettingsRepository, type SettingsRow } from './settings.repository';

/** Where no region has set its own: preparation required, 20 working days per step, sign-ups without approval. */
export const DEFAULT_SETTINGS = {
  preparationRequired: true,
  supervisorDays: 20,
  authorityDays: 20,
  signUpApproval: false,
} as const;

const CACHE_MS = 60_000;

/** The national level, then each level down to the region itself: 500235 → 100000, 50, 5002, 500235. */
function chainOf(code: string): string[] {
  if (code === NATIONAL_REGION_CODE) return [code];
  return [NATIONAL_REGION_CODE, ...[2, 4, 6, 9].filter((n) => n <= code.length).map((n) => code.slice(0, n))];
}

type SettingsInput = Omit<SettingsRow, 'regionCode' | 'version'> & { version: number | null };

/** Registration rules per region (time limits, the preparation step, sign-up approval); the nearest region wins. */
export class RegistrationSettingsService {
  private cache = new Map<string, { at: number; value: TRegistrationSettings }>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
  ) {}

  async effective(regionCode: string, db: Kysely<DB> = this.db): Promise<TRegistrationSettings> {
    const hit = this.cache.get(regionCode);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
    const chain = chainOf(regionCode);
    const rows = await new SettingsRepository(db).inRegions(chain);
    const nearest = chain
      .map((c) => rows.find((r) => r.regionCode === c))
      .filter((r): r is SettingsRow => !!r)
      .at(-1);
    const own = rows.find((r) => r.regionCode === regionCode);
    const value: TRegistrationSettings = {
      ...DEFAULT_SETTINGS,
      ...(nearest ? stripKeys(nearest) : {}),
      regionCode,
      definedIn: nearest?.regionCode ?? 'default',
      version: own?.version ?? null,
    };
    this.cache.set(regionCode, { at: Date.now(), value });
    return value;
  }

  /** Sets a region's own rules (its administrators; the deployment-wide row only from the national level). */
  async put(user: AuthUser, actor: Actor, regionCode: string, input: SettingsInput): Promise<TRegistrationSettings> {
    assertAuthorized(user, 'applications.settings', { regionCode });
    if (regionCode === NATIONAL_REGION_CODE && user.regionCode !== NATIONAL_REGION_CODE)
      throw new AppError('FORBIDDEN');
    if (!(await this.regions.find(regionCode))) throw notFound('行政区划不存在');
    const before = (await new SettingsRepository(this.db).inRegions([regionCode]))[0];
    const { version, ...values } = input;
    const row = { regionCode, ...values };
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repo = new SettingsRepository(trx);
      if (before) {
        if (version !== before.version || !(await repo.update(row, before.version, at, actor.name)))
          throw new AppError('STALE_VERSION');
      } else {
        if (version !== null) throw new AppError('STALE_VERSION');
        await repo.insert(row, at, actor.name);
      }
      await this.audit.record(trx, actor, {
        action: before ? 'update' : 'create',
        entity: 'registration_settings',
        entityId: regionCode,
        regionCode,
        summary: `登记办理时限：业务主管单位${values.supervisorDays}个工作日，登记管理机关${values.authorityDays}个工作日`,
        before: before ? stripKeys(before) : null,
        after: values,
      });
    });
    this.cache.clear();
    return this.effective(regionCode);
  }
}

function stripKeys(r: SettingsRow) {
  return {
    preparationRequired: r.preparationRequired,
    supervisorDays: r.supervisorDays,
    authorityDays: r.authorityDays,
    signUpApproval: r.signUpApproval,
  };
}
