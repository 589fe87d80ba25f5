import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZFileRecord } from '@shezu/contracts';
import { AppError, fieldError } from '../../platform/errors';
import { actorOf, userOf } from '../../platform/http';
import type { FileService } from '../../platform/files/files.service';
import { contentDisposition } from '../../platform/files/names';
import { MAX_UPLOAD_BYTES } from '../../platform/files/purposes';
import { IntegrityError } from '../../platform/files/streams';

const ZId = z.object({ id: z.coerce.number().int().positive() });
/** Types a browser may show in place; anything else is always downloaded. */
const INLINE_SAFE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/webp']);
// Room for the multipart boundaries and the purpose field around the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;

/** @fastify/multipart's own errors, in our error shape. */
function multipartError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const err = e as { code?: string; statusCode?: number };
  if (err.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE', '上传内容过大：每次只能上传一个文件');
  if (err.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 方式上传文件');
  }
  return new AppError('BAD_REQUEST', '上传的表单格式不正确');
}

const LIMITS = { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4, fieldSize: 1024, parts: 5 };

/** The purpose field and the file, in the order sent: a purpose after the file does not count. */
async function readUpload(req: FastifyRequest): Promise<{ purpose?: string; part?: MultipartFile }> {
  let purpose: string | undefined;
  try {
    for await (const part of req.parts({ limits: LIMITS })) {
      if (part.type === 'file') return { purpose, part };
      if (part.fieldname === 'purpose' && typeof part.value === 'string') purpose = part.value.trim();
    }
  } catch (e) {
    throw multipartError(e);
  }
  return { purpose };
}

export function registerFileRoutes(app: FastifyInstance, files: FileService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/files', {
    config: { access: { permission: 'files.upload' } },
    schema: {
      tags: ['files'],
      summary: '上传文件（multipart/form-data：先 purpose 字段，再一个文件）',
      consumes: ['multipart/form-data'],
      response: { 201: ZFileRecord },
    },
    onRequest: async (req, reply) => {
      const length = Number(req.headers['content-length']);
      if (length > MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD) {
        reply.header('connection', 'close');
        throw new AppError('PAYLOAD_TOO_LARGE', '上传内容过大');
      }
    },
    handler: async (req, reply) => {
      try {
        const { purpose, part } = await readUpload(req);
        if (!purpose) throw fieldError('purpose', '请在文件之前提交文件用途（purpose）');
        if (!part) throw fieldError('file', '请选择要上传的文件');
        const record = await files.upload(userOf(req), actorOf(req), {
          purpose,
          filename: part.filename,
          body: part.file,
        });
        return reply.code(201).send(record);
      } catch (e) {
        // Closing the connection stops the client from sending (and us from reading) the rest of a refused upload.
        if (e instanceof AppError && e.status === 413) reply.header('connection', 'close');
        throw e;
      }
    },
  });

  r.get('/api/files/:id', {
    config: { access: { permission: 'files.read' } },
    schema: { tags: ['files'], summary: '文件信息', params: ZId, response: { 200: ZFileRecord } },
    handler: async (req) => files.get(userOf(req), req.params.id),
  });

  r.get('/api/files/:id/content', {
    config: { access: { permission: 'files.read' } },
    schema: {
      tags: ['files'],
      summary: '下载文件（按文件用途的归属规则授权，校验 SM3）',
      params: ZId,
      querystring: z.object({ inline: z.enum(['true', 'false']).optional() }),
    },
    handler: async (req, reply) => {
      try {
        const { file, body } = await files.download(userOf(req), actorOf(req), req.params.id);
        const inline = req.query.inline === 'true' && INLINE_SAFE.has(file.mime);
        if (!Buffer.isBuffer(body)) {
          body.once('error', (err) => req.log.error({ err, fileId: file.id }, 'file content failed its check'));
        }
        return (
          reply
            .header('content-type', file.mime)
            .header('content-length', String(file.size))
            .header('content-disposition', contentDisposition(file.safeName, inline ? 'inline' : 'attachment'))
            .header('x-content-type-options', 'nosniff')
            // A PDF shown in place needs the browser's viewer, which a sandbox would block.
            .header(
              'content-security-policy',
              inline && file.mime === 'application/pdf' ? "frame-ancestors 'self'" : "default-src 'none'; sandbox",
            )
            .header('cache-control', 'private, no-store')
            .send(body)
        );
      } catch (e) {
        if (e instanceof IntegrityError) req.log.error({ err: e, fileId: e.fileId }, 'stored file failed its check');
        throw e;
      }
    },
  });
}
