import type {
  TIllegalOrg,
  TIllegalOrgBan,
  TIllegalOrgCreate,
  TIllegalOrgDetail,
  TIllegalOrgFinding,
  TIllegalOrgNoteCreate,
  TIllegalOrgQuery,
  TPublicIllegalOrgQuery,
  TPublicIllegalOrgWarning,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { Page } from '../../lib/useKeysetQuery';

export { ILLEGAL_ORG_FILE_PURPOSE } from '@shezu/contracts';

const PAGE_SIZE = 30;
export type IllegalOrgFilter = Omit<TIllegalOrgQuery, 'cursor' | 'limit'>;
export type PublicFilter = Omit<TPublicIllegalOrgQuery, 'cursor' | 'limit'>;

export const illegalKeys = {
  all: ['illegal-orgs'] as const,
  list: (f: IllegalOrgFilter) => ['illegal-orgs', 'list', f] as const,
  one: (id: number) => ['illegal-orgs', 'one', id] as const,
  public: (f: PublicFilter) => ['illegal-orgs', 'public', f] as const,
};

export const fetchIllegalOrgs = (f: IllegalOrgFilter, cursor?: string) =>
  unwrap(api.GET('/api/illegal-orgs', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TIllegalOrg>
  >;

export const fetchIllegalOrg = (id: number) =>
  unwrap(api.GET('/api/illegal-orgs/{id}', { params: { path: { id } } })) as Promise<TIllegalOrgDetail>;

export const reportIllegalOrg = (body: TIllegalOrgCreate) =>
  unwrap(api.POST('/api/illegal-orgs', { body: { evidence: [], ...body } })) as Promise<TIllegalOrgDetail>;

export const addNote = (id: number, body: TIllegalOrgNoteCreate) =>
  unwrap(
    api.POST('/api/illegal-orgs/{id}/notes', { params: { path: { id } }, body: { files: [], ...body } }),
  ) as Promise<TIllegalOrgDetail>;

export const recordFinding = (id: number, body: TIllegalOrgFinding) =>
  unwrap(api.POST('/api/illegal-orgs/{id}/finding', { params: { path: { id } }, body })) as Promise<TIllegalOrgDetail>;

export const banIllegalOrg = (id: number, body: TIllegalOrgBan) =>
  unwrap(
    api.POST('/api/illegal-orgs/{id}/ban', {
      params: { path: { id } },
      body: { ...body, publish: body.publish ?? true },
    }),
  ) as Promise<TIllegalOrgDetail>;

export const fetchPublicWarnings = (f: PublicFilter, cursor?: string) =>
  unwrap(
    api.GET('/api/public/illegal-org-warnings', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } }),
  ) as Promise<Page<TPublicIllegalOrgWarning>>;
