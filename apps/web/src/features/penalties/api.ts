import type { TPenalty, TPenaltyCreate, TPenaltyDetail, TPenaltyQuery, TPublicPenalty } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { Page } from '../../lib/useKeysetQuery';

const PAGE_SIZE = 30;

export type PenaltyFilter = Omit<TPenaltyQuery, 'cursor' | 'limit'>;

export const penaltyKeys = {
  all: ['penalties'] as const,
  list: (f: PenaltyFilter) => ['penalties', 'list', f] as const,
  one: (id: number) => ['penalties', 'one', id] as const,
  public: (q: string | undefined) => ['penalties', 'public', q ?? ''] as const,
};

export const fetchPenalties = (f: PenaltyFilter, cursor?: string) =>
  unwrap(api.GET('/api/penalties', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TPenalty>
  >;

export const fetchPenalty = (id: number) =>
  unwrap(api.GET('/api/penalties/{id}', { params: { path: { id } } })) as Promise<TPenaltyDetail>;

export const createPenalty = (body: TPenaltyCreate) =>
  unwrap(api.POST('/api/penalties', { body })) as Promise<TPenaltyDetail>;

/** The step paths, one POST each (`/api/penalties/:id/<path>`). */
export const STEP_PATHS = {
  investigation: 'investigation',
  prior_notice: 'prior-notice',
  statement: 'statement',
  hearing: 'hearing',
  hearing_record: 'hearing-record',
  review: 'review',
  decision: 'decision',
  service: 'service',
  execution: 'execution',
  close: 'close',
  publish: 'publish',
} as const;

/** One step with the record's version; the body is checked by the API's schema for that step. */
export const postStep = (id: number, step: keyof typeof STEP_PATHS, body: Record<string, unknown>) =>
  unwrap(
    api.POST(`/api/penalties/{id}/${STEP_PATHS[step]}` as '/api/penalties/{id}/close', {
      params: { path: { id } },
      body: body as never,
    }),
  ) as Promise<TPenaltyDetail>;

export const fetchPublicPenalties = (q: string | undefined, cursor?: string) =>
  unwrap(api.GET('/api/public/penalties', { params: { query: { q, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TPublicPenalty>
  >;
