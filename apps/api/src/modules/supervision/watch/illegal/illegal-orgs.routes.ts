import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZIllegalOrg,
  ZIllegalOrgBan,
  ZIllegalOrgCreate,
  ZIllegalOrgDetail,
  ZIllegalOrgFinding,
  ZIllegalOrgNoteCreate,
  ZIllegalOrgQuery,
  ZPublicIllegalOrgQuery,
  ZPublicIllegalOrgWarning,
  pageOf,
} from '@shezu/contracts';
import type { Services } from '../../../../services';
import { actorOf, userOf } from '../../../../platform/http';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const publicRoute = () => ({ access: { public: true as const }, rateLimit: { max: 120, timeWindow: '1 minute' } });

/** Illegal organizations: the bureau's register and decisions, and the public warning list. */
export function registerIllegalOrgsRoutes(app: FastifyInstance, services: Services): void {
  const { illegalOrgs, publicIllegalOrgs } = services.supervision;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision'];
  const read = { access: { permission: 'supervision.read' as const } };
  const manage = { access: { permission: 'supervision.manage' as const } };
  const detail = { 200: ZIllegalOrgDetail };

  r.get('/api/illegal-orgs', {
    config: read,
    schema: {
      tags,
      summary: '非法社会组织线索与查处（可按状态、地区、名称筛选）',
      querystring: ZIllegalOrgQuery,
      response: { 200: pageOf(ZIllegalOrg) },
    },
    handler: (req) => illegalOrgs.list(userOf(req), req.query),
  });
  r.get('/api/illegal-orgs/:id', {
    config: read,
    schema: { tags, summary: '非法社会组织查处详情（线索、调查记录、认定、取缔）', params: ZId, response: detail },
    handler: (req) => illegalOrgs.get(userOf(req), req.params.id),
  });
  r.post('/api/illegal-orgs', {
    config: manage,
    schema: { tags, summary: '登记非法社会组织线索', body: ZIllegalOrgCreate, response: { 201: ZIllegalOrgDetail } },
    handler: async (req, reply) => reply.code(201).send(await illegalOrgs.create(userOf(req), actorOf(req), req.body)),
  });
  r.post('/api/illegal-orgs/:id/notes', {
    config: manage,
    schema: { tags, summary: '添加调查记录', params: ZId, body: ZIllegalOrgNoteCreate, response: detail },
    handler: (req) => illegalOrgs.addNote(userOf(req), actorOf(req), req.params.id, req.body),
  });
  r.post('/api/illegal-orgs/:id/finding', {
    config: manage,
    schema: {
      tags,
      summary: '作出认定（是否属于非法社会组织）',
      params: ZId,
      body: ZIllegalOrgFinding,
      response: detail,
    },
    handler: (req) => illegalOrgs.find(userOf(req), actorOf(req), req.params.id, req.body),
  });
  r.post('/api/illegal-orgs/:id/ban', {
    config: manage,
    schema: {
      tags,
      summary: '予以取缔，出具取缔决定书并可警示曝光',
      params: ZId,
      body: ZIllegalOrgBan,
      response: detail,
    },
    handler: (req) => illegalOrgs.ban(userOf(req), actorOf(req), req.params.id, req.body),
  });

  r.get('/api/public/illegal-org-warnings', {
    config: publicRoute(),
    schema: {
      tags: ['public'],
      summary: '非法社会组织警示曝光名单',
      querystring: ZPublicIllegalOrgQuery,
      response: { 200: pageOf(ZPublicIllegalOrgWarning) },
    },
    handler: (req) => publicIllegalOrgs.list(req.query),
  });
}
