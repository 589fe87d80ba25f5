import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZPenalty,
  ZPenaltyClose,
  ZPenaltyCreate,
  ZPenaltyDecision,
  ZPenaltyDetail,
  ZPenaltyExecution,
  ZPenaltyHearing,
  ZPenaltyHearingRecord,
  ZPenaltyInvestigation,
  ZPenaltyPriorNotice,
  ZPenaltyPublish,
  ZPenaltyQuery,
  ZPenaltyReview,
  ZPenaltyService,
  ZPenaltyStatement,
  ZPublicPenalty,
  ZPublicPenaltyQuery,
  pageOf,
} from '@shezu/contracts';
import type { Services } from '../../../services';
import { actorOf, userOf } from '../../../platform/http';

const ZId = z.object({ id: z.coerce.number().int().positive() });

/** Routes of the penalties part of supervision: the record, one POST per procedure step, and 双公示. */
export function registerPenaltiesRoutes(app: FastifyInstance, services: Services): void {
  const { penalties, penaltySteps: steps } = services.supervision;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['penalties'];
  const read = { access: { permission: 'supervision.read' as const } };
  const manage = { access: { permission: 'penalties.manage' as const } };
  const detail = { 200: ZPenaltyDetail };

  r.get('/api/penalties', {
    config: read,
    schema: {
      tags,
      summary: '行政处罚案件（可按状态、组织、协同案件、公示逾期筛选）',
      querystring: ZPenaltyQuery,
      response: { 200: pageOf(ZPenalty) },
    },
    handler: (req) => penalties.list(userOf(req), req.query),
  });
  r.get('/api/penalties/:id', {
    config: read,
    schema: { tags, summary: '行政处罚案件详情（各步骤、文书、可办理的下一步）', params: ZId, response: detail },
    handler: (req) => penalties.get(userOf(req), req.params.id),
  });
  r.post('/api/penalties', {
    config: manage,
    schema: { tags, summary: '立案', body: ZPenaltyCreate, response: { 201: ZPenaltyDetail } },
    handler: async (req, reply) => reply.code(201).send(await penalties.create(userOf(req), actorOf(req), req.body)),
  });

  const step = <S extends z.ZodType<{ version: number }>>(
    path: string,
    summary: string,
    body: S,
    run: (user: ReturnType<typeof userOf>, actor: ReturnType<typeof actorOf>, id: number, b: z.infer<S>) => unknown,
    access: { access: { permission: 'penalties.manage' | 'penalties.review' } } = manage,
  ) =>
    r.post(`/api/penalties/:id/${path}`, {
      config: access,
      schema: { tags, summary, params: ZId, body, response: detail },
      handler: (req) => run(userOf(req), actorOf(req), req.params.id, req.body as z.infer<S>) as never,
    });

  step('investigation', '调查取证（上传证据材料）', ZPenaltyInvestigation, (u, a, id, b) =>
    steps.investigate(u, a, id, b),
  );
  step('prior-notice', '事先告知（生成行政处罚事先告知书）', ZPenaltyPriorNotice, (u, a, id, b) =>
    steps.priorNotice(u, a, id, b),
  );
  step('statement', '记录陈述申辩及听证申请', ZPenaltyStatement, (u, a, id, b) => steps.statement(u, a, id, b));
  step('hearing', '通知听证（生成听证通知书）', ZPenaltyHearing, (u, a, id, b) => steps.hearing(u, a, id, b));
  step('hearing-record', '记录听证笔录', ZPenaltyHearingRecord, (u, a, id, b) => steps.hearingRecord(u, a, id, b));
  step('review', '法制审核（审核人员不得为承办人）', ZPenaltyReview, (u, a, id, b) => steps.review(u, a, id, b), {
    access: { permission: 'penalties.review' },
  });
  step('decision', '作出处罚决定（生成行政处罚决定书）', ZPenaltyDecision, (u, a, id, b) =>
    steps.decision(u, a, id, b),
  );
  step('service', '送达（上传送达回证）', ZPenaltyService, (u, a, id, b) => steps.serve(u, a, id, b));
  step('execution', '执行', ZPenaltyExecution, (u, a, id, b) => steps.execute(u, a, id, b));
  step('close', '结案', ZPenaltyClose, (u, a, id, b) => steps.close(u, a, id, b));
  step('publish', '双公示：公开处罚决定', ZPenaltyPublish, (u, a, id, b) => penalties.publish(u, a, id, b.version));

  r.get('/api/public/penalties', {
    config: { access: { public: true as const }, rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: {
      tags,
      summary: '双公示：行政处罚决定（决定之日起7个工作日内公开）',
      querystring: ZPublicPenaltyQuery,
      response: { 200: pageOf(ZPublicPenalty) },
    },
    handler: (req) => penalties.publicList(req.query),
  });
}
