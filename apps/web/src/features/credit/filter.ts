import {
  CREDIT_GROUNDS,
  CREDIT_LISTING_STATUSES,
  CREDIT_LISTS,
  type CreditGround,
  type CreditList,
  type CreditListingStatus,
} from '@shezu/contracts';
import type { ListingFilter } from './api';
import { oneOf } from '../../lib/urlFilters';

/** The list page's filter lives in the URL so a link opens the same view; unknown values are dropped. */
export function filterFromSearch(params: URLSearchParams): ListingFilter & { list: CreditList } {
  const region = params.get('region');
  const q = params.get('q')?.trim();
  return compact({
    list: oneOf(CREDIT_LISTS, params.get('list')) ?? 'abnormal',
    status: oneOf<CreditListingStatus>(CREDIT_LISTING_STATUSES, params.get('status')),
    ground: oneOf<CreditGround>(CREDIT_GROUNDS, params.get('ground')),
    region: region && /^\d{2,12}$/.test(region) ? region : undefined,
    q: q || undefined,
  });
}

export function searchFromFilter(f: ListingFilter): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '') out.set(k, String(v));
  return out;
}

/** Drops undefined keys, so equal filters make equal query keys. */
export const compact = <T extends object>(f: T): T =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as T;
