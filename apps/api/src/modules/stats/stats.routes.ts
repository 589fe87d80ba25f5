import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NATIONAL_REGION_CODE, ZOrgStats, ZRegionCode } from '@shezu/contracts';
import type { StatsService } from './stats.service';

export function registerStatsRoutes(app: FastifyInstance, stats: StatsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/public/stats', {
    config: { access: { public: true }, rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: {
      tags: ['public'],
      summary: '社会组织统计（某地区及全部下级）',
      description:
        '已登记（正常）社会组织按类型、领域类别的数量与占比（四舍五入保留两位小数），3A及以上、慈善组织数，' +
        '每万人拥有数（人口：本级数据，无则为全部下级之和，任一下级缺数据则不计算），以及备案社区社会组织数。' +
        '市、县、乡镇级实时统计；省级和全国数据读取后台任务的计数，其后有变动的省份即时重新统计，数据始终为最新；asOf 为统计时间。',
      querystring: z.object({ region: ZRegionCode.default(NATIONAL_REGION_CODE) }),
      response: { 200: ZOrgStats },
    },
    handler: async (req) => stats.get(req.query.region),
  });
}
