import type { Kysely } from 'kysely';
import { NATIONAL_REGION_CODE } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { OrgCountsQuery, type ProvinceChanges } from '../orgs/public/org-counts.query';
import { CommunityOrgsSource } from '../portal/community-orgs.source';
import { StatCountsRepository } from './stat-counts.repository';
import { sumMetrics, type Metrics } from './stat-metrics';

/**
 * How long a write may stay uncommitted and still be found by its timestamp: the longest transaction
 * is a ledger commit (about a minute for 100,000 rows). Anything later is caught by the next refresh.
 */
export const WRITE_LAG_MS = 5 * 60_000;

/**
 * Province and national figures that stay current between the refresh job's runs: the counters as the job
 * left them, with every province written since (by updated_at, less the lag) counted again live — once
 * per change (count, earliest and latest write of the province), remembered in this process. A late
 * commit that changes none of the three is caught by the next refresh. Issue 5: fast and current.
 */
export class FreshCounters {
  private base: { computedAt: string; byRegion: Map<string, Metrics> } | null = null;
  private recounted = new Map<string, { seen: string; metrics: Metrics }>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly countProvince: (code: string) => Promise<Metrics>,
  ) {}

  /** Figures of the country or a province; null when the counters were never computed. */
  async read(code: string): Promise<Metrics | null> {
    const repo = new StatCountsRepository(this.db);
    const computedAt = await repo.computedAt();
    if (!computedAt) return null;
    if (this.base?.computedAt !== computedAt) {
      this.base = { computedAt, byRegion: await repo.readAll() };
      this.recounted.clear();
    }
    const since = new Date(new Date(computedAt).getTime() - WRITE_LAG_MS).toISOString();
    const seen = new Map<string, string>();
    const note = (rows: ProvinceChanges[], tag: string) => {
      for (const r of rows) seen.set(r.province, `${seen.get(r.province) ?? ''}${tag}${r.n}@${r.first}-${r.last}`);
    };
    note(await new OrgCountsQuery(this.db).changedByProvince(since), 'o');
    note(await new CommunityOrgsSource(this.db).changedByProvince(since), 'c');
    for (const [province, signature] of seen) {
      if (code !== NATIONAL_REGION_CODE && province !== code) continue;
      if (this.recounted.get(province)?.seen === signature) continue;
      this.recounted.set(province, { seen: signature, metrics: await this.countProvince(province) });
    }
    const province = (p: string) => this.recounted.get(p)?.metrics ?? this.base!.byRegion.get(p) ?? new Map();
    if (code !== NATIONAL_REGION_CODE) return province(code);
    if (![...seen.keys()].some((p) => this.recounted.has(p))) return this.base.byRegion.get(code) ?? new Map();
    const provinces = new Set([...this.base.byRegion.keys(), ...this.recounted.keys()]);
    provinces.delete(NATIONAL_REGION_CODE);
    return sumMetrics([...provinces].map(province));
  }
}
