import type { TApplicationChange, TApplicationDetail, TApplicationSummary } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { downloadFrom, openFrom } from '../../lib/download';
import type { QueueApiQuery } from './queue';

const PAGE_SIZE = 100;

/** The transitions a reviewer takes; the others (edit, submit, withdraw) are the applicant's. */
export const REVIEW_ACTIONS = ['supervisor-approve', 'supervisor-return', 'approve', 'return', 'reject'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

type Body<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } };
}
  ? B
  : never;
export type ApproveBody = Body<'/api/applications/{id}/approve'>;
export type SupervisorApproveBody = Body<'/api/applications/{id}/supervisor-approve'>;
export type ReturnBody = Body<'/api/applications/{id}/return'>;
export type RejectBody = Body<'/api/applications/{id}/reject'>;

export type DecisionBody =
  | { action: 'supervisor-approve'; body: SupervisorApproveBody }
  | { action: 'supervisor-return' | 'return'; body: ReturnBody }
  | { action: 'approve'; body: ApproveBody }
  | { action: 'reject'; body: RejectBody };

export const reviewKeys = {
  all: ['reviews'] as const,
  queue: (q: QueueApiQuery) => ['reviews', 'queue', q] as const,
  detail: (id: number) => ['reviews', 'detail', id] as const,
  diff: (id: number, from: number, to: number) => ['reviews', 'diff', id, from, to] as const,
};

export const fetchQueue = (q: QueueApiQuery, cursor?: string) =>
  unwrap(api.GET('/api/applications', { params: { query: { ...q, cursor, limit: PAGE_SIZE } } })) as Promise<{
    items: TApplicationSummary[];
    nextCursor: string | null;
  }>;

export const fetchReview = (id: number) =>
  unwrap(api.GET('/api/applications/{id}', { params: { path: { id } } })) as Promise<TApplicationDetail>;

/** What changed between two submissions (personal data as ***). */
export const fetchDiff = (id: number, from: number, to: number) =>
  unwrap(api.GET('/api/applications/{id}/diff', { params: { path: { id }, query: { from, to } } })) as Promise<
    TApplicationChange[]
  >;

/** One route per transition, each with the version the reviewer saw; answers the new detail. */
export function decide(id: number, d: DecisionBody): Promise<TApplicationDetail> {
  const path = { path: { id } };
  const call = (() => {
    switch (d.action) {
      case 'supervisor-approve':
        return api.POST('/api/applications/{id}/supervisor-approve', { params: path, body: d.body });
      case 'supervisor-return':
        return api.POST('/api/applications/{id}/supervisor-return', { params: path, body: d.body });
      case 'return':
        return api.POST('/api/applications/{id}/return', { params: path, body: d.body });
      case 'approve':
        return api.POST('/api/applications/{id}/approve', { params: path, body: d.body });
      case 'reject':
        return api.POST('/api/applications/{id}/reject', { params: path, body: d.body });
    }
  })();
  return unwrap(call) as Promise<TApplicationDetail>;
}

export const downloadAttachment = (file: { fileId: number; name: string }) =>
  downloadFrom(
    api.GET('/api/files/{id}/content', { params: { path: { id: file.fileId } }, parseAs: 'blob' }),
    file.name,
  );

/** Opens a PDF or an image in a new tab to read it beside the form. */
export const viewAttachment = (fileId: number) =>
  openFrom(() =>
    api.GET('/api/files/{id}/content', {
      params: { path: { id: fileId }, query: { inline: 'true' } },
      parseAs: 'blob',
    }),
  );

export const downloadCertificate = (documentId: number) =>
  downloadFrom(
    api.GET('/api/documents/{id}/pdf', { params: { path: { id: documentId } }, parseAs: 'blob' }),
    `registration-certificate-${documentId}.pdf`,
  );
