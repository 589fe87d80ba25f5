import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCommunityOrg,
  ZCommunityOrgCancel,
  ZCommunityOrgCreate,
  ZCommunityOrgListQuery,
  ZCommunityOrgUpdate,
  pageOf,
} from '@shezu/contracts';
import { ZExportColumns } from '../../platform/exports/columns';
import type { ExportService } from '../../platform/exports/export.service';
import { actorOf, userOf } from '../../platform/http';
import { communityOrgExport } from './community-orgs.export';
import type { CommunityOrgsService } from './community-orgs.service';

const ZId = z.object({ id: z.coerce.number().int().positive() });

export function registerCommunityOrgRoutes(
  app: FastifyInstance,
  deps: { communityOrgs: CommunityOrgsService; exports: ExportService },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { communityOrgs: service, exports } = deps;
  const read = { access: { permission: 'community_orgs.read' as const } };
  const manage = { access: { permission: 'community_orgs.manage' as const } };

  r.get('/api/community-orgs', {
    config: read,
    schema: {
      tags: ['community-orgs'],
      summary: '社区社会组织备案名录（本辖区：乡镇本级，县、市为下辖乡镇，只读）',
      querystring: ZCommunityOrgListQuery,
      response: { 200: pageOf(ZCommunityOrg) },
    },
    handler: async (req) => service.list(userOf(req), req.query),
  });

  r.get('/api/community-orgs/export', {
    config: read,
    schema: {
      tags: ['community-orgs'],
      summary: '导出社区社会组织备案名录（Excel，与列表相同的筛选和范围）',
      querystring: ZCommunityOrgListQuery.omit({ limit: true, cursor: true }).extend({ columns: ZExportColumns }),
    },
    handler: async (req, reply) =>
      exports.send(reply, communityOrgExport(service, userOf(req), actorOf(req), req.query)),
  });

  r.get('/api/community-orgs/:id', {
    config: read,
    schema: {
      tags: ['community-orgs'],
      summary: '社区社会组织备案详情',
      params: ZId,
      response: { 200: ZCommunityOrg },
    },
    handler: async (req) => service.get(userOf(req), req.params.id),
  });

  r.post('/api/community-orgs', {
    config: manage,
    schema: {
      tags: ['community-orgs'],
      summary: '社区社会组织备案（乡镇（街道）本级）',
      body: ZCommunityOrgCreate,
      response: { 201: ZCommunityOrg },
    },
    handler: async (req, reply) => reply.code(201).send(await service.file(userOf(req), actorOf(req), req.body)),
  });

  r.put('/api/community-orgs/:id', {
    config: manage,
    schema: {
      tags: ['community-orgs'],
      summary: '变更备案信息（乡镇（街道）本级，带版本号）',
      params: ZId,
      body: ZCommunityOrgUpdate,
      response: { 200: ZCommunityOrg },
    },
    handler: async (req) => service.update(userOf(req), actorOf(req), req.params.id, req.body),
  });

  r.post('/api/community-orgs/:id/cancel', {
    config: manage,
    schema: {
      tags: ['community-orgs'],
      summary: '注销备案（须填写原因；记录保留）',
      params: ZId,
      body: ZCommunityOrgCancel,
      response: { 200: ZCommunityOrg },
    },
    handler: async (req) => service.cancel(userOf(req), actorOf(req), req.params.id, req.body),
  });
}
