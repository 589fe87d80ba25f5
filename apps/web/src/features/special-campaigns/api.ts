import type {
  TCampaignOrg,
  TCampaignProblem,
  TSelfInspection,
  TSelfInspectionSubmit,
  TSpecialCampaign,
  TSpecialCampaignCreate,
  TSpecialCampaignDetail,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import { downloadFrom } from '../../lib/download';
import type { Page } from '../../lib/useKeysetQuery';

export const campaignKeys = {
  list: ['special-campaigns'] as const,
  detail: (id: number) => ['special-campaigns', id] as const,
  orgs: (id: number, filter: OrgFilter) => ['special-campaigns', id, 'orgs', filter] as const,
  problems: (id: number) => ['special-campaigns', id, 'problems'] as const,
  mine: ['campaign-self-inspections'] as const,
};

export interface OrgFilter {
  status?: 'pending' | 'submitted';
  problem?: 'yes';
}

export const fetchCampaigns = () => unwrap(api.GET('/api/special-campaigns')) as Promise<{ items: TSpecialCampaign[] }>;

export const fetchCampaign = (id: number) =>
  unwrap(api.GET('/api/special-campaigns/{id}', { params: { path: { id } } })) as Promise<TSpecialCampaignDetail>;

export const createCampaign = (body: TSpecialCampaignCreate) =>
  unwrap(api.POST('/api/special-campaigns', { body: body as never })) as Promise<TSpecialCampaignDetail>;

export const fetchCampaignOrgs = (id: number, filter: OrgFilter, cursor: string | undefined) =>
  unwrap(
    api.GET('/api/special-campaigns/{id}/orgs', { params: { path: { id }, query: { ...filter, cursor, limit: 50 } } }),
  ) as Promise<Page<TCampaignOrg>>;

export const fetchProblems = (id: number) =>
  unwrap(api.GET('/api/special-campaigns/{id}/problems', { params: { path: { id } } })) as Promise<{
    items: TCampaignProblem[];
  }>;

export const closeCampaign = (id: number) =>
  unwrap(
    api.POST('/api/special-campaigns/{id}/close', { params: { path: { id } } }),
  ) as Promise<TSpecialCampaignDetail>;

export const confirmRectification = (id: number, rowId: number, version: number) =>
  unwrap(
    api.POST('/api/special-campaigns/{id}/orgs/{rowId}/confirm-rectification', {
      params: { path: { id, rowId } },
      body: { version },
    }),
  ) as Promise<TCampaignOrg>;

export const fetchMySelfInspections = () =>
  unwrap(api.GET('/api/campaign-self-inspections')) as Promise<{ items: TSelfInspection[] }>;

export const submitSelfInspection = (id: number, body: TSelfInspectionSubmit) =>
  unwrap(
    api.PUT('/api/campaign-self-inspections/{id}', { params: { path: { id } }, body: body as never }),
  ) as Promise<TSelfInspection>;

export const reportRectified = (id: number, evidence: string, files: number[], version: number) =>
  unwrap(
    api.POST('/api/campaign-self-inspections/{id}/rectified', {
      params: { path: { id } },
      body: { evidence, files, version },
    }),
  ) as Promise<TSelfInspection>;

export const exportCampaignOrgs = (id: number) =>
  downloadFrom(
    api.GET('/api/special-campaigns/{id}/orgs/export', { params: { path: { id } }, parseAs: 'blob' }),
    `special-campaign-${id}.xlsx`,
  );
