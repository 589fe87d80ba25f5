import type {
  TCaseClose,
  TCaseCreate,
  TCaseDetail,
  TCaseMeasure,
  TCaseQuery,
  TCaseSummary,
  TCaseTask,
  TCaseTaskCreate,
  TMeasureAnswer,
  TMeasureCreate,
  TMeasureVerify,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import { downloadFrom } from '../../lib/download';
import type { Page } from '../../lib/useKeysetQuery';

const PAGE_SIZE = 30;

/** Evidence for an answer is uploaded under this purpose and attached to the measure it answers. */
export const CASE_EVIDENCE_PURPOSE = 'supervision_case_evidence';

export type CaseFilter = Omit<TCaseQuery, 'cursor' | 'limit'>;

export const caseKeys = {
  all: ['supervision-cases'] as const,
  list: (f: CaseFilter) => ['supervision-cases', 'list', f] as const,
  one: (id: number) => ['supervision-cases', 'one', id] as const,
  tasks: ['supervision-cases', 'tasks'] as const,
  mine: (state: string) => ['supervision-cases', 'mine', state] as const,
};

export const fetchCases = (f: CaseFilter, cursor?: string) =>
  unwrap(api.GET('/api/supervision-cases', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TCaseSummary>
  >;

export const fetchCase = (id: number) =>
  unwrap(api.GET('/api/supervision-cases/{id}', { params: { path: { id } } })) as Promise<TCaseDetail>;

export const createCase = (body: TCaseCreate) =>
  unwrap(api.POST('/api/supervision-cases', { body })) as Promise<{ id: number }>;

export const issueMeasure = (id: number, body: TMeasureCreate) =>
  unwrap(api.POST('/api/supervision-cases/{id}/measures', { params: { path: { id } }, body })) as Promise<{
    id: number;
  }>;

export const verifyMeasure = (id: number, measureId: number, body: TMeasureVerify) =>
  unwrap(
    api.POST('/api/supervision-cases/{id}/measures/{measureId}/verify', { params: { path: { id, measureId } }, body }),
  );

export const assignTask = (id: number, body: TCaseTaskCreate) =>
  unwrap(api.POST('/api/supervision-cases/{id}/tasks', { params: { path: { id } }, body }));

export const caseFeedback = (id: number, feedback: string) =>
  unwrap(api.POST('/api/supervision-cases/{id}/feedback', { params: { path: { id } }, body: { feedback } }));

export const verifyCase = (id: number) =>
  unwrap(api.POST('/api/supervision-cases/{id}/verify', { params: { path: { id } } }));

export const closeCase = (id: number, body: TCaseClose) =>
  unwrap(api.POST('/api/supervision-cases/{id}/close', { params: { path: { id } }, body }));

export const downloadMeasureDocument = (caseId: number, measureId: number, format: 'pdf' | 'docx') =>
  downloadFrom(
    api.GET('/api/supervision-cases/{id}/measures/{measureId}/document', {
      params: { path: { id: caseId, measureId }, query: { format } },
      parseAs: 'blob',
    }),
    `measure-${measureId}.${format}`,
  );

export const downloadEvidence = (id: number) =>
  downloadFrom(api.GET('/api/files/{id}/content', { params: { path: { id } }, parseAs: 'blob' }), `evidence-${id}`);

export const fetchMyMeasures = (state: 'open' | 'all') =>
  unwrap(api.GET('/api/case-measures', { params: { query: { state } } })) as Promise<{ items: TCaseMeasure[] }>;

export const answerMeasure = (id: number, body: TMeasureAnswer) =>
  unwrap(api.POST('/api/case-measures/{id}/answer', { params: { path: { id } }, body }));

export const fetchTasks = (cursor?: string) =>
  unwrap(api.GET('/api/case-tasks', { params: { query: { cursor, limit: PAGE_SIZE } } })) as Promise<Page<TCaseTask>>;

export const taskFeedback = (id: number, feedback: string) =>
  unwrap(api.POST('/api/case-tasks/{id}/feedback', { params: { path: { id } }, body: { feedback } }));
