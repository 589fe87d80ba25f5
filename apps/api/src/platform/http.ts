import type { FastifyRequest } from 'fastify';
import { actorFor, type Actor, type AuthUser } from './auth/auth-user';
import { AppError } from './errors';

export interface ClientMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export function metaOf(req: FastifyRequest): ClientMeta {
  return { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null, requestId: String(req.id) };
}

/** The signed-in user of a route that declared a permission (the access hook guarantees one). */
export function userOf(req: FastifyRequest): AuthUser {
  if (!req.user) throw new AppError('UNAUTHENTICATED');
  return req.user;
}

/** Opaque keyset cursors: the client hands back what it was given. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, check: (v: unknown) => v is T): T | undefined {
  if (!cursor) return undefined;
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(v)) return v;
  } catch {
    /* fall through */
  }
  throw new AppError('VALIDATION_FAILED', '分页参数无效，请从第一页重新查询', { cursor: '分页参数无效' });
}

export const isPositiveInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

/** The audit actor of an authenticated request. */
export function actorOf(req: FastifyRequest): Actor {
  return actorFor(userOf(req), metaOf(req));
}
