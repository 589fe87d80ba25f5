import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UNIT_KINDS, ZPageQuery, ZRegionCode, ZUnit, ZUnitInput, ZUnitUpdate, pageOf } from '@shezu/contracts';
import { actorOf, decodeCursor, encodeCursor, isPositiveInt, userOf } from '../../platform/http';
import type { UnitsService } from './units.service';

const ZId = z.object({ id: z.coerce.number().int().positive() });

export function registerUnitRoutes(app: FastifyInstance, units: UnitsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/units', {
    config: { access: { permission: 'units.read' } },
    schema: {
      tags: ['units'],
      summary: '单位列表',
      querystring: ZPageQuery.extend({
        within: ZRegionCode.optional(),
        kind: z.enum(UNIT_KINDS).optional(),
        q: z.string().trim().max(50).optional(),
        active: z
          .enum(['true', 'false'])
          .transform((v) => v === 'true')
          .optional(),
      }),
      response: { 200: pageOf(ZUnit) },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const afterId = decodeCursor(cursor, isPositiveInt);
      const items = await units.list(userOf(req), { ...filter, afterId }, limit + 1);
      const page = items.slice(0, limit);
      return { items: page, nextCursor: items.length > limit ? encodeCursor(page.at(-1)!.id) : null };
    },
  });

  r.get('/api/units/:id', {
    config: { access: { permission: 'units.read' } },
    schema: { tags: ['units'], summary: '单位详情', params: ZId, response: { 200: ZUnit } },
    handler: async (req) => units.get(userOf(req), req.params.id),
  });

  r.post('/api/units', {
    config: { access: { permission: 'units.manage' } },
    schema: { tags: ['units'], summary: '新建单位', body: ZUnitInput, response: { 201: ZUnit } },
    handler: async (req, reply) => reply.code(201).send(await units.create(userOf(req), actorOf(req), req.body)),
  });

  r.put('/api/units/:id', {
    config: { access: { permission: 'units.manage' } },
    schema: { tags: ['units'], summary: '修改单位', params: ZId, body: ZUnitUpdate, response: { 200: ZUnit } },
    handler: async (req) => units.update(userOf(req), actorOf(req), req.params.id, req.body),
  });
}
