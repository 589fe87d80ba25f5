import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZRegion, ZRegionCode } from '@shezu/contracts';
import { actorOf, userOf } from '../../platform/http';
import type { RegionsService } from './regions.service';

const ZRegionDetail = ZRegion.extend({ version: z.number().int(), ancestors: z.array(ZRegion) });
const strip = <T extends { version?: number }>({ version: _v, ...r }: T) => r;

/** Region data is public reference data (the portal's filters use it); editing population is not. */
export function registerRegionRoutes(app: FastifyInstance, regions: RegionsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const publicRead = { access: { public: true as const }, rateLimit: { max: 600, timeWindow: '1 minute' } };

  r.get('/api/regions/:code/children', {
    config: publicRead,
    schema: {
      tags: ['regions'],
      summary: '下级行政区划',
      params: z.object({ code: ZRegionCode }),
      response: { 200: z.array(ZRegion) },
    },
    handler: async (req) => (await regions.childrenForPicker(req.params.code)).map(strip),
  });

  r.get('/api/regions/:code', {
    config: publicRead,
    schema: {
      tags: ['regions'],
      summary: '行政区划详情',
      params: z.object({ code: ZRegionCode }),
      response: { 200: ZRegionDetail },
    },
    handler: async (req) => {
      const region = await regions.get(req.params.code);
      return { ...region, ancestors: (await regions.ancestors(region.code)).map(strip) };
    },
  });

  r.get('/api/regions', {
    config: publicRead,
    schema: {
      tags: ['regions'],
      summary: '按名称搜索行政区划',
      querystring: z.object({
        q: z.string().trim().min(1, '请输入名称').max(30),
        within: ZRegionCode.optional(),
        limit: z.coerce.number().int().min(1).max(50).default(20),
      }),
      response: { 200: z.array(ZRegion) },
    },
    handler: async (req) => (await regions.search(req.query.q, req.query.within ?? null, req.query.limit)).map(strip),
  });

  r.put('/api/regions/:code/population', {
    config: { access: { permission: 'regions.manage' } },
    schema: {
      tags: ['regions'],
      summary: '维护人口数（用于每万人指标）',
      params: z.object({ code: ZRegionCode }),
      body: z.object({
        population: z.number().int('人口应为整数').min(0, '人口不能为负').max(2_000_000_000).nullable(),
        version: z.number().int().positive(),
      }),
      response: { 200: ZRegionDetail },
    },
    handler: async (req) => {
      const user = userOf(req);
      const region = await regions.setPopulation(
        user,
        actorOf(req),
        req.params.code,
        req.body.population,
        req.body.version,
      );
      return { ...region, ancestors: (await regions.ancestors(region.code)).map(strip) };
    },
  });
}
