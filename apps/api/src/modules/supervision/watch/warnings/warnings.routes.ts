import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZRiskWarning,
  ZRiskWarningAnswer,
  ZRiskWarningClose,
  ZRiskWarningCreate,
  ZRiskWarningEscalate,
  ZRiskWarningQuery,
  pageOf,
} from '@shezu/contracts';
import type { Services } from '../../../../services';
import { actorOf, userOf } from '../../../../platform/http';

const ZId = z.object({ id: z.coerce.number().int().positive() });

/** Risk warnings: the bureau's list and decisions, the organization's and supervising unit's answers. */
export function registerWarningsRoutes(app: FastifyInstance, services: Services): void {
  const warnings = services.supervision.riskWarnings;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision'];
  const read = { access: { permission: 'supervision.read' as const } };
  const manage = { access: { permission: 'supervision.manage' as const } };
  const respond = { access: { permission: 'supervision.respond' as const } };
  const one = { 200: ZRiskWarning };

  r.get('/api/risk-warnings', {
    config: read,
    schema: {
      tags,
      summary: '风险预警（可按状态、等级、规则、组织、地区筛选）',
      querystring: ZRiskWarningQuery,
      response: { 200: pageOf(ZRiskWarning) },
    },
    handler: (req) => warnings.list(userOf(req), req.query),
  });
  r.get('/api/risk-warnings/answerable', {
    config: respond,
    schema: {
      tags,
      summary: '发给本组织或本业务主管单位的风险预警',
      querystring: ZRiskWarningQuery,
      response: { 200: pageOf(ZRiskWarning) },
    },
    handler: (req) => warnings.answerable(userOf(req), req.query),
  });
  r.get('/api/risk-warnings/:id', {
    config: read,
    schema: { tags, summary: '风险预警详情', params: ZId, response: one },
    handler: (req) => warnings.get(userOf(req), req.params.id),
  });
  r.post('/api/risk-warnings', {
    config: manage,
    schema: { tags, summary: '人工发起风险预警', body: ZRiskWarningCreate, response: { 201: ZRiskWarning } },
    handler: async (req, reply) => reply.code(201).send(await warnings.create(userOf(req), actorOf(req), req.body)),
  });
  r.post('/api/risk-warnings/:id/answer', {
    config: respond,
    schema: { tags, summary: '组织或业务主管单位答复风险预警', params: ZId, body: ZRiskWarningAnswer, response: one },
    handler: (req) => warnings.answer(userOf(req), actorOf(req), req.params.id, req.body),
  });
  r.post('/api/risk-warnings/:id/close', {
    config: manage,
    schema: { tags, summary: '风险预警办结', params: ZId, body: ZRiskWarningClose, response: one },
    handler: (req) => warnings.close(userOf(req), actorOf(req), req.params.id, req.body),
  });
  r.post('/api/risk-warnings/:id/escalate', {
    config: manage,
    schema: { tags, summary: '风险预警转为协同处置案件', params: ZId, body: ZRiskWarningEscalate, response: one },
    handler: (req) => warnings.escalate(userOf(req), actorOf(req), req.params.id, req.body),
  });
}
