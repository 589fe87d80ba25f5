import type {
  TActivityDecision,
  TActivityDetail,
  TActivityFinish,
  TActivityInput,
  TActivityQuery,
  TActivitySettings,
  TActivitySettingsInput,
  TActivityStats,
  TActivitySummary,
} from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import { allPages, type Page } from '../../lib/useKeysetQuery';

const PAGE_SIZE = 30;
/** At most this many pages of 200 on one calendar month. */
const MONTH_PAGES = 10;

export type ActivityFilter = Omit<TActivityQuery, 'cursor' | 'limit'>;

export const activityKeys = {
  all: ['activities'] as const,
  list: (f: ActivityFilter) => ['activities', 'list', f] as const,
  month: (month: string, f: ActivityFilter) => ['activities', 'month', month, f] as const,
  one: (id: number) => ['activities', 'one', id] as const,
  stats: (year: number) => ['activities', 'stats', year] as const,
  settings: ['activities', 'settings'] as const,
};

const at = (id: number) => ({ path: { id } });

export const fetchActivities = (f: ActivityFilter, cursor?: string) =>
  unwrap(api.GET('/api/activities', { params: { query: { ...f, cursor, limit: PAGE_SIZE } } })) as Promise<
    Page<TActivitySummary>
  >;

/** The activities starting in a month, for the calendar: every page (a county has a few dozen a month). */
export const fetchMonth = (month: string, f: ActivityFilter): Promise<TActivitySummary[]> =>
  allPages(
    (cursor) => unwrap(api.GET('/api/activities', { params: { query: { ...f, month, cursor, limit: 200 } } })),
    MONTH_PAGES,
  );

export const fetchActivity = (id: number) =>
  unwrap(api.GET('/api/activities/{id}', { params: at(id) })) as Promise<TActivityDetail>;

export const createActivity = (body: TActivityInput) =>
  unwrap(api.POST('/api/activities', { body })) as Promise<{ id: number }>;

export const updateActivity = (id: number, body: TActivityInput & { version: number }) =>
  unwrap(api.PUT('/api/activities/{id}', { params: at(id), body: { partners: [], ...body } }));

export type Step = 'request-approval' | 'start' | 'submit' | 'cancel';
export function takeStep(id: number, step: Step) {
  if (step === 'cancel') return unwrap(api.POST('/api/activities/{id}/cancel', { params: at(id), body: {} }));
  if (step === 'start') return unwrap(api.POST('/api/activities/{id}/start', { params: at(id) }));
  if (step === 'submit') return unwrap(api.POST('/api/activities/{id}/submit', { params: at(id) }));
  return unwrap(api.POST('/api/activities/{id}/request-approval', { params: at(id) }));
}

export const finishActivity = (id: number, body: TActivityFinish) =>
  unwrap(api.POST('/api/activities/{id}/finish', { params: at(id), body }));

export const decideApproval = (id: number, body: TActivityDecision) =>
  unwrap(api.POST('/api/activities/{id}/decide-approval', { params: at(id), body }));

export const reviewActivity = (id: number, body: TActivityDecision) =>
  unwrap(api.POST('/api/activities/{id}/review', { params: at(id), body }));

export const unpublishActivity = (id: number, reason: string) =>
  unwrap(api.POST('/api/activities/{id}/unpublish', { params: at(id), body: { reason } }));

/** One photo, multipart with the file last (the API rotates, resizes it and drops EXIF and location). */
export function uploadPhoto(id: number, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(api.POST('/api/activities/{id}/photos', { params: at(id), body: form as never }));
}

export const updatePhoto = (id: number, photoId: number, body: { caption?: string | null; showsMinors?: boolean }) =>
  unwrap(api.PATCH('/api/activities/{id}/photos/{photoId}', { params: { path: { id, photoId } }, body }));

export const deletePhoto = (id: number, photoId: number) =>
  unwrap(api.DELETE('/api/activities/{id}/photos/{photoId}', { params: { path: { id, photoId } } }));

export const fetchStats = (year: number) =>
  unwrap(api.GET('/api/activity-stats', { params: { query: { year } } })) as Promise<TActivityStats>;

export const fetchSettings = () => unwrap(api.GET('/api/activity-settings')) as Promise<TActivitySettings>;

export const saveSettings = (body: TActivitySettingsInput) =>
  unwrap(api.PUT('/api/activity-settings', { body })) as Promise<TActivitySettings>;
