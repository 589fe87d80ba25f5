import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZChangePasswordBody, ZLoginBody, ZMe, type TMe } from '@shezu/contracts';
import type { AuthUser } from '../../platform/auth/auth-user';
import { clearSessionCookies, setSessionCookies } from '../../platform/auth/access';
import { metaOf, userOf } from '../../platform/http';
import type { AccountsRepository } from './accounts.repository';
import type { AuthService } from './auth.service';

export interface AuthRouteDeps {
  auth: AuthService;
  accounts: () => AccountsRepository;
  idleTimeoutMinutes: number;
}

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const me = async (user: AuthUser, csrfToken: string): Promise<TMe> => {
    const rec = await deps.accounts().findById(user.id);
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      permissions: [...user.permissions].sort(),
      regionCode: user.regionCode,
      regionName: rec?.regionName ?? null,
      unitId: user.unitId,
      unitName: rec?.unitName ?? null,
      orgId: user.orgId,
      mustChangePassword: user.mustChangePassword,
      csrfToken,
      idleTimeoutMinutes: deps.idleTimeoutMinutes,
    };
  };

  r.post('/api/auth/login', {
    config: { access: { public: true }, rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], summary: '登录', body: ZLoginBody, response: { 200: ZMe } },
    handler: async (req, reply) => {
      const { token, user, csrfToken } = await deps.auth.login(req.body.username, req.body.password, metaOf(req));
      setSessionCookies(req, reply, token, csrfToken);
      return me(user, csrfToken);
    },
  });

  r.post('/api/auth/logout', {
    config: { access: { permission: 'account.self', duringPasswordChange: true } },
    schema: { tags: ['auth'], summary: '退出登录', response: { 204: z.null() } },
    handler: async (req, reply) => {
      await deps.auth.logout(userOf(req), req.sessionId!, metaOf(req));
      clearSessionCookies(reply);
      return reply.code(204).send(null);
    },
  });

  r.post('/api/auth/password', {
    config: {
      access: { permission: 'account.self', duringPasswordChange: true },
      rateLimit: { max: 20, timeWindow: '1 minute' },
    },
    schema: { tags: ['auth'], summary: '修改密码', body: ZChangePasswordBody, response: { 200: ZMe } },
    handler: async (req) => {
      const user = userOf(req);
      await deps.auth.changePassword(user, req.sessionId!, req.body.currentPassword, req.body.newPassword, metaOf(req));
      return me({ ...user, mustChangePassword: false }, req.csrfToken!);
    },
  });

  r.get('/api/me', {
    config: { access: { permission: 'account.self', duringPasswordChange: true } },
    schema: { tags: ['auth'], summary: '当前用户', response: { 200: ZMe } },
    handler: async (req) => me(userOf(req), req.csrfToken!),
  });
}
