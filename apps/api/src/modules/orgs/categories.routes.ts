import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCategory, ZCategoryCode, ZCategoryInput, ZRegionCode, validateUscc } from '@shezu/contracts';
import { actorOf, userOf } from '../../platform/http';
import type { CategoriesService } from './categories.service';
import { regionStatusFrom } from './org-rules';
import type { OrgsService } from './orgs.service';

export function registerCategoryRoutes(app: FastifyInstance, categories: CategoriesService, orgs: OrgsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/org-categories', {
    config: { access: { public: true } },
    schema: {
      tags: ['orgs'],
      summary: '领域类别字典（某地区现行，含是否直接登记）',
      querystring: z.object({ regionCode: ZRegionCode.default('100000') }),
      response: { 200: z.array(ZCategory) },
    },
    handler: async (req) => categories.effective(req.query.regionCode),
  });

  r.put('/api/org-categories/:regionCode/:code', {
    config: { access: { permission: 'categories.manage' } },
    schema: {
      tags: ['orgs'],
      summary: '新增或覆盖本地区的领域类别',
      params: z.object({ regionCode: ZRegionCode, code: ZCategoryCode }),
      body: ZCategoryInput.omit({ code: true }).extend({ version: z.number().int().positive().nullable() }),
      response: { 200: ZCategory },
    },
    handler: async (req) =>
      categories.put(userOf(req), actorOf(req), req.params.regionCode, { ...req.body, code: req.params.code }),
  });

  const ZIssue = z.object({ position: z.number().int(), message: z.string() });
  r.get('/api/public/uscc/:code', {
    config: { access: { public: true } },
    schema: {
      tags: ['public'],
      summary: '校验统一社会信用代码（GB 32100）',
      params: z.object({ code: z.string().max(40) }),
      response: {
        200: z.object({
          valid: z.boolean(),
          errors: z.array(ZIssue),
          warnings: z.array(ZIssue),
          parsed: z.object({ department: z.string(), category: z.string(), regionCode: z.string() }).nullable(),
        }),
      },
    },
    handler: async (req) => {
      const v = validateUscc(req.params.code, {
        civilAffairs: false,
        regionStatus: regionStatusFrom(await orgs.currentGbCodes()),
      });
      const issue = ({ position, message }: { position: number; message: string }) => ({ position, message });
      return {
        valid: v.valid,
        errors: v.errors.map(issue),
        warnings: v.warnings.map(issue),
        parsed: v.parsed && {
          department: v.parsed.department,
          category: v.parsed.category,
          regionCode: v.parsed.regionCode,
        },
      };
    },
  });
}
