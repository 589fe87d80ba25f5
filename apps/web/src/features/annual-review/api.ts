import type { TAnnualReportDetail, TAnnualReportSummary } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { downloadFrom } from '../../lib/download';
import type { QueueApiQuery } from './queue';

const PAGE_SIZE = 50;

type Body<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } };
}
  ? B
  : never;
export type ApproveBody = Body<'/api/annual-reports/{id}/supervisor-approve'>;
export type ReturnBody = Body<'/api/annual-reports/{id}/return'>;
export type ConcludeBody = Body<'/api/annual-reports/{id}/conclude'>;
export type BatchResult = { id: number; ok: boolean; code: string | null };

/** One decision on a report; which route it takes depends on the step the caller reviews. */
export type Decision =
  | { kind: 'approve'; step: 'supervisor' | 'party'; body: ApproveBody }
  | { kind: 'return'; step: 'supervisor' | 'party' | 'authority'; body: ReturnBody }
  | { kind: 'conclude'; body: ConcludeBody };

export const annualKeys = {
  all: ['annual-reports'] as const,
  queue: (q: QueueApiQuery) => ['annual-reports', 'queue', q] as const,
  detail: (id: number) => ['annual-reports', 'detail', id] as const,
};

export const fetchAnnualQueue = (q: QueueApiQuery, cursor?: string) =>
  unwrap(api.GET('/api/annual-reports', { params: { query: { ...q, cursor, limit: PAGE_SIZE } } })) as Promise<{
    items: TAnnualReportSummary[];
    nextCursor: string | null;
  }>;

/** The list as it is filtered, to Excel (audited, watermarked by the server). */
export const exportAnnualReports = (q: QueueApiQuery) =>
  downloadFrom(api.GET('/api/annual-reports/export', { params: { query: q }, parseAs: 'blob' }), 'annual-reports.xlsx');

export const fetchAnnualReport = (id: number) =>
  unwrap(api.GET('/api/annual-reports/{id}', { params: { path: { id } } })) as Promise<TAnnualReportDetail>;

/** Every decision answers the report as it now is. */
export function decideReport(id: number, d: Decision): Promise<TAnnualReportDetail> {
  const params = { path: { id } };
  const call = (() => {
    if (d.kind === 'conclude') return api.POST('/api/annual-reports/{id}/conclude', { params, body: d.body });
    if (d.kind === 'approve')
      return d.step === 'supervisor'
        ? api.POST('/api/annual-reports/{id}/supervisor-approve', { params, body: d.body })
        : api.POST('/api/annual-reports/{id}/party-approve', { params, body: d.body });
    if (d.step === 'supervisor')
      return api.POST('/api/annual-reports/{id}/supervisor-return', { params, body: d.body });
    if (d.step === 'party') return api.POST('/api/annual-reports/{id}/party-return', { params, body: d.body });
    return api.POST('/api/annual-reports/{id}/return', { params, body: d.body });
  })();
  return unwrap(call) as Promise<TAnnualReportDetail>;
}

/** Clean reports only; each one answers for itself (someone else may have acted on it meanwhile). */
export const batchApprove = (items: { id: number; version: number }[], comment?: string) =>
  unwrap(api.POST('/api/annual-reports/batch-approve', { body: { items, comment } })) as Promise<{
    results: BatchResult[];
  }>;
