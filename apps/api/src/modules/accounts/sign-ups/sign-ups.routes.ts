import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZSignUp,
  ZSignUpBody,
  ZSignUpDecision,
  ZSignUpListQuery,
  ZSignUpResult,
  ZSmsCodeRequest,
  ZSmsCodeSent,
  pageOf,
} from '@shezu/contracts';
import { actorOf, decodeCursor, encodeCursor, isPositiveInt, metaOf, userOf } from '../../../platform/http';
import type { SignUpsService } from './sign-ups.service';

const ZId = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const isId = (v: unknown): v is number => isPositiveInt(v) && v <= Number.MAX_SAFE_INTEGER;

/** Portal sign-up (public, rate limited) and its approval by the region's administrators. */
export function registerSignUpRoutes(app: FastifyInstance, signUps: SignUpsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const limited = { max: 10, timeWindow: '1 minute' };

  r.post('/api/public/sms-codes', {
    config: { access: { public: true }, rateLimit: limited },
    schema: {
      tags: ['sign-ups'],
      summary: '获取短信验证码（注册）',
      body: ZSmsCodeRequest,
      response: { 202: ZSmsCodeSent },
    },
    handler: async (req, reply) =>
      reply.code(202).send(await signUps.requestCode(req.body.phone, req.body.purpose, metaOf(req))),
  });

  r.post('/api/public/sign-ups', {
    config: { access: { public: true }, rateLimit: limited },
    schema: {
      tags: ['sign-ups'],
      summary: '门户注册申请人账号（手机验证码）',
      body: ZSignUpBody,
      response: { 201: ZSignUpResult },
    },
    handler: async (req, reply) => reply.code(201).send(await signUps.signUp(req.body, metaOf(req))),
  });

  r.get('/api/sign-ups', {
    config: { access: { permission: 'users.manage' } },
    schema: {
      tags: ['sign-ups'],
      summary: '门户注册申请（本辖区）',
      querystring: ZSignUpListQuery,
      response: { 200: pageOf(ZSignUp) },
    },
    handler: async (req) => {
      const { limit, cursor, status } = req.query;
      const items = await signUps.list(userOf(req), status, decodeCursor(cursor, isId), limit + 1);
      const page = items.slice(0, limit);
      return { items: page, nextCursor: items.length > limit ? encodeCursor(page.at(-1)!.id) : null };
    },
  });

  for (const [path, approve, summary] of [
    ['approve', true, '注册审核通过（账号可登录）'],
    ['reject', false, '注册审核不通过'],
  ] as const) {
    r.post(`/api/sign-ups/:id/${path}`, {
      config: { access: { permission: 'users.manage' } },
      schema: { tags: ['sign-ups'], summary, params: ZId, body: ZSignUpDecision, response: { 200: ZSignUp } },
      handler: async (req) => signUps.decide(userOf(req), actorOf(req), req.params.id, { ...req.body, approve }),
    });
  }
}
