import type {
  TActivityDecision,
  TActivityDetail,
  TActivityFinish,
  TActivityInput,
  TActivityQuery,
  TActivitySettings,
  TActivityStats,
  TActivitySummary,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { Page } from '../../lib/useKeysetQuery';

const PAGE_SIZE = 30;

export type ActivityFilter = Omit<TActivityQuery, 'cursor' | 'limit'>;

export const activityKeys = {
  all: ['activities'] as const,
  list: (f: ActivityFilter) => ['activities', 'list', f] as const,
  month: (month: string, f: ActivityFilter) => ['activities', 'month', month, f] as const,
  one: (id: number) => ['activities', 'one', id] as const,
  stats: (year: number) => ['activities', 'stats', year] as const,
  settings: ['activities', 'settings'] as const,
};

type Init = { params?: { path?: Record<string, number>; query?: Record<string, unknown> }; body?: unknown };
type Call = (path: string, init?: Init) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
/**
 * The lifecycle routes are typed by schema.d.ts once the API part has landed (npm run api:types); this view of
 * the client keeps the calls in one place until every path is there.
 */
const client = api as unknown as { GET: Call; POST: Call; PUT: Call; PATCH: Call; DELETE: Call };
const at = (id: number) => ({ path: { id } });

export const fetchActivities = (f: ActivityFilter, cursor?: string) =>
  unwrap(client.GET('/api/activities', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TActivitySummary>
  >;

/** A month's activities for the calendar (the API answers them all, not a page). */
export const fetchMonth = (month: string, f: ActivityFilter) =>
  unwrap(client.GET('/api/activities', { params: { query: { ...f, month, limit: 500 } } })) as Promise<
    Page<TActivitySummary>
  >;

export const fetchActivity = (id: number) =>
  unwrap(client.GET('/api/activities/{id}', { params: at(id) })) as Promise<TActivityDetail>;

export const createActivity = (body: TActivityInput) =>
  unwrap(client.POST('/api/activities', { body })) as Promise<{ id: number }>;

export const updateActivity = (id: number, body: TActivityInput & { version: number }) =>
  unwrap(client.PUT('/api/activities/{id}', { params: at(id), body })) as Promise<TActivityDetail>;

export type Step = 'request-approval' | 'start' | 'submit' | 'cancel';
export const takeStep = (id: number, step: Step) =>
  unwrap(client.POST(`/api/activities/{id}/${step}`, { params: at(id), body: {} }));

export const finishActivity = (id: number, body: TActivityFinish) =>
  unwrap(client.POST('/api/activities/{id}/finish', { params: at(id), body }));

export const decideApproval = (id: number, body: TActivityDecision) =>
  unwrap(client.POST('/api/activities/{id}/decide-approval', { params: at(id), body }));

export const reviewActivity = (id: number, body: TActivityDecision) =>
  unwrap(client.POST('/api/activities/{id}/review', { params: at(id), body }));

export const unpublishActivity = (id: number, reason: string) =>
  unwrap(client.POST('/api/activities/{id}/unpublish', { params: at(id), body: { reason } }));

/** One photo, multipart (the API resizes it and drops EXIF and location). */
export function uploadPhoto(id: number, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(client.POST('/api/activities/{id}/photos', { params: at(id), body: form }));
}

export const updatePhoto = (id: number, photoId: number, body: { caption?: string | null; showsMinors?: boolean }) =>
  unwrap(client.PATCH('/api/activities/{id}/photos/{photoId}', { params: { path: { id, photoId } }, body }));

export const deletePhoto = (id: number, photoId: number) =>
  unwrap(client.DELETE('/api/activities/{id}/photos/{photoId}', { params: { path: { id, photoId } } }));

export const fetchStats = (year: number) =>
  unwrap(client.GET('/api/activity-stats', { params: { query: { year } } })) as Promise<TActivityStats>;

export const fetchSettings = () => unwrap(client.GET('/api/activity-settings')) as Promise<TActivitySettings>;

export const saveSettings = (body: TActivitySettings) =>
  unwrap(client.PUT('/api/activity-settings', { body })) as Promise<TActivitySettings>;
