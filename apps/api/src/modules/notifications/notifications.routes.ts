import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZNotification, ZPageQuery, ZSubscription, ZSubscriptionsUpdate, pageOf } from '@shezu/contracts';
import { actorOf, decodeCursor, encodeCursor, isPositiveInt, userOf } from '../../platform/http';
import type { NotificationsService } from './notifications.service';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const ZSubscriptions = z.object({ items: z.array(ZSubscription) });

/** The signed-in user's notifications and what they follow. */
export function registerNotificationRoutes(app: FastifyInstance, notifications: NotificationsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const access = { access: { permission: 'notifications.read' as const } };

  r.get('/api/notifications', {
    config: access,
    schema: {
      tags: ['notifications'],
      summary: '我的通知（新的在前）',
      querystring: ZPageQuery.extend({
        unread: z
          .enum(['true', 'false'], { message: '应为 true 或 false' })
          .transform((v) => v === 'true')
          .optional(),
      }),
      response: { 200: pageOf(ZNotification) },
    },
    handler: async (req) => {
      const { limit, cursor, unread } = req.query;
      const beforeId = decodeCursor(cursor, isPositiveInt);
      const rows = await notifications.list(userOf(req), { unread, beforeId }, limit + 1);
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items.at(-1)!.id) : null };
    },
  });

  r.get('/api/notifications/unread-count', {
    config: access,
    schema: {
      tags: ['notifications'],
      summary: '未读通知数（菜单角标）',
      response: { 200: z.object({ count: z.number().int() }) },
    },
    handler: async (req) => ({ count: await notifications.unreadCount(userOf(req)) }),
  });

  r.post('/api/notifications/:id/read', {
    config: access,
    schema: { tags: ['notifications'], summary: '标记为已读', params: ZId, response: { 200: ZNotification } },
    handler: async (req) => notifications.markRead(userOf(req), actorOf(req), req.params.id),
  });

  r.post('/api/notifications/read-all', {
    config: access,
    schema: {
      tags: ['notifications'],
      summary: '全部标记为已读',
      response: { 200: z.object({ updated: z.number().int() }) },
    },
    handler: async (req) => ({ updated: await notifications.markAllRead(userOf(req), actorOf(req)) }),
  });

  r.get('/api/notification-subscriptions', {
    config: access,
    schema: { tags: ['notifications'], summary: '通知订阅', response: { 200: ZSubscriptions } },
    handler: async (req) => ({ items: await notifications.subscriptions(userOf(req)) }),
  });

  r.put('/api/notification-subscriptions', {
    config: access,
    schema: {
      tags: ['notifications'],
      summary: '修改通知订阅（未列出的事件按角色默认）',
      body: ZSubscriptionsUpdate,
      response: { 200: ZSubscriptions },
    },
    handler: async (req) => ({
      items: await notifications.updateSubscriptions(userOf(req), actorOf(req), req.body.items),
    }),
  });
}
