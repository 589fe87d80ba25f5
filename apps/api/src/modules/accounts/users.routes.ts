import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES, ZPageQuery, ZRegionCode, ZUser, ZUserCreate, ZUserUpdate, pageOf } from '@shezu/contracts';
import { actorOf, decodeCursor, encodeCursor, isPositiveInt, userOf } from '../../platform/http';
import { ZExportColumns } from '../../platform/exports/columns';
import type { ExportService } from '../../platform/exports/export.service';
import type { UsersService } from './users.service';
import { userExport } from './users.export';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const ZVersion = z.object({ version: z.number().int().positive() });
const ZUserFilter = z.object({
  q: z.string().trim().max(50).optional(),
  role: z.enum(ROLES).optional(),
  regionCode: ZRegionCode.optional(),
  unitId: z.coerce.number().int().positive().optional(),
  disabled: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export function registerUserRoutes(app: FastifyInstance, users: UsersService, exports: ExportService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manage = { access: { permission: 'users.manage' as const } };

  r.get('/api/users', {
    config: { access: { permission: 'users.read' } },
    schema: {
      tags: ['users'],
      summary: '账号列表',
      querystring: ZPageQuery.extend(ZUserFilter.shape),
      response: { 200: pageOf(ZUser) },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const afterId = decodeCursor(cursor, isPositiveInt);
      const items = await users.list(userOf(req), { ...filter, afterId }, limit + 1);
      const page = items.slice(0, limit);
      return { items: page, nextCursor: items.length > limit ? encodeCursor(page.at(-1)!.id) : null };
    },
  });

  r.get('/api/users/export', {
    config: { access: { permission: 'users.export' } },
    schema: {
      tags: ['users'],
      summary: '导出账号列表（Excel；与列表相同的筛选和范围，个人信息脱敏，留痕并带水印）',
      querystring: ZUserFilter.extend({ columns: ZExportColumns }),
    },
    handler: async (req, reply) =>
      exports.send(reply, userExport(users, userOf(req), actorOf(req), exports.now(), req.query)),
  });

  r.get('/api/users/:id', {
    config: { access: { permission: 'users.read' } },
    schema: { tags: ['users'], summary: '账号详情', params: ZId, response: { 200: ZUser } },
    handler: async (req) => users.get(userOf(req), req.params.id),
  });

  r.post('/api/users', {
    config: manage,
    schema: { tags: ['users'], summary: '新建账号', body: ZUserCreate, response: { 201: ZUser } },
    handler: async (req, reply) => reply.code(201).send(await users.create(userOf(req), actorOf(req), req.body)),
  });

  r.put('/api/users/:id', {
    config: manage,
    schema: { tags: ['users'], summary: '修改账号', params: ZId, body: ZUserUpdate, response: { 200: ZUser } },
    handler: async (req) => users.update(userOf(req), actorOf(req), req.params.id, req.body),
  });

  r.post('/api/users/:id/reset-password', {
    config: manage,
    schema: {
      tags: ['users'],
      summary: '重置密码（返回一次性初始密码）',
      params: ZId,
      body: ZVersion,
      response: { 200: z.object({ initialPassword: z.string() }) },
    },
    handler: async (req) => ({
      initialPassword: await users.resetPassword(userOf(req), actorOf(req), req.params.id, req.body.version),
    }),
  });

  r.post('/api/users/:id/disable', {
    config: manage,
    schema: { tags: ['users'], summary: '停用账号', params: ZId, body: ZVersion, response: { 200: ZUser } },
    handler: async (req) => users.setDisabled(userOf(req), actorOf(req), req.params.id, true, req.body.version),
  });

  r.post('/api/users/:id/enable', {
    config: manage,
    schema: { tags: ['users'], summary: '启用账号', params: ZId, body: ZVersion, response: { 200: ZUser } },
    handler: async (req) => users.setDisabled(userOf(req), actorOf(req), req.params.id, false, req.body.version),
  });

  r.post('/api/users/:id/unlock', {
    config: manage,
    schema: { tags: ['users'], summary: '解除登录锁定', params: ZId, response: { 200: ZUser } },
    handler: async (req) => users.unlock(userOf(req), actorOf(req), req.params.id),
  });

  r.get('/api/users/:id/personal-data', {
    config: { access: { permission: 'users.pii' } },
    schema: {
      tags: ['users'],
      summary: '查看完整个人信息（留痕）',
      params: ZId,
      response: { 200: z.object({ phone: z.string().nullable(), idNumber: z.string().nullable() }) },
    },
    handler: async (req) => users.revealPii(userOf(req), actorOf(req), req.params.id),
  });
}
