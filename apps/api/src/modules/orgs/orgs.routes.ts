import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCappedCount,
  ZIsoDate,
  ZOrg,
  ZOrgSummary,
  ZOrgCreate,
  ZOrgEvent,
  ZOrgListQuery,
  ZOrgUpdate,
  pageOf,
} from '@shezu/contracts';
import { ZExportColumns } from '../../platform/exports/columns';
import type { ExportService } from '../../platform/exports/export.service';
import { actorOf, userOf } from '../../platform/http';
import { orgExport } from './orgs.export';
import type { OrgsQuery } from './orgs.query';
import type { OrgsService } from './orgs.service';
import { orgResource } from './orgs.presenter';
import { assertAuthorized } from '../../platform/auth/guard';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const ZDecision = z.object({
  basis: z.string().trim().min(4, '请填写法律依据').max(300),
  decisionRef: z.string().trim().min(2, '请填写决定书文号').max(100),
  date: ZIsoDate.optional(),
});

export function registerOrgRoutes(
  app: FastifyInstance,
  deps: { query: OrgsQuery; orgs: OrgsService; exports: ExportService },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { query, orgs, exports } = deps;
  const read = { access: { permission: 'orgs.read' as const } };
  const manage = { access: { permission: 'orgs.manage' as const } };

  r.get('/api/orgs', {
    config: read,
    schema: {
      tags: ['orgs'],
      summary: '社会组织列表与名称搜索（本辖区，键集分页）',
      querystring: ZOrgListQuery,
      response: { 200: pageOf(ZOrgSummary) },
    },
    handler: async (req) => query.list(userOf(req), req.query),
  });

  r.get('/api/orgs/count', {
    config: read,
    schema: {
      tags: ['orgs'],
      summary: '符合条件的数量（超过一万显示“10,000+”）',
      querystring: ZOrgListQuery.omit({ sort: true, order: true, limit: true, cursor: true }),
      response: { 200: ZCappedCount },
    },
    handler: async (req) => query.count(userOf(req), req.query),
  });

  r.get('/api/orgs/export', {
    config: { access: { permission: 'orgs.export' } },
    schema: {
      tags: ['orgs'],
      summary: '导出社会组织名录（Excel，与列表相同的筛选和范围）',
      querystring: ZOrgListQuery.omit({ limit: true, cursor: true }).extend({ columns: ZExportColumns }),
    },
    handler: async (req, reply) => exports.send(reply, orgExport(query, userOf(req), actorOf(req), req.query)),
  });

  r.get('/api/orgs/:id', {
    config: read,
    schema: { tags: ['orgs'], summary: '社会组织详情', params: ZId, response: { 200: ZOrg } },
    handler: async (req) => query.get(userOf(req), req.params.id),
  });

  r.get('/api/orgs/:id/events', {
    config: read,
    schema: { tags: ['orgs'], summary: '登记事项时间线（全部）', params: ZId, response: { 200: z.array(ZOrgEvent) } },
    handler: async (req) => query.timeline(userOf(req), req.params.id),
  });

  r.get('/api/orgs/:id/personal-data', {
    config: { access: { permission: 'orgs.pii' } },
    schema: {
      tags: ['orgs'],
      summary: '法定代表人完整个人信息（留痕）',
      params: ZId,
      response: { 200: z.object({ legalRepIdNumber: z.string().nullable(), legalRepPhone: z.string().nullable() }) },
    },
    handler: async (req) => orgs.revealPii(userOf(req), actorOf(req), req.params.id),
  });

  r.post('/api/orgs', {
    config: manage,
    schema: { tags: ['orgs'], summary: '补录已登记的社会组织（本级登记）', body: ZOrgCreate, response: { 201: ZOrg } },
    handler: async (req, reply) => reply.code(201).send(await orgs.create(userOf(req), actorOf(req), req.body)),
  });

  r.put('/api/orgs/:id', {
    config: manage,
    schema: {
      tags: ['orgs'],
      summary: '更正登记信息（本级登记；每项变化记入时间线）',
      params: ZId,
      body: ZOrgUpdate,
      response: { 200: ZOrg },
    },
    handler: async (req) => orgs.correct(userOf(req), actorOf(req), req.params.id, req.body),
  });

  for (const [path, action, summary] of [
    ['revoke', 'revoke', '撤销登记（本级登记）'],
    ['withdraw', 'withdraw', '吊销登记证书（本级登记）'],
  ] as const) {
    r.post(`/api/orgs/:id/${path}`, {
      config: manage,
      schema: { tags: ['orgs'], summary, params: ZId, body: ZDecision, response: { 200: ZOrg } },
      handler: async (req) => {
        const user = userOf(req);
        const org = await query.record(user, req.params.id);
        assertAuthorized(user, 'orgs.manage', orgResource(org));
        await orgs.lifecycle[action](null, org.id, { actor: actorOf(req), ...req.body });
        return query.get(user, org.id);
      },
    });
  }
}
