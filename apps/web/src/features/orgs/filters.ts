import {
  ORG_LEVELS,
  ORG_SORTS,
  ORG_STATUSES,
  REGISTERED_ORG_TYPES,
  type OrgLevel,
  type OrgStatus,
  type RegisteredOrgType,
} from '@shezu/contracts';
import { oneOf } from '../../lib/urlFilters';

export type OrgSort = (typeof ORG_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

/** What the list shows: the filters of the API's list, its sort, as the page's URL keeps them. */
export interface OrgListQuery {
  q?: string;
  type?: RegisteredOrgType;
  status?: OrgStatus;
  level?: OrgLevel;
  categoryCode?: string;
  within?: string;
  supervisorUnitId?: number;
  sort?: OrgSort;
  order?: SortOrder;
}

const USCC_LIKE = /^[0-9A-Z]{18}$/;

/** The name as the API's index reads it: NFKC, spacing removed (case does not matter). */
const normalized = (q: string) => q.normalize('NFKC').replace(/\s+/g, '');

/**
 * Whether a search text can be sent: an 18-character credit code, or at least two characters of a name
 * (the name index is built from pairs of adjacent characters, so one character finds nothing).
 */
export function searchTextProblem(q: string): 'tooShort' | null {
  const text = normalized(q);
  if (text === '' || USCC_LIKE.test(text.toUpperCase())) return null;
  return [...text].length < 2 ? 'tooShort' : null;
}

/** The list's state from the page URL; anything unknown is dropped, so a stale link still opens. */
export function queryFromSearch(search: URLSearchParams): OrgListQuery {
  const q = search.get('q')?.trim();
  const unit = Number(search.get('supervisorUnitId'));
  const within = search.get('within');
  const category = search.get('categoryCode');
  const sort = oneOf(ORG_SORTS, search.get('sort'));
  return compact({
    q: q && !searchTextProblem(q) ? q : undefined,
    type: oneOf(REGISTERED_ORG_TYPES, search.get('type')),
    status: oneOf(ORG_STATUSES, search.get('status')),
    level: oneOf(ORG_LEVELS, search.get('level')),
    categoryCode: category && /^[a-z][a-z0-9_]{1,39}$/.test(category) ? category : undefined,
    within: within && /^\d{2,9}$/.test(within) ? within : undefined,
    supervisorUnitId: Number.isInteger(unit) && unit > 0 ? unit : undefined,
    sort: sort && sort !== 'id' ? sort : undefined,
    order: sort && sort !== 'id' ? (oneOf(['asc', 'desc'] as const, search.get('order')) ?? 'asc') : undefined,
  });
}

/** The URL search of a list state (only what is set, in a stable order). */
export function searchFromQuery(q: OrgListQuery): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(compact(q))) out.set(k, String(v));
  return out;
}

/** The state without unset keys: `{ type: undefined }` and `{}` are the same list (and the same cache key). */
export function compact(q: OrgListQuery): OrgListQuery {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') out[k] = v;
  if (q.q) out.q = q.q.trim();
  // A name search comes back in the index's order; sorting does not apply to it.
  if (out.q) {
    delete out.sort;
    delete out.order;
  }
  return out as OrgListQuery;
}

/** Number of filters set besides the search text (for the phone layout's "筛选 (2)"). */
export const activeFilterCount = (q: OrgListQuery) =>
  (['type', 'status', 'level', 'categoryCode', 'within', 'supervisorUnitId'] as const).filter((k) => q[k] !== undefined)
    .length;
