import { NATIONAL_REGION_CODE, ORG_STATUSES, REGISTERED_ORG_TYPES, ZRegionCode } from '@shezu/contracts';
import { searchTextProblem } from '../../orgs/filters';
import type { PortalSearch } from '../api';

export { searchTextProblem };

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * The search from the page URL (`/portal/search?q=&region=`). A text the API would refuse (one character)
 * or a malformed region is dropped, so a hand-edited or stale link still opens a list.
 */
export function searchFromParams(params: URLSearchParams): PortalSearch {
  const q = params.get('q')?.trim();
  const region = params.get('region');
  return compactSearch({
    q: q && !searchTextProblem(q) ? q : undefined,
    region: region && region !== NATIONAL_REGION_CODE && ZRegionCode.safeParse(region).success ? region : undefined,
    type: oneOf(REGISTERED_ORG_TYPES, params.get('type')),
    status: oneOf(ORG_STATUSES, params.get('status')),
  });
}

/** The URL search of a query, keys in a stable order and only those set. */
export function paramsFromSearch(s: PortalSearch): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of ['q', 'region', 'type', 'status'] as const) {
    const v = s[key];
    if (v) out.set(key, v);
  }
  return out;
}

/** Without unset keys: `{ q: undefined }` and `{}` are the same search (and the same cache key). */
export function compactSearch(s: PortalSearch): PortalSearch {
  const out: PortalSearch = {};
  if (s.q?.trim()) out.q = s.q.trim();
  if (s.region) out.region = s.region;
  if (s.type) out.type = s.type;
  if (s.status) out.status = s.status;
  return out;
}

/** `/portal/search?…` for a query, as the home page's search box navigates to it. */
export const searchPath = (s: PortalSearch) => {
  const qs = paramsFromSearch(compactSearch(s)).toString();
  return qs ? `/portal/search?${qs}` : '/portal/search';
};
