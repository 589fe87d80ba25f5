import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCycle, ZCycleDashboard, ZCycleOpen, ZIndicatorSet, ZIndicatorSetSave } from '@shezu/contracts';
import { actorOf, userOf } from '../../platform/http';
import type { CyclesService } from './cycles.service';
import type { IndicatorSetsService } from './indicator-sets.service';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const ZYearParam = z.object({ year: z.coerce.number().int().min(2000, '年度不正确').max(2100, '年度不正确') });

/** The yearly cycles of the bureaus and the report form as data. */
export function registerCycleRoutes(app: FastifyInstance, cycles: CyclesService, sets: IndicatorSetsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['annual-inspections'];
  const read = { access: { permission: 'annual.read' as const } };

  r.get('/api/annual-inspection-cycles', {
    config: read,
    schema: {
      tags,
      summary: '年检（各登记管理机关的年度检查）列表',
      response: { 200: z.object({ items: z.array(ZCycle) }) },
    },
    handler: async (req) => ({ items: await cycles.list(userOf(req)) }),
  });

  r.post('/api/annual-inspection-cycles', {
    config: { access: { permission: 'annual.cycles' as const } },
    schema: {
      tags,
      summary: '开启本机关的年度检查（为应参检的组织生成年报任务）',
      body: ZCycleOpen,
      response: { 201: ZCycle },
    },
    handler: async (req, reply) => reply.code(201).send(await cycles.open(userOf(req), actorOf(req), req.body)),
  });

  r.get('/api/annual-inspection-cycles/:id/dashboard', {
    config: read,
    schema: {
      tags,
      summary: '年检进度：应报、已报、审核中、结论、逾期，按业务主管单位',
      params: ZId,
      response: { 200: ZCycleDashboard },
    },
    handler: (req) => cycles.dashboard(userOf(req), req.params.id),
  });

  r.get('/api/annual-indicator-sets/:year', {
    config: read,
    schema: { tags, summary: '某报告年度的指标体系（最新版本）', params: ZYearParam, response: { 200: ZIndicatorSet } },
    handler: (req) => sets.current(req.params.year),
  });

  r.put('/api/annual-indicator-sets/:year', {
    config: { access: { permission: 'annual.indicators' as const } },
    schema: {
      tags,
      summary: '保存指标体系的新版本（已开启的年检仍用开启时的版本）',
      params: ZYearParam,
      body: ZIndicatorSetSave,
      response: { 200: ZIndicatorSet },
    },
    handler: (req) => sets.save(userOf(req), actorOf(req), req.params.year, req.body),
  });
}
