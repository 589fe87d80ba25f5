import type { TCategory, TOrg, TOrgEvent, TOrgFields, TOrgSummary } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { downloadFrom } from '../../lib/download';
import type { OrgListQuery } from './filters';

export type OrgCreateBody = paths['/api/orgs']['post']['requestBody']['content']['application/json'];
export type OrgUpdateBody = paths['/api/orgs/{id}']['put']['requestBody']['content']['application/json'];
export interface StatusDecisionBody {
  basis: string;
  decisionRef: string;
  date?: string;
}
/** A dictionary entry; `version` once the API returns it (needed to change an entry of the own region again). */
export type Category = TCategory & { version?: number };
export type OrgFieldName = keyof TOrgFields;

const PAGE_SIZE = 50;

export const orgKeys = {
  all: ['orgs'] as const,
  list: (q: OrgListQuery) => ['orgs', 'list', q] as const,
  count: (q: OrgListQuery) => ['orgs', 'count', q] as const,
  detail: (id: number) => ['orgs', 'detail', id] as const,
  events: (id: number) => ['orgs', 'events', id] as const,
  documents: (id: number) => ['orgs', 'documents', id] as const,
  categories: (regionCode: string) => ['org-categories', regionCode] as const,
  supervisors: (within: string | null) => ['orgs', 'supervisors', within ?? ''] as const,
};

export const fetchOrgs = (q: OrgListQuery, cursor?: string) =>
  unwrap(api.GET('/api/orgs', { params: { query: { ...q, cursor, limit: PAGE_SIZE } } })) as Promise<{
    items: TOrgSummary[];
    nextCursor: string | null;
  }>;

export const countOrgs = ({ sort: _s, order: _o, ...filter }: OrgListQuery) =>
  unwrap(api.GET('/api/orgs/count', { params: { query: filter } }));

/** The register as Excel with the list's filter and order and the columns shown (audited and watermarked). */
export const exportOrgs = (q: OrgListQuery, columns: string) =>
  downloadFrom(api.GET('/api/orgs/export', { params: { query: { ...q, columns } }, parseAs: 'blob' }), 'orgs.xlsx');

export const fetchOrg = (id: number) =>
  unwrap(api.GET('/api/orgs/{id}', { params: { path: { id } } })) as Promise<TOrg>;

export const fetchOrgEvents = (id: number) =>
  unwrap(api.GET('/api/orgs/{id}/events', { params: { path: { id } } })) as Promise<TOrgEvent[]>;

/** The legal representative's ID number and phone in clear; the API writes every call to the audit log. */
export const fetchOrgPersonalData = (id: number) =>
  unwrap(api.GET('/api/orgs/{id}/personal-data', { params: { path: { id } } }));

export const createOrg = (body: OrgCreateBody) => unwrap(api.POST('/api/orgs', { body })) as Promise<TOrg>;

export const correctOrg = (id: number, body: OrgUpdateBody) =>
  unwrap(api.PUT('/api/orgs/{id}', { params: { path: { id } }, body })) as Promise<TOrg>;

export const decideOrgStatus = (id: number, action: 'revoke' | 'withdraw', body: StatusDecisionBody) =>
  unwrap(
    action === 'revoke'
      ? api.POST('/api/orgs/{id}/revoke', { params: { path: { id } }, body })
      : api.POST('/api/orgs/{id}/withdraw', { params: { path: { id } }, body }),
  ) as Promise<TOrg>;

export const fetchOrgDocuments = (id: number) =>
  unwrap(
    api.GET('/api/documents', {
      params: { query: { linkedType: 'organization', linkedId: String(id), limit: 100 } },
    }),
  );

/** The dictionary in force for a region: the national defaults with what the regions above and itself changed. */
export const fetchCategories = (regionCode: string) =>
  unwrap(api.GET('/api/org-categories', { params: { query: { regionCode } } })) as Promise<Category[]>;

export const saveCategory = (
  regionCode: string,
  code: string,
  body: { name: string; directRegistration: boolean; active: boolean; sort: number; version: number | null },
) =>
  unwrap(
    api.PUT('/api/org-categories/{regionCode}/{code}', { params: { path: { regionCode, code } }, body }),
  ) as Promise<Category>;

/** Active supervising units in the user's read scope (at most 200: a bureau has a few dozen). */
export const fetchSupervisorUnits = (within: string | null) =>
  unwrap(
    api.GET('/api/units', {
      params: { query: { kind: 'supervisor', active: 'true', within: within ?? undefined, limit: 200 } },
    }),
  ).then((r) => r.items);
