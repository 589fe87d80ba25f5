import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZInspector,
  ZInspectorInput,
  ZPublicSpotCheckQuery,
  ZPublicSpotCheckResultPage,
  ZSpotCheck,
  ZSpotCheckConclude,
  ZSpotCheckPage,
  ZSpotCheckPlan,
  ZSpotCheckPlanInput,
  ZSpotCheckPlanPage,
  ZSpotCheckPlanQuery,
  ZSpotCheckQuery,
  ZSpotCheckVerify,
} from '@shezu/contracts';
import type { Services } from '../../../services';
import { actorOf, userOf } from '../../../platform/http';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const publicRoute = { access: { public: true as const }, rateLimit: { max: 120, timeWindow: '1 minute' } };

/** Routes of the spot-checks part of supervision (双随机一公开). */
export function registerSpotChecksRoutes(app: FastifyInstance, services: Services): void {
  const { spotCheckPlans: plans, spotChecks: checks, inspectors, spotCheckResults } = services.supervision;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision'];
  const read = { access: { permission: 'supervision.read' as const } };
  const manage = { access: { permission: 'supervision.manage' as const } };
  const inspect = { access: { permission: 'supervision.inspect' as const } };

  r.get('/api/inspectors', {
    config: read,
    schema: { tags, summary: '检查人员名录库', response: { 200: z.array(ZInspector) } },
    handler: (req) => inspectors.list(userOf(req)),
  });
  r.post('/api/inspectors', {
    config: manage,
    schema: {
      tags,
      summary: '检查人员入库（所在单位、申明回避的社会组织）',
      body: ZInspectorInput,
      response: { 201: ZInspector },
    },
    handler: async (req, reply) => reply.code(201).send(await inspectors.create(userOf(req), actorOf(req), req.body)),
  });
  r.put('/api/inspectors/:id', {
    config: manage,
    schema: { tags, summary: '修改检查人员', params: ZId, body: ZInspectorInput, response: { 200: ZInspector } },
    handler: (req) => inspectors.update(userOf(req), actorOf(req), req.params.id, req.body),
  });

  r.get('/api/spot-check-plans', {
    config: read,
    schema: {
      tags,
      summary: '抽查计划（含年度审计抽查）',
      querystring: ZSpotCheckPlanQuery,
      response: { 200: ZSpotCheckPlanPage },
    },
    handler: (req) => plans.list(userOf(req), req.query),
  });
  r.post('/api/spot-check-plans', {
    config: manage,
    schema: {
      tags,
      summary: '制定抽查计划（定期抽查比例不低于本级下限：县3%、市4%、省5%、民政部10%）',
      body: ZSpotCheckPlanInput,
      response: { 201: ZSpotCheckPlan },
    },
    handler: async (req, reply) => reply.code(201).send(await plans.create(userOf(req), actorOf(req), req.body)),
  });
  r.get('/api/spot-check-plans/:id', {
    config: read,
    schema: { tags, summary: '抽查计划详情', params: ZId, response: { 200: ZSpotCheckPlan } },
    handler: (req) => plans.get(userOf(req), req.params.id),
  });
  r.post('/api/spot-check-plans/:id/draw', {
    config: manage,
    schema: {
      tags,
      summary: '随机抽取：安全随机种子、名单快照（SM3）、SM3(种子‖统一社会信用代码)最小的⌈N×p⌉家，随机匹配检查人员',
      params: ZId,
      response: { 200: ZSpotCheckPlan },
    },
    handler: (req) => plans.draw(userOf(req), actorOf(req), req.params.id),
  });
  r.get('/api/spot-check-plans/:id/verify', {
    config: read,
    schema: {
      tags,
      summary: '验证抽取结果：由种子和快照重算，并与当前登记名单比对',
      params: ZId,
      response: { 200: ZSpotCheckVerify },
    },
    handler: (req) => plans.verify(userOf(req), req.params.id),
  });

  r.get('/api/spot-check-plans/:id/snapshot', {
    config: read,
    schema: {
      tags,
      summary: '抽取时的名单快照（规范文本，其SM3即快照哈希）',
      params: ZId,
      response: { 200: z.string() },
    },
    handler: async (req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .header('content-disposition', `attachment; filename="spot-check-plan-${req.params.id}-snapshot.txt"`)
        .send(await plans.snapshotText(userOf(req), req.params.id)),
  });

  r.get('/api/spot-checks', {
    config: read,
    schema: { tags, summary: '抽查对象（按计划）', querystring: ZSpotCheckQuery, response: { 200: ZSpotCheckPage } },
    handler: (req) => checks.list(userOf(req), { ...req.query, mine: 'false' }),
  });
  r.get('/api/spot-checks/assigned', {
    config: inspect,
    schema: { tags, summary: '本人承担的抽查', querystring: ZSpotCheckQuery, response: { 200: ZSpotCheckPage } },
    handler: (req) => checks.list(userOf(req), { ...req.query, mine: 'true' }),
  });
  // Staff (supervision.read) and the check's own inspectors (supervision.inspect) read it: every staff
  // account passes the route, the service decides (an inspector sees only checks assigned to them).
  r.get('/api/spot-checks/:id', {
    config: { access: { permission: 'orgs.read' as const } },
    schema: { tags, summary: '抽查详情', params: ZId, response: { 200: ZSpotCheck } },
    handler: (req) => checks.get(userOf(req), req.params.id),
  });
  r.post('/api/spot-checks/:id/notice', {
    config: manage,
    schema: { tags, summary: '制发抽查通知书', params: ZId, response: { 200: ZSpotCheck } },
    handler: (req) => checks.notice(userOf(req), actorOf(req), req.params.id),
  });
  r.post('/api/spot-checks/:id/results', {
    config: manage,
    schema: {
      tags,
      summary: '登记逐项检查结果并办结（发现问题的责令整改）',
      params: ZId,
      body: ZSpotCheckConclude,
      response: { 200: ZSpotCheck },
    },
    handler: (req) => checks.conclude(userOf(req), actorOf(req), req.params.id, req.body),
  });
  r.post('/api/spot-checks/:id/inspector-results', {
    config: inspect,
    schema: {
      tags,
      summary: '检查人员登记本人承担的抽查结果',
      params: ZId,
      body: ZSpotCheckConclude,
      response: { 200: ZSpotCheck },
    },
    handler: (req) => checks.conclude(userOf(req), actorOf(req), req.params.id, req.body),
  });

  r.get('/api/public/spot-check-results', {
    config: publicRoute,
    schema: {
      tags,
      summary: '双随机抽查结果公示',
      querystring: ZPublicSpotCheckQuery,
      response: { 200: ZPublicSpotCheckResultPage },
    },
    handler: (req) => spotCheckResults.list(req.query),
  });
}
