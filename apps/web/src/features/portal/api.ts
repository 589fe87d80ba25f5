import type { AnnouncementKind, OrgStatus, RegisteredOrgType } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer R } } } };
}
  ? R
  : never;

export type PublicOrgPage = Json<'/api/public/orgs'>;
export type PublicOrg = PublicOrgPage['items'][number];
export type PublicOrgDetail = Json<'/api/public/orgs/{uscc}'>;
export type PublicOrgEvent = PublicOrgDetail['timeline'][number];
export type PublicOrgSection = PublicOrgDetail['sections'][number];
export type PublicCommunityOrg = Json<'/api/public/community-orgs/{id}'>;
export type Announcement = Json<'/api/public/announcements/{id}'>;
export type OrgStats = Json<'/api/public/stats'>;
export type OpenDataList = Json<'/api/public/open-data'>;
export type OpenDataFile = OpenDataList['files'][number];
export type UsccCheck = Json<'/api/public/uscc/{code}'>;

/** What the public search sends: a name part or credit code, and the filters the page offers. */
export interface PortalSearch {
  q?: string;
  region?: string;
  type?: RegisteredOrgType;
  status?: OrgStatus;
}

export const SEARCH_PAGE_SIZE = 20;
export const ANNOUNCEMENT_PAGE_SIZE = 20;

export const portalKeys = {
  all: ['portal'] as const,
  search: (s: PortalSearch) => ['portal', 'search', s] as const,
  org: (uscc: string) => ['portal', 'org', uscc] as const,
  communityOrg: (id: number) => ['portal', 'community-org', id] as const,
  announcements: (filter: AnnouncementFilter) => ['portal', 'announcements', filter] as const,
  latestAnnouncements: (region: string | undefined) => ['portal', 'announcements', 'latest', region ?? ''] as const,
  announcement: (id: number) => ['portal', 'announcement', id] as const,
  stats: (region: string) => ['portal', 'stats', region] as const,
  openData: ['portal', 'open-data'] as const,
  dictionary: ['portal', 'open-data', 'dictionary'] as const,
  uscc: (code: string) => ['portal', 'uscc', code] as const,
};

export const searchOrgs = (s: PortalSearch, cursor?: string) =>
  unwrap(api.GET('/api/public/orgs', { params: { query: { ...s, cursor, limit: SEARCH_PAGE_SIZE } } }));

export const fetchPublicOrg = (uscc: string) =>
  unwrap(api.GET('/api/public/orgs/{uscc}', { params: { path: { uscc } } }));

export const fetchCommunityOrg = (id: number) =>
  unwrap(api.GET('/api/public/community-orgs/{id}', { params: { path: { id } } }));

export interface AnnouncementFilter {
  kind?: AnnouncementKind;
  region?: string;
}

export const fetchAnnouncements = (filter: AnnouncementFilter, cursor?: string, limit = ANNOUNCEMENT_PAGE_SIZE) =>
  unwrap(api.GET('/api/public/announcements', { params: { query: { ...filter, cursor, limit } } }));

export const fetchAnnouncement = (id: number) =>
  unwrap(api.GET('/api/public/announcements/{id}', { params: { path: { id } } }));

export const fetchStats = (region: string) => unwrap(api.GET('/api/public/stats', { params: { query: { region } } }));

export const fetchOpenData = () => unwrap(api.GET('/api/public/open-data'));

/** Where a file downloads: a plain link, so a 64 MB part streams to disk instead of through memory. */
export const openDataUrl = (name: string) => `/api/public/open-data/${encodeURIComponent(name)}`;

/** The data dictionary is one of the published files; the API declares no shape for it (see dictionary.ts). */
export const fetchDictionaryFile = (name: string) =>
  unwrap(api.GET('/api/public/open-data/{name}', { params: { path: { name } }, parseAs: 'json' })) as Promise<unknown>;

export const checkUscc = (code: string) => unwrap(api.GET('/api/public/uscc/{code}', { params: { path: { code } } }));
