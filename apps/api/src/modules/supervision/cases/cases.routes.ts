import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CASE_TASK_STATUSES,
  ZCaseClose,
  ZCaseCreate,
  ZCaseDetail,
  ZCaseFeedback,
  ZCaseMeasure,
  ZCaseQuery,
  ZCaseSummary,
  ZCaseTask,
  ZCaseTaskCreate,
  ZMeasureAnswer,
  ZMeasureCreate,
  ZMeasureVerify,
  ZPageQuery,
  ZTaskFeedback,
  pageOf,
} from '@shezu/contracts';
import type { Services } from '../../../services';
import { contentDisposition } from '../../../platform/files/names';
import { actorOf, userOf } from '../../../platform/http';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const ZMeasureId = z.object({ id: z.coerce.number().int().positive(), measureId: z.coerce.number().int().positive() });
const ZCreated = z.object({ id: z.number().int() });
const ZDone = z.object({ ok: z.literal(true) });
const done = { ok: true as const };

/** Routes of coordinated cases: cases, measures and their documents, partner tasks, the organization's answers. */
export function registerCasesRoutes(app: FastifyInstance, services: Services): void {
  const {
    supervisionCases: cases,
    caseMeasures: measures,
    caseTasks: tasks,
    caseQueries: queries,
  } = services.supervision;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision-cases'];
  const read = { access: { permission: 'supervision.read' as const } };
  const manage = { access: { permission: 'supervision.manage' as const } };
  const respond = { access: { permission: 'supervision.respond' as const } };
  const partner = { access: { permission: 'supervision.partner' as const } };
  const detail = async (user: Parameters<typeof queries.get>[0], id: number) => queries.get(user, id);

  r.get('/api/supervision-cases', {
    config: read,
    schema: {
      tags,
      summary: '协同处置案件列表（按状态、来源、告警、地区筛选，新案在前）',
      querystring: ZCaseQuery,
      response: { 200: pageOf(ZCaseSummary) },
    },
    handler: (req) => queries.list(userOf(req), req.query),
  });
  r.post('/api/supervision-cases', {
    config: manage,
    schema: { tags, summary: '立案（含部门移送），可同时指定协办部门', body: ZCaseCreate, response: { 201: ZCreated } },
    handler: async (req, reply) => reply.code(201).send(await cases.create(userOf(req), actorOf(req), req.body)),
  });
  r.get('/api/supervision-cases/:id', {
    config: read,
    schema: {
      tags,
      summary: '案件详情：时间线、处置措施、协办任务、电子监察告警',
      params: ZId,
      response: { 200: ZCaseDetail },
    },
    handler: (req) => detail(userOf(req), req.params.id),
  });
  r.post('/api/supervision-cases/:id/measures', {
    config: manage,
    schema: {
      tags,
      summary: '采取处置措施：谈话提醒/约谈、工作提醒函、责令改正通知书（文书自动编号生成）',
      params: ZId,
      body: ZMeasureCreate,
      response: { 201: ZCreated },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await measures.issue(userOf(req), actorOf(req), req.params.id, req.body)),
  });
  r.post('/api/supervision-cases/:id/measures/:measureId/verify', {
    config: manage,
    schema: {
      tags,
      summary: '核实或退回组织的整改答复',
      params: ZMeasureId,
      body: ZMeasureVerify,
      response: { 200: ZDone },
    },
    handler: async (req) => {
      await measures.verify(userOf(req), actorOf(req), req.params.measureId, req.body);
      return done;
    },
  });
  r.get('/api/supervision-cases/:id/measures/:measureId/document', {
    config: { access: { permission: 'files.read' as const } },
    schema: {
      tags,
      summary: '下载处置措施的文书（PDF 或 DOCX；案件经办方和被处置组织可下载）',
      params: ZMeasureId,
      querystring: z.object({ format: z.enum(['pdf', 'docx']).default('pdf') }),
    },
    handler: async (req, reply) => {
      const doc = await measures.documentOf(userOf(req), req.params.measureId);
      const f = await services.documents.fileOf(doc, req.query.format);
      return reply
        .header('content-type', f.contentType)
        .header('content-disposition', contentDisposition(f.filename))
        .header('cache-control', 'private, no-store')
        .send(f.bytes);
    },
  });
  r.post('/api/supervision-cases/:id/tasks', {
    config: manage,
    schema: { tags, summary: '请协办部门协办', params: ZId, body: ZCaseTaskCreate, response: { 201: ZCreated } },
    handler: async (req, reply) =>
      reply.code(201).send(await tasks.assign(userOf(req), actorOf(req), req.params.id, req.body)),
  });
  r.post('/api/supervision-cases/:id/feedback', {
    config: manage,
    schema: {
      tags,
      summary: '记录核查反馈（无处置措施的案件）',
      params: ZId,
      body: ZCaseFeedback,
      response: { 200: ZDone },
    },
    handler: async (req) => {
      await cases.feedback(userOf(req), actorOf(req), req.params.id, req.body.feedback);
      return done;
    },
  });
  r.post('/api/supervision-cases/:id/verify', {
    config: manage,
    schema: { tags, summary: '核实核查反馈（无处置措施的案件）', params: ZId, response: { 200: ZDone } },
    handler: async (req) => {
      await cases.verify(userOf(req), actorOf(req), req.params.id);
      return done;
    },
  });
  r.post('/api/supervision-cases/:id/close', {
    config: manage,
    schema: {
      tags,
      summary: '办结（反馈销号：须已反馈并核实）',
      params: ZId,
      body: ZCaseClose,
      response: { 200: ZDone },
    },
    handler: async (req) => {
      await cases.close(userOf(req), actorOf(req), req.params.id, req.body);
      return done;
    },
  });

  r.get('/api/case-measures', {
    config: respond,
    schema: {
      tags,
      summary: '本组织（或所主管组织）的处置措施，待答复的或全部',
      querystring: z.object({ state: z.enum(['open', 'all']).default('open') }),
      response: { 200: z.object({ items: z.array(ZCaseMeasure) }) },
    },
    handler: async (req) => ({ items: await measures.mine(userOf(req), req.query.state) }),
  });
  r.post('/api/case-measures/:id/answer', {
    config: respond,
    schema: {
      tags,
      summary: '答复处置措施（整改情况与证明材料）',
      params: ZId,
      body: ZMeasureAnswer,
      response: { 200: ZDone },
    },
    handler: async (req) => {
      await measures.answer(userOf(req), actorOf(req), req.params.id, req.body);
      return done;
    },
  });

  r.get('/api/case-tasks', {
    config: partner,
    schema: {
      tags,
      summary: '本部门的协办任务',
      querystring: ZPageQuery.extend({ status: z.enum(CASE_TASK_STATUSES).optional() }),
      response: { 200: pageOf(ZCaseTask) },
    },
    handler: (req) => tasks.mine(userOf(req), req.query),
  });
  r.post('/api/case-tasks/:id/feedback', {
    config: partner,
    schema: { tags, summary: '反馈协办情况', params: ZId, body: ZTaskFeedback, response: { 200: ZDone } },
    handler: async (req) => {
      await tasks.feedback(userOf(req), actorOf(req), req.params.id, req.body.feedback);
      return done;
    },
  });
}
