import type { TCommunityOrg } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { downloadFrom } from '../../lib/download';
import type { CommunityOrgListQuery } from './filters';

export type CommunityOrgCreateBody = paths['/api/community-orgs']['post']['requestBody']['content']['application/json'];
export type CommunityOrgUpdateBody =
  paths['/api/community-orgs/{id}']['put']['requestBody']['content']['application/json'];
export type CommunityOrgCancelBody =
  paths['/api/community-orgs/{id}/cancel']['post']['requestBody']['content']['application/json'];

const PAGE_SIZE = 50;

export const communityOrgKeys = {
  all: ['community-orgs'] as const,
  list: (q: CommunityOrgListQuery) => ['community-orgs', 'list', q] as const,
  detail: (id: number) => ['community-orgs', 'detail', id] as const,
};

export const fetchCommunityOrgs = (q: CommunityOrgListQuery, cursor?: string) =>
  unwrap(api.GET('/api/community-orgs', { params: { query: { ...q, cursor, limit: PAGE_SIZE } } })) as Promise<{
    items: TCommunityOrg[];
    nextCursor: string | null;
  }>;

/** The list as Excel with its filter and the columns shown (audited and watermarked by the API). */
export const exportCommunityOrgs = (q: CommunityOrgListQuery, columns: string) =>
  downloadFrom(
    api.GET('/api/community-orgs/export', { params: { query: { ...q, columns } }, parseAs: 'blob' }),
    'community-orgs.xlsx',
  );

export const fetchCommunityOrg = (id: number) =>
  unwrap(api.GET('/api/community-orgs/{id}', { params: { path: { id } } })) as Promise<TCommunityOrg>;

export const fileCommunityOrg = (body: CommunityOrgCreateBody) =>
  unwrap(api.POST('/api/community-orgs', { body })) as Promise<TCommunityOrg>;

export const updateCommunityOrg = (id: number, body: CommunityOrgUpdateBody) =>
  unwrap(api.PUT('/api/community-orgs/{id}', { params: { path: { id } }, body })) as Promise<TCommunityOrg>;

export const cancelCommunityOrg = (id: number, body: CommunityOrgCancelBody) =>
  unwrap(api.POST('/api/community-orgs/{id}/cancel', { params: { path: { id } }, body })) as Promise<TCommunityOrg>;

/** An attached 章程 or 花名册 (the roster lists people: the API audits reading it). */
export const downloadFile = (id: number, fallbackName: string) =>
  downloadFrom(api.GET('/api/files/{id}/content', { params: { path: { id } }, parseAs: 'blob' }), fallbackName);
