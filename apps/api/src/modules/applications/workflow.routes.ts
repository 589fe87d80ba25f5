import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZApplicationActionBody,
  ZApplicationApproveBody,
  ZApplicationDetail,
  ZApplicationRejectBody,
  ZApplicationReturnBody,
} from '@shezu/contracts';
import { actorOf, userOf } from '../../platform/http';
import { ZId } from './applications.routes';
import type { ApplicationsService } from './applications.service';
import type { WorkflowService } from './workflow.service';

/** One route per transition; each takes the version the caller saw and answers with the new detail. */
export function registerWorkflowRoutes(
  app: FastifyInstance,
  applications: ApplicationsService,
  workflow: WorkflowService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['applications'];
  const response = { 200: ZApplicationDetail };
  const apply = { access: { permission: 'applications.apply' as const } };
  const review = { access: { permission: 'applications.review' as const } };
  const decide = { access: { permission: 'applications.decide' as const } };

  r.post('/api/applications/:id/submit', {
    config: apply,
    schema: { tags, summary: '提交（或改正后重新提交）申请', params: ZId, body: ZApplicationActionBody, response },
    handler: async (req) => {
      await workflow.submit(userOf(req), actorOf(req), req.params.id, req.body.version);
      return applications.get(userOf(req), req.params.id);
    },
  });

  r.post('/api/applications/:id/withdraw', {
    config: apply,
    schema: { tags, summary: '撤回申请（作出决定前）', params: ZId, body: ZApplicationActionBody, response },
    handler: async (req) => {
      await workflow.withdraw(userOf(req), actorOf(req), req.params.id, req.body.version, req.body.comment);
      return applications.get(userOf(req), req.params.id);
    },
  });

  r.post('/api/applications/:id/supervisor-approve', {
    config: review,
    schema: { tags, summary: '业务主管单位审查同意', params: ZId, body: ZApplicationActionBody, response },
    handler: async (req) => {
      await workflow.supervisorApprove(userOf(req), actorOf(req), req.params.id, req.body.version, req.body.comment);
      return applications.get(userOf(req), req.params.id);
    },
  });

  r.post('/api/applications/:id/supervisor-return', {
    config: review,
    schema: { tags, summary: '业务主管单位退回修改（附意见）', params: ZId, body: ZApplicationReturnBody, response },
    handler: async (req) => {
      const { version, comment } = req.body;
      await workflow.returnForCorrection(
        userOf(req),
        actorOf(req),
        req.params.id,
        'supervisor-return',
        version,
        comment,
      );
      return applications.get(userOf(req), req.params.id);
    },
  });

  r.post('/api/applications/:id/approve', {
    config: decide,
    schema: {
      tags,
      summary: '登记管理机关批准（成立登记须录入统一社会信用代码；注销登记须登记收缴证书和印章）',
      params: ZId,
      body: ZApplicationApproveBody,
      response,
    },
    handler: async (req) => {
      await workflow.approve(userOf(req), actorOf(req), req.params.id, req.body);
      return applications.get(userOf(req), req.params.id);
    },
  });

  r.post('/api/applications/:id/reject', {
    config: decide,
    schema: { tags, summary: '登记管理机关不予批准（附理由）', params: ZId, body: ZApplicationRejectBody, response },
    handler: async (req) => {
      await workflow.reject(userOf(req), actorOf(req), req.params.id, req.body.version, req.body.reason);
      return applications.get(userOf(req), req.params.id);
    },
  });

  r.post('/api/applications/:id/return', {
    config: decide,
    schema: { tags, summary: '登记管理机关退回修改（附意见）', params: ZId, body: ZApplicationReturnBody, response },
    handler: async (req) => {
      const { version, comment } = req.body;
      await workflow.returnForCorrection(userOf(req), actorOf(req), req.params.id, 'return', version, comment);
      return applications.get(userOf(req), req.params.id);
    },
  });
}
