import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZIsoDate,
  ZMajorMatterComplete,
  ZMajorMatterDetail,
  ZMajorMatterDueDay,
  ZMajorMatterInput,
  ZMajorMatterObject,
  ZMajorMatterQuery,
  ZMajorMatterStep,
  ZMajorMatterSummary,
  pageOf,
} from '@shezu/contracts';
import type { Services } from '../../../services';
import { actorOf, userOf } from '../../../platform/http';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const ZCreated = z.object({ id: z.number().int() });

/** Routes of the major-matters part: reports, the due-day hint, decisions, withdrawal and the outcome. */
export function registerMajorMattersRoutes(app: FastifyInstance, services: Services): void {
  const { majorMatters: matters, majorMatterQueries: queries } = services.activities;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['major-matters'];
  const read = { access: { permission: 'activities.read' as const } };
  const report = { access: { permission: 'major_matters.report' as const } };
  const decide = { access: { permission: 'major_matters.decide' as const } };

  r.get('/api/major-matters', {
    config: read,
    schema: {
      tags,
      summary: '重大事项报告列表（按状态、类型、地区、组织、是否逾期、月份筛选，新报告在前）',
      querystring: ZMajorMatterQuery,
      response: { 200: pageOf(ZMajorMatterSummary) },
    },
    handler: (req) => queries.list(userOf(req), req.query),
  });
  r.get('/api/major-matters/due-day', {
    config: report,
    schema: {
      tags,
      summary: '按事项日期计算应报告的最后一天（提前N个工作日）',
      querystring: z.object({ happensOn: ZIsoDate }),
      response: { 200: ZMajorMatterDueDay },
    },
    handler: (req) => matters.dueDay(userOf(req), req.query.happensOn),
  });
  r.post('/api/major-matters', {
    config: report,
    schema: {
      tags,
      summary: '社会组织报告重大事项（逾期报告照常受理并标记）',
      body: ZMajorMatterInput,
      response: { 201: ZCreated },
    },
    handler: async (req, reply) => reply.code(201).send(await matters.report(userOf(req), actorOf(req), req.body)),
  });
  r.get('/api/major-matters/:id', {
    config: read,
    schema: { tags, summary: '重大事项报告详情及当前可进行的操作', params: ZId, response: { 200: ZMajorMatterDetail } },
    handler: (req) => queries.get(userOf(req), req.params.id),
  });
  const detail = (req: { params: { id: number } } & Parameters<typeof userOf>[0]) =>
    queries.get(userOf(req), req.params.id);
  r.post('/api/major-matters/:id/acknowledge', {
    config: decide,
    schema: { tags, summary: '已知悉', params: ZId, body: ZMajorMatterStep, response: { 200: ZMajorMatterDetail } },
    handler: async (req) => {
      await matters.decide(userOf(req), actorOf(req), req.params.id, { version: req.body.version });
      return detail(req);
    },
  });
  r.post('/api/major-matters/:id/object', {
    config: decide,
    schema: {
      tags,
      summary: '提出异议（须说明理由）',
      params: ZId,
      body: ZMajorMatterObject,
      response: { 200: ZMajorMatterDetail },
    },
    handler: async (req) => {
      await matters.decide(userOf(req), actorOf(req), req.params.id, {
        version: req.body.version,
        objection: req.body.reason,
      });
      return detail(req);
    },
  });
  r.post('/api/major-matters/:id/withdraw', {
    config: report,
    schema: {
      tags,
      summary: '撤回报告（答复之前）',
      params: ZId,
      body: ZMajorMatterStep,
      response: { 200: ZMajorMatterDetail },
    },
    handler: async (req) => {
      await matters.withdraw(userOf(req), actorOf(req), req.params.id, req.body.version);
      return detail(req);
    },
  });
  r.post('/api/major-matters/:id/complete', {
    config: report,
    schema: {
      tags,
      summary: '登记办理结果（换届的日期计入信用信息）',
      params: ZId,
      body: ZMajorMatterComplete,
      response: { 200: ZMajorMatterDetail },
    },
    handler: async (req) => {
      await matters.complete(userOf(req), actorOf(req), req.params.id, req.body);
      return detail(req);
    },
  });
}
