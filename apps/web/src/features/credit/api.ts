import type {
  TCreditDecision,
  TCreditFulfil,
  TCreditLetterCreate,
  TCreditListing,
  TCreditListingCreate,
  TCreditListingDetail,
  TCreditListingQuery,
  TCreditPenaltyCreate,
  TCreditProfile,
  TCreditRemove,
  TCreditRequest,
  TCreditRequestCreate,
  TCreditRequestQuery,
  TCreditRequestVerified,
  TPublicCreditListing,
  TPublicCreditListingQuery,
  TPublicOrgCredit,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import { downloadFrom } from '../../lib/download';
import type { Page } from '../../lib/useKeysetQuery';

const PAGE_SIZE = 30;

/** Evidence is uploaded as `credit_evidence`, attached to the listing or request that cites it. */
export { CREDIT_EVIDENCE_PURPOSE } from '@shezu/contracts';

export type ListingFilter = Omit<TCreditListingQuery, 'cursor' | 'limit'>;
export type RequestFilter = Omit<TCreditRequestQuery, 'cursor' | 'limit'>;
export type PublicListingFilter = Omit<TPublicCreditListingQuery, 'cursor' | 'limit'>;

export const creditKeys = {
  all: ['credit'] as const,
  listings: (f: ListingFilter) => ['credit', 'listings', f] as const,
  listing: (id: number) => ['credit', 'listing', id] as const,
  requests: (f: RequestFilter) => ['credit', 'requests', f] as const,
  profile: (orgId: number) => ['credit', 'profile', orgId] as const,
  publicListings: (f: PublicListingFilter) => ['credit', 'public', 'listings', f] as const,
  publicOrg: (uscc: string) => ['credit', 'public', 'org', uscc] as const,
};

export const fetchListings = (f: ListingFilter, cursor?: string) =>
  unwrap(api.GET('/api/credit-listings', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TCreditListing>
  >;

export const fetchListing = (id: number) =>
  unwrap(api.GET('/api/credit-listings/{id}', { params: { path: { id } } })) as Promise<TCreditListingDetail>;

export const createListing = (body: TCreditListingCreate) =>
  unwrap(api.POST('/api/credit-listings', { body })) as Promise<TCreditListing>;

export const fulfilGround = (id: number, body: TCreditFulfil) =>
  unwrap(api.POST('/api/credit-listings/{id}/fulfil', { params: { path: { id } }, body })) as Promise<TCreditListing>;

export const removeListing = (id: number, body: TCreditRemove) =>
  unwrap(api.POST('/api/credit-listings/{id}/remove', { params: { path: { id } }, body })) as Promise<TCreditListing>;

export const enterPenalty = (body: TCreditPenaltyCreate) => unwrap(api.POST('/api/credit-penalties', { body }));

export const recordLetter = (body: TCreditLetterCreate) => unwrap(api.POST('/api/credit-letters', { body }));

export const fetchProfile = (orgId: number) =>
  unwrap(api.GET('/api/credit-profiles/{orgId}', { params: { path: { orgId } } })) as Promise<TCreditProfile>;

export const fetchRequests = (f: RequestFilter, cursor?: string) =>
  unwrap(api.GET('/api/credit-requests', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TCreditRequest>
  >;

export const createRequest = (body: TCreditRequestCreate) =>
  unwrap(api.POST('/api/credit-requests', { body })) as Promise<TCreditRequest>;

export const verifyRequest = (id: number, version: number) =>
  unwrap(
    api.POST('/api/credit-requests/{id}/verify', { params: { path: { id } }, body: { version } }),
  ) as Promise<TCreditRequestVerified>;

export const decideRequest = (id: number, decision: 'approve' | 'reject', body: TCreditDecision) =>
  unwrap(
    decision === 'approve'
      ? api.POST('/api/credit-requests/{id}/approve', { params: { path: { id } }, body })
      : api.POST('/api/credit-requests/{id}/reject', { params: { path: { id } }, body }),
  ) as Promise<TCreditRequest>;

export const fetchPublicListings = (f: PublicListingFilter, cursor?: string) =>
  unwrap(api.GET('/api/public/credit-listings', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TPublicCreditListing>
  >;

export const fetchPublicOrgCredit = (uscc: string) =>
  unwrap(api.GET('/api/public/orgs/{uscc}/credit', { params: { path: { uscc } } })) as Promise<TPublicOrgCredit>;

/** Evidence is read through the files API, which checks that the reader may see it. */
export const downloadEvidence = (id: number) =>
  downloadFrom(api.GET('/api/files/{id}/content', { params: { path: { id } }, parseAs: 'blob' }), `evidence-${id}`);
