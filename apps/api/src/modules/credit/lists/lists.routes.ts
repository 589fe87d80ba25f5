import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreditDecision,
  ZCreditFulfil,
  ZCreditLetterCreate,
  ZCreditListing,
  ZCreditListingCreate,
  ZCreditListingDetail,
  ZCreditListingQuery,
  ZCreditPenaltyCreate,
  ZCreditProfile,
  ZCreditRecord,
  ZCreditRemove,
  ZCreditRequest,
  ZCreditRequestCreate,
  ZCreditRequestQuery,
  ZCreditRequestVerified,
  ZCreditRequestVerify,
  ZPublicCreditListing,
  ZPublicCreditListingQuery,
  ZPublicOrgCredit,
  pageOf,
} from '@shezu/contracts';
import type { Services } from '../../../services';
import { actorOf, userOf } from '../../../platform/http';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const publicRoute = () => ({ access: { public: true as const }, rateLimit: { max: 120, timeWindow: '1 minute' } });

/** The two lists: staff lists and decisions, the organization's requests, and the public lists. */
export function registerListRoutes(app: FastifyInstance, services: Services): void {
  const { creditLists: lists, creditRequests: requests, creditPublicLists: pub } = services.credit;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['credit'];
  const read = { access: { permission: 'credit.read' as const } };
  const decide = { access: { permission: 'credit.decide' as const } };
  const apply = { access: { permission: 'credit.apply' as const } };
  const detail = { 200: ZCreditListingDetail };

  r.get('/api/credit-listings', {
    config: read,
    schema: {
      tags,
      summary: '活动异常名录、严重违法失信名单（可按名录、状态、地区、情形、名称筛选）',
      querystring: ZCreditListingQuery,
      response: { 200: pageOf(ZCreditListing) },
    },
    handler: (req) => lists.list(userOf(req), req.query),
  });
  r.get('/api/credit-listings/:id', {
    config: read,
    schema: { tags, summary: '名录记录详情（列入情形、证据、期限、申请）', params: ZId, response: detail },
    handler: (req) => lists.get(userOf(req), req.params.id),
  });
  r.post('/api/credit-listings', {
    config: decide,
    schema: {
      tags,
      summary: '依情形和证据列入名录（党组织、专用信函、失信被执行人等需认定的情形）',
      body: ZCreditListingCreate,
      response: { 201: ZCreditListingDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await lists.create(userOf(req), actorOf(req), req.body)),
  });
  r.post('/api/credit-listings/:id/fulfil', {
    config: decide,
    schema: {
      tags,
      summary: '登记某一列入情形的义务已履行或整改已完成',
      params: ZId,
      body: ZCreditFulfil,
      response: detail,
    },
    handler: (req) => lists.fulfil(userOf(req), actorOf(req), req.params.id, req.body),
  });
  r.post('/api/credit-listings/:id/remove', {
    config: decide,
    schema: {
      tags,
      summary: '移出名录（注销登记办理完毕，或申请经查实）',
      params: ZId,
      body: ZCreditRemove,
      response: detail,
    },
    handler: (req) => lists.remove(userOf(req), actorOf(req), req.params.id, req.body),
  });
  r.post('/api/credit-penalties', {
    config: decide,
    schema: {
      tags,
      summary: '录入其他部门作出的行政处罚（警告、罚款等计入信用）',
      body: ZCreditPenaltyCreate,
      response: { 201: z.object({ eventId: z.number().int() }) },
    },
    handler: async (req, reply) => reply.code(201).send(await lists.penalty(userOf(req), actorOf(req), req.body)),
  });
  r.post('/api/credit-letters', {
    config: decide,
    schema: {
      tags,
      summary: '登记向登记住所邮寄的专用信函及签收情况',
      body: ZCreditLetterCreate,
      response: { 201: ZCreditRecord },
    },
    handler: async (req, reply) => reply.code(201).send(await lists.letter(userOf(req), actorOf(req), req.body)),
  });
  r.get('/api/credit-profiles/:orgId', {
    config: read,
    schema: {
      tags,
      summary: '某组织的信用档案：名录记录、信用信息、申请',
      params: z.object({ orgId: z.coerce.number().int().positive() }),
      response: { 200: ZCreditProfile },
    },
    handler: (req) => lists.profile(userOf(req), req.params.orgId),
  });

  r.get('/api/credit-requests', {
    config: read,
    schema: {
      tags,
      summary: '移出申请、异议、信用修复（登记管理机关的办理队列；组织账号看本组织的）',
      querystring: ZCreditRequestQuery,
      response: { 200: pageOf(ZCreditRequest) },
    },
    handler: (req) => requests.list(userOf(req), req.query),
  });
  r.post('/api/credit-requests', {
    config: apply,
    schema: {
      tags,
      summary: '组织提出移出申请、异议或信用修复申请',
      body: ZCreditRequestCreate,
      response: { 201: ZCreditRequest },
    },
    handler: async (req, reply) => reply.code(201).send(await requests.create(userOf(req), actorOf(req), req.body)),
  });
  r.post('/api/credit-requests/:id/verify', {
    config: decide,
    schema: {
      tags,
      summary: '查实申请：自查实之日起5个工作日内移出',
      params: ZId,
      body: ZCreditRequestVerify,
      response: { 200: ZCreditRequestVerified },
    },
    handler: (req) => requests.verify(userOf(req), actorOf(req), req.params.id, req.body.version),
  });
  r.post('/api/credit-requests/:id/approve', {
    config: decide,
    schema: {
      tags,
      summary: '同意申请（移出或信用修复当日移出；异议成立则撤销该记录）',
      params: ZId,
      body: ZCreditDecision,
      response: { 200: ZCreditRequest },
    },
    handler: (req) => requests.approve(userOf(req), actorOf(req), req.params.id, req.body),
  });
  r.post('/api/credit-requests/:id/reject', {
    config: decide,
    schema: {
      tags,
      summary: '不予同意（说明理由）',
      params: ZId,
      body: ZCreditDecision,
      response: { 200: ZCreditRequest },
    },
    handler: (req) => requests.reject(userOf(req), actorOf(req), req.params.id, req.body),
  });

  r.get('/api/public/credit-listings', {
    config: publicRoute(),
    schema: {
      tags: ['public'],
      summary: '公示：活动异常名录和严重违法失信名单（在列记录，含列入情形、日期和作出决定的机关）',
      querystring: ZPublicCreditListingQuery,
      response: { 200: pageOf(ZPublicCreditListing) },
    },
    handler: (req) => pub.list(req.query),
  });
  r.get('/api/public/orgs/:uscc/credit', {
    config: publicRoute(),
    schema: {
      tags: ['public'],
      summary: '某组织的名录记录（含已移出的历史）',
      params: z.object({ uscc: z.string().trim().max(40) }),
      response: { 200: ZPublicOrgCredit },
    },
    handler: (req) => pub.byOrg(req.params.uscc),
  });
}
