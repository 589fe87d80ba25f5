import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_CODES, type ErrorCode, type TApiError } from '@shezu/contracts';
import { isSqliteBusy } from '../db/sqlite-wait';
import { AppError } from './errors';

function send(
  reply: FastifyReply,
  req: FastifyRequest,
  code: ErrorCode,
  message?: string,
  fields?: Record<string, string>,
) {
  const body: TApiError = { code, message: message ?? ERROR_CODES[code].message, requestId: String(req.id) };
  if (fields && Object.keys(fields).length > 0) body.fields = fields;
  return reply.code(ERROR_CODES[code].status).type('application/json').send(body);
}

/** Fastify's own client errors, by its error code. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
};

/** One error shape for the whole API; stack traces go to the log, never to the client. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) return send(reply, req, err.code, err.message, err.fields);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const v of err.validation) {
        const path =
          v.instancePath.replace(/^\//, '').replace(/\//g, '.') ||
          (v.params as { issue?: { path?: PropertyKey[] } }).issue?.path?.join('.') ||
          '_';
        fields[path] ??= v.message ?? '格式不正确';
      }
      const first = Object.values(fields)[0];
      return send(reply, req, 'VALIDATION_FAILED', first ? `提交的内容有误：${first}` : undefined, fields);
    }
    if (err.statusCode === 429) return send(reply, req, 'RATE_LIMITED');
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return send(reply, req, mapped);
    if (err instanceof SyntaxError) return send(reply, req, 'BAD_REQUEST');
    if (isSqliteBusy(err)) {
      // Another process (an import's one transaction) held SQLite's write lock longer than a request may wait.
      req.log.warn({ err }, 'database busy');
      reply.header('retry-after', '10');
      return send(reply, req, 'DATABASE_BUSY');
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      req.log.info({ err }, 'client error');
      return send(reply, req, err.statusCode === 404 ? 'ROUTE_NOT_FOUND' : 'BAD_REQUEST');
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, req, 'INTERNAL');
  });
}

export function sendRouteNotFound(req: FastifyRequest, reply: FastifyReply) {
  return send(reply, req, 'ROUTE_NOT_FOUND');
}
