import type { Kysely } from 'kysely';
import { NATIONAL_REGION_CODE, type TCategory } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized } from '../../platform/auth/guard';
import { AppError, fieldError } from '../../platform/errors';
import { CategoriesRepository, type CategoryRow } from './categories.repository';

const CACHE_MS = 60_000;

/** The region itself and every region above it, national level first: 500235 → 100000, 50, 5002, 500235. */
export function regionChain(code: string): string[] {
  if (code === NATIONAL_REGION_CODE) return [NATIONAL_REGION_CODE];
  const chain = [NATIONAL_REGION_CODE];
  for (const len of [2, 4, 6, 9]) if (code.length >= len) chain.push(code.slice(0, len));
  return chain;
}

/**
 * Domain categories are a dictionary per region: the national defaults, then each region on the way
 * down may add categories or override a name, the direct-registration flag or whether it is in use.
 */
export class CategoriesService {
  private cache = new Map<string, { at: number; list: TCategory[] }>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The dictionary in force for an authority's region (including inactive entries, flagged). */
  async effective(regionCode: string, db: Kysely<DB> = this.db): Promise<TCategory[]> {
    const hit = this.cache.get(regionCode);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.list;
    const chain = regionChain(regionCode);
    const rows = await new CategoriesRepository(db).inRegions(chain);
    const byCode = new Map<string, TCategory>();
    for (const region of chain) {
      for (const r of rows.filter((x) => x.regionCode === region)) {
        byCode.set(r.code, {
          code: r.code,
          name: r.name,
          directRegistration: r.directRegistration,
          active: r.active,
          sort: r.sort,
          definedIn: region,
        });
      }
    }
    const list = [...byCode.values()].sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code));
    this.cache.set(regionCode, { at: Date.now(), list });
    return list;
  }

  async find(regionCode: string, code: string, db?: Kysely<DB>): Promise<TCategory | undefined> {
    return (await this.effective(regionCode, db)).find((c) => c.code === code);
  }

  /** Adds or overrides a category for a region (its administrators only). */
  async put(
    user: AuthUser,
    actor: Actor,
    regionCode: string,
    input: Omit<CategoryRow, 'regionCode' | 'version'> & { version?: number | null },
  ): Promise<TCategory> {
    assertAuthorized(user, 'categories.manage', { regionCode });
    if (regionCode === NATIONAL_REGION_CODE && user.regionCode !== NATIONAL_REGION_CODE)
      throw new AppError('FORBIDDEN');
    const repo = new CategoriesRepository(this.db);
    const before = await repo.find(regionCode, input.code);
    const at = this.clock.now().toISOString();
    const { version, ...fields } = input;
    await this.db.transaction().execute(async (trx) => {
      const r = new CategoriesRepository(trx);
      if (before) {
        if (version !== before.version) throw new AppError('STALE_VERSION');
        if (!(await r.update(regionCode, input.code, before.version, fields, at))) throw new AppError('STALE_VERSION');
      } else {
        if (version) throw fieldError('code', '该类别在本地区尚未定义');
        await r.insert({ regionCode, ...fields }, at);
      }
      await this.audit.record(trx, actor, {
        action: before ? 'update' : 'create',
        entity: 'org_category',
        entityId: `${regionCode}:${input.code}`,
        regionCode,
        summary: input.name,
        before: before ?? null,
        after: fields,
      });
    });
    this.cache.clear();
    return (await this.find(regionCode, input.code))!;
  }
}
