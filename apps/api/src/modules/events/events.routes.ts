import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DELIVERY_STATUSES, EVENT_NAMES, ZEventDelivery, ZOutboxEvent, ZPageQuery, pageOf } from '@shezu/contracts';
import type { EventsService } from '../../platform/events/events.service';
import { actorOf, decodeCursor, encodeCursor, isPositiveInt, userOf } from '../../platform/http';

const ZId = z.object({ id: z.coerce.number().int().positive() });

function page<T extends { id: number }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items.at(-1)!.id) : null };
}

/** Administrators watch the outbox and send parked deliveries again; publishing happens in modules. */
export function registerEventRoutes(app: FastifyInstance, events: EventsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/events', {
    config: { access: { permission: 'events.manage' } },
    schema: {
      tags: ['events'],
      summary: '领域事件（本辖区，新的在前）',
      querystring: ZPageQuery.extend({ name: z.enum(EVENT_NAMES, { message: '事件名称不存在' }).optional() }),
      response: { 200: pageOf(ZOutboxEvent) },
    },
    handler: async (req) => {
      const { limit, cursor, name } = req.query;
      const beforeId = decodeCursor(cursor, isPositiveInt);
      return page(await events.list(userOf(req), { name, beforeId }, limit + 1), limit);
    },
  });

  r.get('/api/event-deliveries', {
    config: { access: { permission: 'events.manage' } },
    schema: {
      tags: ['events'],
      summary: '事件投递（失败、待投递、已完成）',
      querystring: ZPageQuery.extend({
        status: z.enum(DELIVERY_STATUSES, { message: '状态应为 pending、done 或 failed' }).optional(),
        consumer: z.string().trim().min(1).max(100).optional(),
        eventId: z.coerce.number().int().positive().optional(),
      }),
      response: { 200: pageOf(ZEventDelivery) },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const beforeId = decodeCursor(cursor, isPositiveInt);
      return page(await events.listDeliveries(userOf(req), { ...filter, beforeId }, limit + 1), limit);
    },
  });

  r.post('/api/event-deliveries/:id/retry', {
    config: { access: { permission: 'events.manage' } },
    schema: {
      tags: ['events'],
      summary: '重新投递（管理员）',
      params: ZId,
      response: { 200: ZEventDelivery },
    },
    handler: async (req) => events.retry(userOf(req), actorOf(req), req.params.id),
  });
}
