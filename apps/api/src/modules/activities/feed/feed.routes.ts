import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZLikeResult,
  ZPublicActivity,
  ZPublicActivityCard,
  ZPublicActivityQuery,
  ZPublicOrgActivityTotals,
  pageOf,
} from '@shezu/contracts';
import type { Services } from '../../../services';
import { randomToken } from '../../../platform/crypto';
import { notFound } from '../../../platform/errors';
import { qrPng } from '../../../platform/documents/qr';

const ZId = z.object({ id: z.coerce.number().int().positive() });
/** The visitor token: random, httpOnly, only sent to the feed's own paths; the server keeps only its HMAC. */
export const VISITOR_COOKIE = 'shezu_visitor';
const VISITOR_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const COOKIE_PATH = '/api/public/activities';

const publicRoute = (max: number, timeWindow = '1 minute') => ({
  access: { public: true as const },
  rateLimit: { max, timeWindow },
});

function visitorOf(req: FastifyRequest): string | undefined {
  const v = req.cookies[VISITOR_COOKIE];
  return v && VISITOR_TOKEN.test(v) ? v : undefined;
}

/** The visitor's token, issued now when the browser has none (a year; a cleared cookie is a new visitor). */
function ensureVisitor(req: FastifyRequest, reply: FastifyReply): string {
  const known = visitorOf(req);
  if (known) return known;
  const token = randomToken(32);
  reply.setCookie(VISITOR_COOKIE, token, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    maxAge: 365 * 24 * 3600,
  });
  return token;
}

/** The public feed: no login, rate limited per address; likes one per visitor token. */
export function registerFeedRoutes(app: FastifyInstance, services: Services): void {
  const { feed } = services.activities;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['activities-public'];

  r.get('/api/public/activities', {
    config: publicRoute(300),
    schema: {
      tags,
      summary: '社会组织活动公开（已公开的活动，最新在前；可按地区、行业类别、组织筛选）',
      querystring: ZPublicActivityQuery,
      response: { 200: pageOf(ZPublicActivityCard) },
    },
    handler: (req) => feed.list(req.query),
  });

  r.get('/api/public/activities/:id', {
    config: publicRoute(300),
    schema: { tags, summary: '公开活动详情（计一次浏览）', params: ZId, response: { 200: ZPublicActivity } },
    handler: async (req) => {
      const visitor = visitorOf(req);
      const activity = await feed.get(req.params.id, visitor);
      const counted = await feed.view(req.params.id, visitor ? feed.visitorHash(visitor) : `ip:${req.ip}`);
      return counted ? { ...activity, viewCount: activity.viewCount + 1 } : activity;
    },
  });

  r.post('/api/public/activities/:id/shares', {
    config: publicRoute(30),
    schema: { tags, summary: '分享活动（计一次分享）', params: ZId, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await feed.share(req.params.id);
      return reply.code(204).send(null);
    },
  });

  // A visitor likes a handful of activities a minute; a script pumping likes from one address is stopped here,
  // and a script without cookies gets a new token each time but still the same address.
  r.post('/api/public/activities/:id/likes', {
    config: publicRoute(30),
    schema: { tags, summary: '点赞（每位访客每个活动一次）', params: ZId, response: { 200: ZLikeResult } },
    handler: (req, reply) => feed.like(req.params.id, ensureVisitor(req, reply)),
  });

  r.delete('/api/public/activities/:id/likes', {
    config: publicRoute(30),
    schema: { tags, summary: '取消点赞', params: ZId, response: { 200: ZLikeResult } },
    handler: (req) => feed.unlike(req.params.id, visitorOf(req)),
  });

  r.get('/api/public/activities/:id/photos/:photoId', {
    config: publicRoute(600),
    schema: {
      tags,
      summary: '公开活动照片（仅可公开的照片；size=thumb 缩略图）',
      params: ZId.extend({ photoId: z.coerce.number().int().positive() }),
      querystring: z.object({ size: z.enum(['thumb', 'full']).default('full') }),
    },
    handler: async (req, reply) => {
      const { file, stream } = await feed.photo(req.params.id, req.params.photoId, req.query.size);
      if (!file.mime.startsWith('image/')) {
        stream.destroy();
        throw notFound('照片不存在');
      }
      stream.once('error', (err) => req.log.error({ err, fileId: file.id }, 'photo content failed its check'));
      return (
        reply
          .header('content-type', file.mime)
          .header('content-length', String(file.size))
          .header('x-content-type-options', 'nosniff')
          // Short: an unpublished activity's photos leave shared caches within minutes.
          .header('cache-control', 'public, max-age=600')
          .send(stream)
      );
    },
  });

  r.get('/api/public/activities/:id/qr.png', {
    config: publicRoute(120),
    schema: { tags, summary: '活动页二维码（PNG，分享到即时通讯）', params: ZId },
    handler: async (req, reply) => {
      await feed.assertPublished(req.params.id);
      const png = await qrPng(feed.pageUrl(req.params.id));
      return reply.type('image/png').header('cache-control', 'public, max-age=86400').send(png);
    },
  });

  r.get('/api/public/orgs/:uscc/activity-totals', {
    config: publicRoute(300),
    schema: {
      tags,
      summary: '社会组织已公开活动数及浏览、分享、点赞合计',
      params: z.object({ uscc: z.string().trim().min(1).max(18) }),
      response: { 200: ZPublicOrgActivityTotals },
    },
    handler: (req) => feed.orgTotals(req.params.uscc),
  });
}
