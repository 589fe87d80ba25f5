import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Permission } from '@shezu/contracts';
import { AppError } from '../errors';
import type { AuthUser, SessionResolver } from './auth-user';

/** Every route declares who may call it; a route without a declaration is closed. */
export type RouteAccess = { public: true } | { permission: Permission; duringPasswordChange?: boolean };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    user: AuthUser | null;
    sessionId: string | null;
    csrfToken: string | null;
    sessionExpired: boolean;
  }
}

export const SESSION_COOKIE = 'shezu_sid';
/** Readable by the page (not httpOnly): the page echoes it in X-CSRF-Token, which a foreign site cannot. */
export const CSRF_COOKIE = 'shezu_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** Sent by the page's own timers (badges, counters): such requests do not keep an idle session alive. */
export const BACKGROUND_HEADER = 'x-background-request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookies(req: FastifyRequest, reply: FastifyReply, token: string, csrfToken: string) {
  const secure = req.protocol === 'https';
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, signed: true });
  reply.setCookie(CSRF_COOKIE, csrfToken, { path: '/', httpOnly: false, sameSite: 'lax', secure });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** A request without a session may still not come from a foreign page (login CSRF). */
function foreignOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== req.host;
  } catch {
    return true;
  }
}

export function registerAccess(app: FastifyInstance, resolver: SessionResolver): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (req, reply) => {
    const raw = req.cookies[SESSION_COOKIE];
    if (raw) {
      const unsigned = req.unsignCookie(raw);
      const touch = req.headers[BACKGROUND_HEADER] !== '1';
      const resolved =
        unsigned.valid && unsigned.value
          ? await resolver.resolve(unsigned.value, { touch })
          : ({ state: 'none' } as const);
      if (resolved.state === 'active') {
        req.user = resolved.user;
        req.sessionId = resolved.sessionId;
        req.csrfToken = resolved.csrfToken;
      } else {
        req.sessionExpired = resolved.state === 'expired';
        clearSessionCookies(reply);
      }
    }
    if (req.is404) return;

    const access = req.routeOptions.config.access;
    if (!access) throw new AppError('FORBIDDEN', '接口未声明访问权限');
    const unsafe = !SAFE_METHODS.has(req.method);

    if ('public' in access) {
      if (unsafe && (req.user ? req.headers[CSRF_HEADER] !== req.csrfToken : foreignOrigin(req))) {
        throw new AppError('CSRF_REJECTED');
      }
      return;
    }
    if (!req.user) throw new AppError(req.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    if (unsafe && req.headers[CSRF_HEADER] !== req.csrfToken) throw new AppError('CSRF_REJECTED');
    if (req.user.mustChangePassword && !access.duringPasswordChange) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (!req.user.permissions.has(access.permission)) throw new AppError('FORBIDDEN');
  });
}
