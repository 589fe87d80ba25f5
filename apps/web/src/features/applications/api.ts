import type {
  ApplicationKind,
  ApplicationStatus,
  TApplicationChange,
  TApplicationDetail,
  TApplicationSummary,
  TRegistrationSettings,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { downloadFrom } from '../../lib/download';

export type ApplicationCreateBody = paths['/api/applications']['post']['requestBody']['content']['application/json'];
export type ApplicationUpdateBody =
  paths['/api/applications/{id}']['put']['requestBody']['content']['application/json'];
export type SupervisorUnitOption =
  paths['/api/supervisor-units']['get']['responses'][200]['content']['application/json'][number];

export interface ApplicationListFilter {
  kind?: ApplicationKind;
  status?: ApplicationStatus;
}

const PAGE_SIZE = 50;

export const applicationKeys = {
  all: ['applications'] as const,
  list: (f: ApplicationListFilter) => ['applications', 'list', f] as const,
  detail: (id: number) => ['applications', 'detail', id] as const,
  diff: (id: number, from: number, to: number) => ['applications', 'diff', id, from, to] as const,
  preparations: ['applications', 'approved-preparations'] as const,
  supervisors: (authority: string) => ['supervisor-units', authority] as const,
  settings: (region: string) => ['registration-settings', region] as const,
};

export const fetchApplications = (f: ApplicationListFilter, cursor?: string) =>
  unwrap(api.GET('/api/applications', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<{
    items: TApplicationSummary[];
    nextCursor: string | null;
  }>;

export const fetchApplication = (id: number) =>
  unwrap(api.GET('/api/applications/{id}', { params: { path: { id } } })) as Promise<TApplicationDetail>;

/** What changed between two submissions; `to` = 0 is the draft being corrected. */
export const fetchApplicationDiff = (id: number, from: number, to: number) =>
  unwrap(api.GET('/api/applications/{id}/diff', { params: { path: { id }, query: { from, to } } })) as Promise<
    TApplicationChange[]
  >;

export const createApplication = (body: ApplicationCreateBody) =>
  unwrap(api.POST('/api/applications', { body })) as Promise<TApplicationDetail>;

export const updateApplication = (id: number, body: ApplicationUpdateBody) =>
  unwrap(api.PUT('/api/applications/{id}', { params: { path: { id } }, body })) as Promise<TApplicationDetail>;

export const submitApplication = (id: number, version: number) =>
  unwrap(
    api.POST('/api/applications/{id}/submit', { params: { path: { id } }, body: { version } }),
  ) as Promise<TApplicationDetail>;

export const withdrawApplication = (id: number, version: number, comment?: string) =>
  unwrap(
    api.POST('/api/applications/{id}/withdraw', { params: { path: { id } }, body: { version, comment } }),
  ) as Promise<TApplicationDetail>;

/** The founder's approved preparations (an establishment of a social group follows one). */
export const fetchApprovedPreparations = () =>
  unwrap(
    api.GET('/api/applications', { params: { query: { kind: 'preparation', status: 'approved', limit: 200 } } }),
  ).then((r) => r.items as TApplicationSummary[]);

/** Supervising units of the bureau's level and above, for the applicant's form. */
export const fetchSupervisorUnits = (authorityRegionCode: string) =>
  unwrap(api.GET('/api/supervisor-units', { params: { query: { authorityRegionCode } } }));

export const fetchRegistrationSettings = (regionCode: string) =>
  unwrap(
    api.GET('/api/registration-settings/{regionCode}', { params: { path: { regionCode } } }),
  ) as Promise<TRegistrationSettings>;

export const downloadAttachment = (file: { fileId: number; name: string }) =>
  downloadFrom(
    api.GET('/api/files/{id}/content', { params: { path: { id: file.fileId } }, parseAs: 'blob' }),
    file.name,
  );

export const downloadCertificate = (documentId: number) =>
  downloadFrom(
    api.GET('/api/documents/{id}/pdf', { params: { path: { id: documentId } }, parseAs: 'blob' }),
    `certificate-${documentId}.pdf`,
  );
