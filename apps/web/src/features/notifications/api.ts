import { NOTIFIABLE_EVENTS, type NotifiableEventName } from '@shezu/contracts';
import { BACKGROUND, api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type Notification =
  paths['/api/notifications']['get']['responses'][200]['content']['application/json']['items'][number];
export type Subscription =
  paths['/api/notification-subscriptions']['get']['responses'][200]['content']['application/json']['items'][number];

const PAGE_SIZE = 30;
export const LATEST_COUNT = 5;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread-count'] as const,
  latest: ['notifications', 'latest'] as const,
  list: (unread: boolean) => ['notifications', 'list', unread] as const,
  subscriptions: ['notification-subscriptions'] as const,
};

export const fetchNotifications = (unread: boolean, cursor?: string, limit = PAGE_SIZE) =>
  unwrap(api.GET('/api/notifications', { params: { query: { unread: unread ? 'true' : undefined, cursor, limit } } }));

export const fetchUnreadCount = () =>
  unwrap(api.GET('/api/notifications/unread-count', { headers: BACKGROUND })).then((r) => r.count);

export const markRead = (id: number): Promise<Notification> =>
  unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } }));

export const markAllRead = () => unwrap(api.POST('/api/notifications/read-all')).then((r) => r.updated);

export const fetchSubscriptions = () => unwrap(api.GET('/api/notification-subscriptions')).then((r) => r.items);

const isNotifiable = (name: string): name is NotifiableEventName => (NOTIFIABLE_EVENTS as string[]).includes(name);

/** Every event's choice is sent; the API stores only the ones that differ from the role defaults. */
export const saveSubscriptions = (items: readonly Subscription[]) =>
  unwrap(
    api.PUT('/api/notification-subscriptions', {
      body: {
        items: items
          .filter((s) => isNotifiable(s.eventName))
          .map((s) => ({
            eventName: s.eventName as NotifiableEventName,
            enabled: s.enabled,
            regionCode: s.regionCode,
            orgId: s.orgId,
          })),
      },
    }),
  ).then((r) => r.items);
