import type { QueryClient } from '@tanstack/react-query';
import { NATIONAL_REGION_CODE, isWithinRegion, type RegionLevel, type TRegion } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';

export type RegionDetail = TRegion & { version: number; ancestors: TRegion[] };

export const regionKeys = {
  all: ['regions'] as const,
  children: (code: string) => ['regions', 'children', code] as const,
  detail: (code: string) => ['regions', 'detail', code] as const,
  search: (q: string, within: string | null) => ['regions', 'search', q, within ?? ''] as const,
};

export const fetchChildren = (code: string) =>
  unwrap(api.GET('/api/regions/{code}/children', { params: { path: { code } } }));

export const fetchRegion = (code: string): Promise<RegionDetail> =>
  unwrap(api.GET('/api/regions/{code}', { params: { path: { code } } }));

export const searchRegions = (q: string, within: string | null, limit = 20) =>
  unwrap(
    api.GET('/api/regions', {
      params: { query: { q, limit, within: within && within !== NATIONAL_REGION_CODE ? within : undefined } },
    }),
  );

export const savePopulation = (code: string, population: number | null, version: number): Promise<RegionDetail> =>
  unwrap(api.PUT('/api/regions/{code}/population', { params: { path: { code } }, body: { population, version } }));

/**
 * Children as a person reads them: placeholder levels of the statistics tables (重庆 “县”, “市辖区”)
 * are replaced by their own children, so 重庆市 lists 云阳县 directly.
 */
export async function visibleChildren(queryClient: QueryClient, code: string): Promise<TRegion[]> {
  const list = await queryClient.fetchQuery({
    queryKey: regionKeys.children(code),
    queryFn: () => fetchChildren(code),
    staleTime: Infinity,
  });
  const parts = await Promise.all(
    list.map(async (r) => {
      if (!r.placeholder) return [r];
      return r.hasChildren ? visibleChildren(queryClient, r.code) : [];
    }),
  );
  return parts.flat();
}

/** The chain of real regions from the top (below 全国, or from `root`) down to the region itself. */
export function visiblePath(region: RegionDetail, root: string = NATIONAL_REGION_CODE): TRegion[] {
  return [...region.ancestors, region].filter(
    (r) => !r.placeholder && r.level !== 'national' && isWithinRegion(r.code, root),
  );
}

const LEVEL_RANK: Record<RegionLevel, number> = { national: 0, province: 1, city: 2, county: 3, township: 4 };

export function isDeeperThan(level: RegionLevel, max: RegionLevel | undefined): boolean {
  return max !== undefined && LEVEL_RANK[level] > LEVEL_RANK[max];
}

export function isAtOrBelow(level: RegionLevel, max: RegionLevel | undefined): boolean {
  return max !== undefined && LEVEL_RANK[level] >= LEVEL_RANK[max];
}
