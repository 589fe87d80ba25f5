import { api, unwrap } from '../../../api/client';
import type { paths } from '../../../api/schema';

type Json<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer R } } } };
}
  ? R
  : never;

export type FeedPage = Json<'/api/public/activities'>;
export type ActivityCard = FeedPage['items'][number];
export type PublicActivity = Json<'/api/public/activities/{id}'>;
export type OrgActivityTotals = Json<'/api/public/orgs/{uscc}/activity-totals'>;
export interface LikeResult {
  liked: boolean;
  likeCount: number;
  counted: boolean;
}

/** The feed's filters: one region (province, city or county code), a category, or one organization. */
export interface FeedFilter {
  region?: string;
  categoryCode?: string;
  orgUscc?: string;
}

export const FEED_PAGE_SIZE = 12;

export const feedKeys = {
  list: (f: FeedFilter) => ['portal', 'activities', 'list', f] as const,
  one: (id: number) => ['portal', 'activities', 'one', id] as const,
  orgTotals: (uscc: string) => ['portal', 'activities', 'org-totals', uscc] as const,
};

export const fetchFeed = (f: FeedFilter, cursor?: string, limit = FEED_PAGE_SIZE) =>
  unwrap(api.GET('/api/public/activities', { params: { query: { ...f, cursor, limit } } }));

/** The activity page (the server counts a view). */
export const fetchActivity = (id: number) =>
  unwrap(api.GET('/api/public/activities/{id}', { params: { path: { id } } }));

export const likeActivity = (id: number) =>
  unwrap(api.POST('/api/public/activities/{id}/likes', { params: { path: { id } } })) as Promise<LikeResult>;

export const unlikeActivity = (id: number) =>
  unwrap(api.DELETE('/api/public/activities/{id}/likes', { params: { path: { id } } })) as Promise<LikeResult>;

export const shareActivity = (id: number) =>
  unwrap(api.POST('/api/public/activities/{id}/shares', { params: { path: { id } } }));

export const fetchOrgTotals = (uscc: string) =>
  unwrap(api.GET('/api/public/orgs/{uscc}/activity-totals', { params: { path: { uscc } } }));

/** Where a shared link and the QR code lead. */
export const activityPath = (id: number) => `/portal/activities/${id}`;
export const qrUrl = (id: number) => `/api/public/activities/${id}/qr.png`;
