import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZDocument,
  ZDocumentKind,
  ZIssueDocumentInput,
  ZLinkedRecord,
  ZPageQuery,
  ZPublicDocument,
  ZRegionCode,
  ZRevokeDocumentInput,
  pageOf,
} from '@shezu/contracts';
import { actorOf, decodeCursor, encodeCursor, isPositiveInt, userOf } from '../../platform/http';
import { toApi, type DocumentsService } from '../../platform/documents/documents.service';

// A cursor is handed back by the client: beyond a safe integer it would overflow PostgreSQL's bigint.
const isId = (v: unknown): v is number => isPositiveInt(v) && v <= Number.MAX_SAFE_INTEGER;
const ZId = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** A file with an ASCII fallback name and the real (Chinese) one per RFC 6266 / 5987. */
export function sendFile(
  reply: FastifyReply,
  file: { bytes: Buffer; contentType: string; filename: string },
  disposition: 'attachment' | 'inline' = 'attachment',
) {
  const ext = file.filename.split('.').pop();
  const encoded = encodeURIComponent(file.filename).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16));
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `${disposition}; filename="document.${ext}"; filename*=UTF-8''${encoded}`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.bytes);
}

export function registerDocumentRoutes(app: FastifyInstance, documents: DocumentsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/documents', {
    config: { access: { permission: 'documents.read' } },
    schema: {
      tags: ['documents'],
      summary: '文书列表（可按关联记录筛选）',
      querystring: ZPageQuery.extend({
        linkedType: ZLinkedRecord.shape.type.optional(),
        linkedId: ZLinkedRecord.shape.id.optional(),
        kind: ZDocumentKind.optional(),
        year: z.coerce.number().int().min(2000).max(2999).optional(),
        within: ZRegionCode.optional(),
      }),
      response: { 200: pageOf(ZDocument) },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const beforeId = decodeCursor(cursor, isId);
      const items = await documents.list(userOf(req), { ...filter, beforeId }, limit + 1);
      const page = items.slice(0, limit).map(toApi);
      return { items: page, nextCursor: items.length > limit ? encodeCursor(page.at(-1)!.id) : null };
    },
  });

  r.get('/api/documents/:id', {
    config: { access: { permission: 'documents.read' } },
    schema: { tags: ['documents'], summary: '文书详情', params: ZId, response: { 200: ZDocument } },
    handler: async (req) => toApi(await documents.get(userOf(req), req.params.id)),
  });

  for (const format of ['pdf', 'docx'] as const) {
    r.get(`/api/documents/:id/${format}`, {
      config: { access: { permission: 'documents.read' } },
      schema: { tags: ['documents'], summary: `下载文书（${format.toUpperCase()}）`, params: ZId },
      handler: async (req, reply) => sendFile(reply, await documents.download(userOf(req), req.params.id, format)),
    });
  }

  r.post('/api/documents', {
    config: { access: { permission: 'documents.issue' } },
    schema: {
      tags: ['documents'],
      summary: '制发通知书或函（本级）',
      body: ZIssueDocumentInput,
      response: { 201: ZDocument },
    },
    handler: async (req, reply) =>
      reply.code(201).send(toApi(await documents.issueByHand(userOf(req), actorOf(req), req.body))),
  });

  r.post('/api/documents/:id/revoke', {
    config: { access: { permission: 'documents.issue' } },
    schema: {
      tags: ['documents'],
      summary: '撤销文书（本级）',
      params: ZId,
      body: ZRevokeDocumentInput,
      response: { 200: ZDocument },
    },
    handler: async (req) => toApi(await documents.revoke(userOf(req), actorOf(req), req.params.id, req.body.reason)),
  });

  r.get('/api/public/documents/:code', {
    config: { access: { public: true } },
    schema: {
      tags: ['documents'],
      summary: '文书真伪核验（公开）',
      params: z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '核验码格式不正确' }) }),
      response: { 200: ZPublicDocument },
    },
    handler: async (req) => documents.verify(req.params.code),
  });
}
