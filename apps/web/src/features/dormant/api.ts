import type {
  DormantDisposal,
  DormantSignalCode,
  TDormantCampaign,
  TDormantCampaignCreate,
  TDormantCampaignDetail,
  TDormantCandidate,
  TDormantDispose,
  TDormantPreview,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { Page } from '../../lib/useKeysetQuery';

export const dormantKeys = {
  list: ['dormant-campaigns'] as const,
  detail: (id: number) => ['dormant-campaigns', id] as const,
  candidates: (id: number, filter: CandidateFilter) => ['dormant-campaigns', id, 'candidates', filter] as const,
  preview: (q: PreviewQuery) => ['dormant-preview', q] as const,
};

export interface CandidateFilter {
  disposal?: DormantDisposal | 'pending';
  signal?: DormantSignalCode;
}

export interface PreviewQuery {
  region?: string;
  types?: ('social_group' | 'service_institution' | 'foundation')[];
  signals?: DormantSignalCode[];
  missedYears?: number;
  inactiveMonths?: number;
  councilTermYears?: number;
  councilGraceMonths?: number;
  minSignals?: number;
}

export const fetchCampaigns = () => unwrap(api.GET('/api/dormant-campaigns')) as Promise<{ items: TDormantCampaign[] }>;

export const fetchCampaign = (id: number) =>
  unwrap(api.GET('/api/dormant-campaigns/{id}', { params: { path: { id } } })) as Promise<TDormantCampaignDetail>;

export const fetchPreview = (query: PreviewQuery) =>
  unwrap(api.GET('/api/dormant-candidates/preview', { params: { query } })) as Promise<TDormantPreview>;

export const createCampaign = (body: TDormantCampaignCreate) =>
  unwrap(api.POST('/api/dormant-campaigns', { body: body as never })) as Promise<TDormantCampaignDetail>;

export const fetchCandidates = (id: number, filter: CandidateFilter, cursor: string | undefined) =>
  unwrap(
    api.GET('/api/dormant-campaigns/{id}/candidates', {
      params: { path: { id }, query: { ...filter, cursor, limit: 50 } },
    }),
  ) as Promise<Page<TDormantCandidate>>;

export const dispose = (campaignId: number, candidateId: number, body: TDormantDispose) =>
  unwrap(
    api.POST('/api/dormant-campaigns/{id}/candidates/{candidateId}/dispose', {
      params: { path: { id: campaignId, candidateId } },
      body: body as never,
    }),
  ) as Promise<TDormantCandidate>;

export const closeCampaign = (id: number, version: number) =>
  unwrap(
    api.POST('/api/dormant-campaigns/{id}/close', { params: { path: { id } }, body: { version } }),
  ) as Promise<TDormantCampaignDetail>;
