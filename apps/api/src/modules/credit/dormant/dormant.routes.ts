import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZDormantCampaign,
  ZDormantCampaignCreate,
  ZDormantCampaignDetail,
  ZDormantCandidate,
  ZDormantCandidateQuery,
  ZDormantClose,
  ZDormantDispose,
  ZDormantPreview,
  ZDormantPreviewQuery,
  pageOf,
} from '@shezu/contracts';
import { actorOf, userOf } from '../../../platform/http';
import type { Services } from '../../../services';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const ZCandidateParams = ZId.extend({ candidateId: z.coerce.number().int().positive() });

/** Dormant-organization clean-up: candidate preview, campaigns, candidates and their disposal. */
export function registerDormantRoutes(app: FastifyInstance, services: Services): void {
  const { dormantCampaigns: campaigns, dormantDisposals: disposals } = services.credit;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['dormant'];
  const read = { access: { permission: 'credit.read' as const } };
  const manage = { access: { permission: 'dormant.manage' as const } };

  r.get('/api/dormant-candidates/preview', {
    config: read,
    schema: {
      tags,
      summary: '按认定情形预览本机关登记的疑似僵尸型社会组织（新建清理整治前）',
      querystring: ZDormantPreviewQuery,
      response: { 200: ZDormantPreview },
    },
    handler: (req) => campaigns.preview(userOf(req), req.query),
  });

  r.get('/api/dormant-campaigns', {
    config: read,
    schema: { tags, summary: '清理整治列表', response: { 200: z.object({ items: z.array(ZDormantCampaign) }) } },
    handler: async (req) => ({ items: await campaigns.list(userOf(req)) }),
  });

  r.post('/api/dormant-campaigns', {
    config: manage,
    schema: {
      tags,
      summary: '新建清理整治：按范围和参数认定候选组织并固定名单',
      body: ZDormantCampaignCreate,
      response: { 201: ZDormantCampaignDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await campaigns.create(userOf(req), actorOf(req), req.body)),
  });

  r.get('/api/dormant-campaigns/:id', {
    config: read,
    schema: {
      tags,
      summary: '清理整治详情：列入、处置、完成率、撤销登记的组织',
      params: ZId,
      response: { 200: ZDormantCampaignDetail },
    },
    handler: (req) => campaigns.get(userOf(req), req.params.id),
  });

  r.get('/api/dormant-campaigns/:id/candidates', {
    config: read,
    schema: {
      tags,
      summary: '清理整治的候选组织（可按处置结果、认定情形筛选）',
      params: ZId,
      querystring: ZDormantCandidateQuery,
      response: { 200: pageOf(ZDormantCandidate) },
    },
    handler: (req) => campaigns.candidates(userOf(req), req.params.id, req.query),
  });

  r.post('/api/dormant-campaigns/:id/candidates/:candidateId/dispose', {
    config: manage,
    schema: {
      tags,
      summary: '登记处置结果：注销、撤销（经登记管理撤销登记）、整改、激活',
      params: ZCandidateParams,
      body: ZDormantDispose,
      response: { 200: ZDormantCandidate },
    },
    handler: (req) => disposals.dispose(userOf(req), actorOf(req), req.params.id, req.params.candidateId, req.body),
  });

  r.post('/api/dormant-campaigns/:id/close', {
    config: manage,
    schema: {
      tags,
      summary: '结束清理整治',
      params: ZId,
      body: ZDormantClose,
      response: { 200: ZDormantCampaignDetail },
    },
    handler: (req) => disposals.close(userOf(req), actorOf(req), req.params.id, req.body),
  });
}
