import type {
  AnnualSection,
  InspectionConclusion,
  TAnnualReportDetail,
  TAnnualReportSummary,
  TPublicInspectionResult,
  TSectionSaved,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import { downloadFrom } from '../../lib/download';

export interface PublicInspectionFilter {
  year: number;
  authorityRegionCode?: string;
  conclusion?: InspectionConclusion;
}

export const PUBLIC_PAGE_SIZE = 20;

export const annualReportKeys = {
  all: ['annual-reports'] as const,
  mine: ['annual-reports', 'mine'] as const,
  detail: (id: number) => ['annual-reports', 'detail', id] as const,
  file: (id: number) => ['files', 'meta', id] as const,
  publicOrg: (uscc: string) => ['portal', 'annual-inspections', 'org', uscc] as const,
  publicList: (f: PublicInspectionFilter) => ['portal', 'annual-inspections', 'list', f] as const,
  publicYear: (year: number) => ['portal', 'annual-inspections', 'probe', year] as const,
};

/** An organization account reads only its own reports; without `mine` the concluded ones are listed too. */
export const fetchMyReports = () =>
  unwrap(api.GET('/api/annual-reports', { params: { query: { limit: 200 } } })).then(
    (page) => page.items as TAnnualReportSummary[],
  );

export const fetchReport = (id: number) =>
  unwrap(api.GET('/api/annual-reports/{id}', { params: { path: { id } } })) as Promise<TAnnualReportDetail>;

export const saveSection = (id: number, section: AnnualSection, values: Record<string, unknown>) =>
  unwrap(
    api.PUT('/api/annual-reports/{id}/sections/{section}', {
      params: { path: { id, section } },
      body: { values },
    }),
  ) as Promise<TSectionSaved>;

export const submitReport = (id: number, version: number) =>
  unwrap(
    api.POST('/api/annual-reports/{id}/submit', { params: { path: { id } }, body: { version } }),
  ) as Promise<TAnnualReportDetail>;

export const fetchFileMeta = (id: number) => unwrap(api.GET('/api/files/{id}', { params: { path: { id } } }));

export const downloadFile = (id: number, name: string) =>
  downloadFrom(api.GET('/api/files/{id}/content', { params: { path: { id } }, parseAs: 'blob' }), name);

export const fetchOrgInspections = (uscc: string) =>
  unwrap(api.GET('/api/public/orgs/{uscc}/annual-inspections', { params: { path: { uscc } } })).then(
    (r) => r.items as TPublicInspectionResult[],
  );

export const fetchPublicInspections = (f: PublicInspectionFilter, cursor?: string, limit = PUBLIC_PAGE_SIZE) =>
  unwrap(api.GET('/api/public/annual-inspections', { params: { query: { ...f, cursor, limit } } })) as Promise<{
    items: TPublicInspectionResult[];
    nextCursor: string | null;
  }>;
