import type { FastifyReply, FastifyRequest } from 'fastify';
import { ACTIVITY_PHOTO_MAX_BYTES } from '@shezu/contracts';
import { AppError, fieldError } from '../../../platform/errors';

const MB = 1024 * 1024;
const TOO_LARGE = `照片不能超过 ${ACTIVITY_PHOTO_MAX_BYTES / MB} MB`;

/**
 * One photo from a multipart/form-data body: optional `caption` and `showsMinors` fields before one `file`.
 * The bytes are read whole (at most ACTIVITY_PHOTO_MAX_BYTES) because sharp decodes them anyway.
 */
export async function readPhotoUpload(
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<{ bytes: Buffer; caption: string | null; showsMinors: boolean }> {
  let caption: string | null = null;
  let showsMinors = false;
  try {
    const parts = req.parts({ limits: { fileSize: ACTIVITY_PHOTO_MAX_BYTES, files: 1, fields: 4, fieldSize: 1024 } });
    for await (const part of parts) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', TOO_LARGE, { file: TOO_LARGE });
        if (bytes.length === 0) throw fieldError('file', '照片是空文件');
        return { bytes, caption, showsMinors };
      }
      const value = typeof part.value === 'string' ? part.value.trim() : '';
      if (part.fieldname === 'caption') caption = value.slice(0, 200) || null;
      if (part.fieldname === 'showsMinors') showsMinors = value === 'true' || value === '1';
    }
  } catch (e) {
    if (e instanceof AppError) {
      if (e.status === 413) reply.header('connection', 'close');
      throw e;
    }
    const err = e as { code?: string; statusCode?: number };
    if (err.statusCode === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE') {
      reply.header('connection', 'close');
      throw new AppError('PAYLOAD_TOO_LARGE', TOO_LARGE, { file: TOO_LARGE });
    }
    if (err.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 方式上传照片');
    throw new AppError('BAD_REQUEST', '上传的表单格式不正确');
  }
  throw fieldError('file', '请选择要上传的照片');
}
