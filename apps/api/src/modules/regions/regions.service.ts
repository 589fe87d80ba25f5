import type { Kysely } from 'kysely';
import { NATIONAL_REGION_CODE, fromGbCode } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized } from '../../platform/auth/guard';
import { AppError, notFound } from '../../platform/errors';
import { RegionsRepository, type RegionRecord } from './regions.repository';
import { ChildrenCache } from './children-cache';

export class RegionsService {
  private readonly childrenCache = new ChildrenCache();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** `db`: the caller's transaction, when it asks from inside one (on SQLite another handle would wait on it). */
  find(code: string, db: Kysely<DB> = this.db): Promise<RegionRecord | undefined> {
    return new RegionsRepository(db).find(code);
  }

  async get(code: string): Promise<RegionRecord> {
    const r = await this.find(code);
    if (!r) throw notFound('行政区划不存在');
    return r;
  }

  /** The region a credit code's positions 3–8 name (330800 → 衢州市), if the tables know it. */
  findByGbCode(gb: string): Promise<RegionRecord | undefined> {
    return new RegionsRepository(this.db).find(fromGbCode(gb));
  }

  /** Children for the public region picker, from memory when asked within the last minute. */
  async childrenForPicker(code: string): Promise<RegionRecord[]> {
    const cached = this.childrenCache.get(code);
    if (cached) return cached;
    const list = await this.children(code);
    this.childrenCache.set(code, list);
    return list;
  }

  /** Children of a region; placeholder levels (重庆 "县") are listed as they are, flagged. */
  async children(code: string): Promise<RegionRecord[]> {
    const list = await new RegionsRepository(this.db).children(code);
    // One query in the usual case; only an empty answer needs to tell a leaf from an unknown code (404).
    if (list.length === 0 && code !== NATIONAL_REGION_CODE) await this.get(code);
    return list;
  }

  search(q: string, within: string | null, limit: number): Promise<RegionRecord[]> {
    return new RegionsRepository(this.db).search(q, within === NATIONAL_REGION_CODE ? null : within, limit);
  }

  ancestors(code: string): Promise<RegionRecord[]> {
    return new RegionsRepository(this.db).ancestors(code);
  }

  async setPopulation(
    user: AuthUser,
    actor: Actor,
    code: string,
    population: number | null,
    version: number,
  ): Promise<RegionRecord> {
    const before = await this.get(code);
    assertAuthorized(user, 'regions.manage', { regionCode: code });
    await this.db.transaction().execute(async (trx) => {
      const ok = await new RegionsRepository(trx).setPopulation(
        code,
        version,
        population,
        this.clock.now().toISOString(),
      );
      if (!ok) throw new AppError('STALE_VERSION');
      await this.audit.record(trx, actor, {
        action: 'update',
        entity: 'region',
        entityId: code,
        regionCode: code,
        summary: `${before.fullName} 人口`,
        before: { population: before.population },
        after: { population },
      });
    });
    this.childrenCache.clear();
    return this.get(code);
  }
}
