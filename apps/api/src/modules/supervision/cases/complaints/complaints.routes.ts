import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZComplaint,
  ZComplaintCreate,
  ZComplaintDetail,
  ZComplaintFiled,
  ZComplaintOpenCase,
  ZComplaintQuery,
  ZComplaintReply,
  ZComplaintUploaded,
  ZPublicComplaintLookup,
  ZPublicComplaintStatus,
  pageOf,
} from '@shezu/contracts';
import type { Services } from '../../../../services';
import { AppError, fieldError } from '../../../../platform/errors';
import { actorOf, metaOf, userOf } from '../../../../platform/http';
import { COMPLAINT_ATTACHMENT_MAX_BYTES } from './complaint-purposes';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const MULTIPART_OVERHEAD = 64 * 1024;

/** Complaints: filing and lookup for the public (rate limited per address), triage for staff. */
export function registerComplaintsRoutes(app: FastifyInstance, services: Services): void {
  const { complaints, complaintFiling: filing } = services.supervision;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['complaints'];
  const read = { access: { permission: 'supervision.read' as const } };
  const manage = { access: { permission: 'supervision.manage' as const } };

  r.post('/api/public/complaint-attachments', {
    // Anonymous uploads: few per address, small, of the purpose's types only.
    config: { access: { public: true }, rateLimit: { max: 10, timeWindow: '10 minutes' } },
    schema: {
      tags,
      summary: '投诉举报附件上传（无需登录；multipart/form-data，一个文件，10 MB 以内）',
      consumes: ['multipart/form-data'],
      response: { 201: ZComplaintUploaded },
    },
    onRequest: async (req, reply) => {
      if (Number(req.headers['content-length']) > COMPLAINT_ATTACHMENT_MAX_BYTES + MULTIPART_OVERHEAD) {
        reply.header('connection', 'close');
        throw new AppError('PAYLOAD_TOO_LARGE', '附件最大 10 MB');
      }
    },
    handler: async (req, reply) => {
      let part;
      try {
        part = await req.file({ limits: { fileSize: COMPLAINT_ATTACHMENT_MAX_BYTES, files: 1, fields: 2, parts: 3 } });
      } catch {
        throw new AppError('BAD_REQUEST', '上传的表单格式不正确');
      }
      if (!part) throw fieldError('file', '请选择要上传的文件');
      try {
        return reply.code(201).send(await filing.upload(metaOf(req), part.filename, part.file));
      } catch (e) {
        if (e instanceof AppError && e.status === 413) reply.header('connection', 'close');
        throw e;
      }
    },
  });

  r.post('/api/public/complaints', {
    config: { access: { public: true }, rateLimit: { max: 5, timeWindow: '10 minutes' } },
    schema: {
      tags,
      summary: '提交投诉举报（无需登录）：返回受理编号和查询码',
      body: ZComplaintCreate,
      response: { 201: ZComplaintFiled },
    },
    handler: async (req, reply) => reply.code(201).send(await filing.file(metaOf(req), req.body)),
  });

  r.get('/api/public/complaints/:trackingNo', {
    // The code is 8 characters of 31: guessing it takes far more tries than this allows.
    config: { access: { public: true }, rateLimit: { max: 30, timeWindow: '10 minutes' } },
    schema: {
      tags,
      summary: '投诉举报办理进度查询（受理编号 + 查询码）',
      params: z.object({ trackingNo: z.string().trim().min(1).max(30) }),
      querystring: ZPublicComplaintLookup,
      response: { 200: ZPublicComplaintStatus },
    },
    handler: (req) => filing.lookup(req.params.trackingNo, req.query.code),
  });

  r.get('/api/complaints', {
    config: read,
    schema: {
      tags,
      summary: '投诉举报（本辖区；可按状态、类别、是否登记组织、编号或名称筛选）',
      querystring: ZComplaintQuery,
      response: { 200: pageOf(ZComplaint) },
    },
    handler: (req) => complaints.list(userOf(req), req.query),
  });
  r.get('/api/complaints/:id', {
    config: read,
    schema: { tags, summary: '投诉举报详情（含联系方式与附件）', params: ZId, response: { 200: ZComplaintDetail } },
    handler: (req) => complaints.get(userOf(req), req.params.id),
  });
  r.post('/api/complaints/:id/reply', {
    config: manage,
    schema: {
      tags,
      summary: '答复投诉举报（办结；答复内容投诉人可查询）',
      params: ZId,
      body: ZComplaintReply,
      response: { 200: ZComplaintDetail },
    },
    handler: (req) => complaints.reply(userOf(req), actorOf(req), req.params.id, req.body),
  });
  r.post('/api/complaints/:id/open-case', {
    config: manage,
    schema: {
      tags,
      summary: '投诉举报转协同处置案件',
      params: ZId,
      body: ZComplaintOpenCase,
      response: { 200: ZComplaintDetail },
    },
    handler: (req) => complaints.openCase(userOf(req), actorOf(req), req.params.id, req.body),
  });
}
