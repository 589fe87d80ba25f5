import type {
  TMajorMatterComplete,
  TMajorMatterDetail,
  TMajorMatterDueDay,
  TMajorMatterInput,
  TMajorMatterQuery,
  TMajorMatterSummary,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import { allPages, type Page } from '../../lib/useKeysetQuery';

export { MAJOR_MATTER_FILE_PURPOSE } from '@shezu/contracts';

const PAGE_SIZE = 30;
/** At most this many pages of 200 on one calendar month. */
const MONTH_PAGES = 10;
export type MatterFilter = Omit<TMajorMatterQuery, 'cursor' | 'limit'>;

export const matterKeys = {
  all: ['major-matters'] as const,
  list: (f: MatterFilter) => ['major-matters', 'list', f] as const,
  month: (month: string, f: MatterFilter) => ['major-matters', 'month', month, f] as const,
  one: (id: number) => ['major-matters', 'one', id] as const,
  dueDay: (happensOn: string) => ['major-matters', 'due-day', happensOn] as const,
};

export const fetchMatters = (f: MatterFilter, cursor?: string) =>
  unwrap(api.GET('/api/major-matters', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TMajorMatterSummary>
  >;

/** The matters taking place in a month, for the calendar: every page. */
export const fetchMatterMonth = (month: string, f: MatterFilter): Promise<TMajorMatterSummary[]> =>
  allPages(
    (cursor) => unwrap(api.GET('/api/major-matters', { params: { query: { ...f, month, cursor, limit: 200 } } })),
    MONTH_PAGES,
  );

export const fetchMatter = (id: number) =>
  unwrap(api.GET('/api/major-matters/{id}', { params: { path: { id } } })) as Promise<TMajorMatterDetail>;

export const fetchDueDay = (happensOn: string) =>
  unwrap(api.GET('/api/major-matters/due-day', { params: { query: { happensOn } } })) as Promise<TMajorMatterDueDay>;

export const reportMatter = (body: TMajorMatterInput) =>
  unwrap(api.POST('/api/major-matters', { body: body as never })) as Promise<{ id: number }>;

type Step = 'acknowledge' | 'withdraw';
export const stepMatter = (id: number, step: Step, version: number) =>
  unwrap(
    api.POST(`/api/major-matters/{id}/${step}` as '/api/major-matters/{id}/acknowledge', {
      params: { path: { id } },
      body: { version },
    }),
  ) as Promise<TMajorMatterDetail>;

export const objectMatter = (id: number, reason: string, version: number) =>
  unwrap(
    api.POST('/api/major-matters/{id}/object', { params: { path: { id } }, body: { reason, version } }),
  ) as Promise<TMajorMatterDetail>;

export const completeMatter = (id: number, body: TMajorMatterComplete) =>
  unwrap(
    api.POST('/api/major-matters/{id}/complete', { params: { path: { id } }, body }),
  ) as Promise<TMajorMatterDetail>;
