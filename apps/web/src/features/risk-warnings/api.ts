import type {
  TRiskWarning,
  TRiskWarningAnswer,
  TRiskWarningClose,
  TRiskWarningCreate,
  TRiskWarningEscalate,
  TRiskWarningQuery,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { Page } from '../../lib/useKeysetQuery';

export { RISK_WARNING_FILE_PURPOSE } from '@shezu/contracts';

const PAGE_SIZE = 30;
export type WarningFilter = Omit<TRiskWarningQuery, 'cursor' | 'limit'>;

export const warningKeys = {
  all: ['risk-warnings'] as const,
  list: (f: WarningFilter) => ['risk-warnings', 'list', f] as const,
  answerable: ['risk-warnings', 'answerable'] as const,
  one: (id: number) => ['risk-warnings', 'one', id] as const,
};

export const fetchWarnings = (f: WarningFilter, cursor?: string) =>
  unwrap(api.GET('/api/risk-warnings', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TRiskWarning>
  >;

export const fetchAnswerable = (cursor?: string) =>
  unwrap(api.GET('/api/risk-warnings/answerable', { params: { query: { cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TRiskWarning>
  >;

export const fetchWarning = (id: number) =>
  unwrap(api.GET('/api/risk-warnings/{id}', { params: { path: { id } } })) as Promise<TRiskWarning>;

export const createWarning = (body: TRiskWarningCreate) =>
  unwrap(api.POST('/api/risk-warnings', { body })) as Promise<TRiskWarning>;

export const answerWarning = (id: number, body: TRiskWarningAnswer) =>
  unwrap(
    api.POST('/api/risk-warnings/{id}/answer', { params: { path: { id } }, body: { files: [], ...body } }),
  ) as Promise<TRiskWarning>;

export const closeWarning = (id: number, body: TRiskWarningClose) =>
  unwrap(api.POST('/api/risk-warnings/{id}/close', { params: { path: { id } }, body })) as Promise<TRiskWarning>;

export const escalateWarning = (id: number, body: TRiskWarningEscalate) =>
  unwrap(api.POST('/api/risk-warnings/{id}/escalate', { params: { path: { id } }, body })) as Promise<TRiskWarning>;
