import {
  COMMUNITY_AREA_KINDS,
  COMMUNITY_ORG_CATEGORIES,
  COMMUNITY_ORG_STATUSES,
  type CommunityAreaKind,
  type CommunityOrgCategory,
  type CommunityOrgStatus,
} from '@shezu/contracts';
import { oneOf } from '../../lib/urlFilters';

/** The list's filters as the API takes them and the page URL keeps them. */
export interface CommunityOrgListQuery {
  q?: string;
  within?: string;
  status?: CommunityOrgStatus;
  areaKind?: CommunityAreaKind;
  categoryCode?: CommunityOrgCategory;
}

const CATEGORY_CODES = COMMUNITY_ORG_CATEGORIES.map((c) => c.code);

/** The state without unset keys, the search trimmed: equal filters make one cache key. */
export function compact(q: CommunityOrgListQuery): CommunityOrgListQuery {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) {
    const value = typeof v === 'string' ? v.trim() : v;
    if (value !== undefined && value !== null && value !== '') out[k] = value;
  }
  return out as CommunityOrgListQuery;
}

/** The list's state from the URL; anything unknown is dropped so an old link still opens. */
export function queryFromSearch(search: URLSearchParams): CommunityOrgListQuery {
  const within = search.get('within');
  return compact({
    q: search.get('q')?.slice(0, 50),
    within: within && /^\d{2}(\d{2})?(\d{2})?(\d{3})?$/.test(within) ? within : undefined,
    status: oneOf(COMMUNITY_ORG_STATUSES, search.get('status')),
    areaKind: oneOf(COMMUNITY_AREA_KINDS, search.get('areaKind')),
    categoryCode: oneOf(CATEGORY_CODES, search.get('categoryCode')),
  });
}

export function searchFromQuery(q: CommunityOrgListQuery): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(compact(q))) out.set(k, String(v));
  return out;
}

/** Filters set besides the name (the phone layout's "筛选 (2)"). */
export const activeFilterCount = (q: CommunityOrgListQuery) =>
  (['within', 'status', 'areaKind', 'categoryCode'] as const).filter((k) => q[k] !== undefined).length;
