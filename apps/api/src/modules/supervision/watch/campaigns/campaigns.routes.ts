import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCampaignOrg,
  ZCampaignOrgQuery,
  ZCampaignProblem,
  ZRectificationClaim,
  ZRectificationConfirm,
  ZSelfInspection,
  ZSelfInspectionSubmit,
  ZSpecialCampaign,
  ZSpecialCampaignCreate,
  ZSpecialCampaignDetail,
  pageOf,
} from '@shezu/contracts';
import { actorOf, userOf } from '../../../../platform/http';
import type { Services } from '../../../../services';
import { campaignOrgsExport } from './campaign-orgs.export';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const ZRowParams = ZId.extend({ rowId: z.coerce.number().int().positive() });

/** Special campaigns (专项整治) and their self-inspection forms. */
export function registerCampaignsRoutes(app: FastifyInstance, services: Services): void {
  const { specialCampaigns: campaigns, campaignSelfInspections: selfInspections } = services.supervision;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['special-campaigns'];
  const read = { access: { permission: 'supervision.read' as const } };
  const manage = { access: { permission: 'supervision.manage' as const } };
  const respond = { access: { permission: 'supervision.respond' as const } };

  r.get('/api/special-campaigns', {
    config: read,
    schema: { tags, summary: '专项整治列表', response: { 200: z.object({ items: z.array(ZSpecialCampaign) }) } },
    handler: async (req) => ({ items: await campaigns.list(userOf(req)) }),
  });

  r.post('/api/special-campaigns', {
    config: manage,
    schema: {
      tags,
      summary: '新建专项整治：固定范围内的组织名单并向其下发自查表',
      body: ZSpecialCampaignCreate,
      response: { 201: ZSpecialCampaignDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await campaigns.create(userOf(req), actorOf(req), req.body)),
  });

  r.get('/api/special-campaigns/:id', {
    config: read,
    schema: {
      tags,
      summary: '专项整治详情与工作数据（纳入、自查、抽查、审计、发现问题、整改到位）',
      params: ZId,
      response: { 200: ZSpecialCampaignDetail },
    },
    handler: (req) => campaigns.get(userOf(req), req.params.id),
  });

  r.get('/api/special-campaigns/:id/orgs', {
    config: read,
    schema: {
      tags,
      summary: '专项整治纳入的组织及自查、整改状态',
      params: ZId,
      querystring: ZCampaignOrgQuery,
      response: { 200: pageOf(ZCampaignOrg) },
    },
    handler: (req) => campaigns.orgs(userOf(req), req.params.id, req.query),
  });

  r.get('/api/special-campaigns/:id/orgs/export', {
    config: read,
    schema: { tags, summary: '导出专项整治纳入组织及自查、整改情况（Excel）', params: ZId },
    handler: async (req, reply) =>
      services.exports.send(reply, await campaignOrgsExport(campaigns, userOf(req), actorOf(req), req.params.id)),
  });

  r.get('/api/special-campaigns/:id/problems', {
    config: read,
    schema: {
      tags,
      summary: '专项整治发现问题的组织（自查发现、抽查审计发现）',
      params: ZId,
      response: { 200: z.object({ items: z.array(ZCampaignProblem) }) },
    },
    handler: async (req) => ({ items: await campaigns.problems(userOf(req), req.params.id) }),
  });

  r.get('/api/special-campaigns/:id/orgs/:rowId', {
    config: read,
    schema: {
      tags,
      summary: '一个组织的自查表（工作人员查看）',
      params: ZRowParams,
      response: { 200: ZSelfInspection },
    },
    handler: (req) => selfInspections.getForStaff(userOf(req), req.params.id, req.params.rowId),
  });

  r.post('/api/special-campaigns/:id/close', {
    config: manage,
    schema: {
      tags,
      summary: '结束专项整治：不再接收自查，撤回未提交组织的待办',
      params: ZId,
      response: { 200: ZSpecialCampaignDetail },
    },
    handler: (req) => campaigns.close(userOf(req), actorOf(req), req.params.id),
  });

  r.post('/api/special-campaigns/:id/orgs/:rowId/confirm-rectification', {
    config: manage,
    schema: {
      tags,
      summary: '确认组织整改到位',
      params: ZRowParams,
      body: ZRectificationConfirm,
      response: { 200: ZCampaignOrg },
    },
    handler: (req) => campaigns.confirmRectification(userOf(req), actorOf(req), req.params.rowId, req.body.version),
  });

  r.get('/api/campaign-self-inspections', {
    config: respond,
    schema: {
      tags,
      summary: '本组织（或本业务主管单位所管组织）的专项整治自查表',
      response: { 200: z.object({ items: z.array(ZSelfInspection) }) },
    },
    handler: async (req) => ({ items: await selfInspections.mine(userOf(req)) }),
  });

  r.get('/api/campaign-self-inspections/:id', {
    config: respond,
    schema: { tags, summary: '一份自查表（本组织）', params: ZId, response: { 200: ZSelfInspection } },
    handler: (req) => selfInspections.get(userOf(req), req.params.id),
  });

  r.put('/api/campaign-self-inspections/:id', {
    config: respond,
    schema: {
      tags,
      summary: '填报自查表（发现问题的须填写整改说明）',
      params: ZId,
      body: ZSelfInspectionSubmit,
      response: { 200: ZSelfInspection },
    },
    handler: (req) => selfInspections.submit(userOf(req), actorOf(req), req.params.id, req.body),
  });

  r.post('/api/campaign-self-inspections/:id/rectified', {
    config: respond,
    schema: {
      tags,
      summary: '报告整改完成（附整改情况）',
      params: ZId,
      body: ZRectificationClaim,
      response: { 200: ZSelfInspection },
    },
    handler: (req) => selfInspections.claimRectified(userOf(req), actorOf(req), req.params.id, req.body),
  });
}
