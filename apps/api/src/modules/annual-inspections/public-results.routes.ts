import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPublicInspectionQuery, ZPublicInspectionResult, pageOf } from '@shezu/contracts';
import type { PublicResultsService } from './public-results.service';

const publicRoute = () => ({ access: { public: true as const }, rateLimit: { max: 120, timeWindow: '1 minute' } });

export function registerPublicResultRoutes(app: FastifyInstance, results: PublicResultsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/public/annual-inspections', {
    config: publicRoute(),
    schema: {
      tags: ['public'],
      summary: '年检结论公告：某年度已作出结论的组织及其年度报告公开部分（可按登记管理机关地区、结论筛选）',
      querystring: ZPublicInspectionQuery,
      response: { 200: pageOf(ZPublicInspectionResult) },
    },
    handler: (req) => results.list(req.query),
  });
  r.get('/api/public/orgs/:uscc/annual-inspections', {
    config: publicRoute(),
    schema: {
      tags: ['public'],
      summary: '某组织历年年检结论及年度报告公开部分',
      params: z.object({ uscc: z.string().trim().max(40) }),
      response: { 200: z.object({ items: z.array(ZPublicInspectionResult) }) },
    },
    handler: (req) => results.byOrg(req.params.uscc),
  });
}
