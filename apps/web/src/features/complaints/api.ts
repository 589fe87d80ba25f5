import type {
  TComplaint,
  TComplaintCreate,
  TComplaintDetail,
  TComplaintFiled,
  TComplaintOpenCase,
  TComplaintQuery,
  TComplaintReply,
  TComplaintUploaded,
  TPublicComplaintStatus,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { Page } from '../../lib/useKeysetQuery';

const PAGE_SIZE = 30;

export type ComplaintFilter = Omit<TComplaintQuery, 'cursor' | 'limit'>;

export const complaintKeys = {
  all: ['complaints'] as const,
  list: (f: ComplaintFilter) => ['complaints', 'list', f] as const,
  one: (id: number) => ['complaints', 'one', id] as const,
  track: (no: string, code: string) => ['complaints', 'track', no, code] as const,
};

/** One attachment, before the complaint exists: the token proves it is ours when the complaint is filed. */
export function uploadAttachment(file: File): Promise<TComplaintUploaded> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(api.POST('/api/public/complaint-attachments', { body: form as never })) as Promise<TComplaintUploaded>;
}

export const fileComplaint = (body: TComplaintCreate) =>
  unwrap(api.POST('/api/public/complaints', { body: body as never })) as Promise<TComplaintFiled>;

export const trackComplaint = (trackingNo: string, code: string) =>
  unwrap(
    api.GET('/api/public/complaints/{trackingNo}', { params: { path: { trackingNo }, query: { code } } }),
  ) as Promise<TPublicComplaintStatus>;

export const fetchComplaints = (f: ComplaintFilter, cursor?: string) =>
  unwrap(api.GET('/api/complaints', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TComplaint>
  >;

export const fetchComplaint = (id: number) =>
  unwrap(api.GET('/api/complaints/{id}', { params: { path: { id } } })) as Promise<TComplaintDetail>;

export const replyComplaint = (id: number, body: TComplaintReply) =>
  unwrap(api.POST('/api/complaints/{id}/reply', { params: { path: { id } }, body })) as Promise<TComplaintDetail>;

export const openCase = (id: number, body: TComplaintOpenCase) =>
  unwrap(api.POST('/api/complaints/{id}/open-case', { params: { path: { id } }, body })) as Promise<TComplaintDetail>;
