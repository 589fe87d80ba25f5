import type { Kysely } from 'kysely';
import { NATIONAL_REGION_CODE, REGISTERED_ORG_TYPES, type TCategory, type TOrgStats } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import type { CategoriesService } from '../orgs/categories.service';
import { ORG_TYPE_LABELS } from '../orgs/org-labels';
import { OrgCountsQuery } from '../orgs/public/org-counts.query';
import { regionRange } from '../orgs/public/public-orgs.query';
import { CommunityOrgsSource } from '../portal/community-orgs.source';
import type { RegionsService } from '../regions/regions.service';
import { populationOf } from './population';
import { FreshCounters } from './fresh-counters';
import { per10k, ratio, sharePercent } from './stat-figures';
import { addCommunity, addRegistered, type Metrics } from './stat-metrics';

/**
 * Province and national figures come from the refresh job's counters, kept current by recounting the
 * provinces written since (FreshCounters); a live count there would scan the whole register.
 */
export const usesCounters = (code: string) => code === NATIONAL_REGION_CODE || code.length === 2;

/** Public statistics of a region's subtree (DOMAIN.md "Statistics, targets and reports"). */
export class StatsService {
  private readonly fresh: FreshCounters;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly regions: RegionsService,
    private readonly categories: CategoriesService,
  ) {
    this.fresh = new FreshCounters(db, (code) => this.countLive(code));
  }

  /** Counts a subtree live: one GROUP BY over the register and one over the community filings. */
  async countLive(code: string, db: Kysely<DB> = this.db): Promise<Metrics> {
    const range = regionRange(code);
    const m = addRegistered(new Map(), await new OrgCountsQuery(db).registered(range, chinaDate(this.clock.now())));
    return addCommunity(m, await new CommunityOrgsSource(db).filedCounts(range));
  }

  async get(code: string): Promise<TOrgStats> {
    const region = await this.regions.find(code);
    if (!region) throw notFound('行政区划不存在');
    const asOf = this.clock.now().toISOString();
    const metrics = (usesCounters(code) ? await this.fresh.read(code) : null) ?? (await this.countLive(code));
    const population = await populationOf(this.regions, code);
    const dict = await this.categories.effective(code);
    return present(metrics, { code, name: region.name, fullName: region.fullName }, asOf, population, dict);
  }
}

function present(
  m: Metrics,
  region: TOrgStats['region'],
  asOf: string,
  population: number | null,
  dict: TCategory[],
): TOrgStats {
  const total = m.get('total') ?? 0;
  const share = (count: number) => ({ count, share: sharePercent(count, total) });
  const counted = [...m.keys()].filter((k) => k.startsWith('category:')).map((k) => k.slice('category:'.length));
  const codes = [...dict.filter((c) => c.active).map((c) => c.code), ...counted];
  const area = (kind: 'urban' | 'rural') => {
    const count = m.get(`community:${kind}`) ?? 0;
    const communities = m.get(`communities:${kind}`) ?? 0;
    return { count, communities, perCommunity: ratio(count, communities) };
  };
  const urban = area('urban');
  const rural = area('rural');
  return {
    region,
    asOf,
    registered: {
      total,
      byType: REGISTERED_ORG_TYPES.map((type) => ({
        type,
        name: ORG_TYPE_LABELS[type],
        ...share(m.get(`type:${type}`) ?? 0),
      })),
      byCategory: [...new Set(codes)].map((code) => ({
        code,
        name: dict.find((c) => c.code === code)?.name ?? code,
        ...share(m.get(`category:${code}`) ?? 0),
      })),
      grade3aPlus: share(m.get('grade3a') ?? 0),
      charities: share(m.get('charity') ?? 0),
      population,
      per10k: per10k(total, population),
    },
    communityOrgs: { total: urban.count + rural.count, urban, rural },
  };
}
