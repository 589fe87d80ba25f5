import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZActivityCancel,
  ZActivityDecision,
  ZActivityDetail,
  ZActivityFinish,
  ZActivityInput,
  ZActivityPhoto,
  ZActivityPhotoPatch,
  ZActivityQuery,
  ZActivitySettings,
  ZActivitySettingsInput,
  ZActivityStats,
  ZActivitySummary,
  ZActivityUnpublish,
  ZActivityUpdate,
  pageOf,
} from '@shezu/contracts';
import type { Services } from '../../../services';
import { actorOf, userOf } from '../../../platform/http';
import { readPhotoUpload } from './photo-upload';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const ZPhotoId = z.object({ id: z.coerce.number().int().positive(), photoId: z.coerce.number().int().positive() });
const ZCreated = z.object({ id: z.number().int() });
const ZDone = z.object({ ok: z.literal(true) });
const done = { ok: true as const };

/** Routes of the lifecycle part of activities: the organization's steps, the bureau's decisions, photos, stats. */
export function registerLifecycleRoutes(app: FastifyInstance, services: Services): void {
  const {
    activityLifecycle: life,
    activityPhotos: photos,
    activityQueries: queries,
    activitySettings: settings,
  } = services.activities;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['activities'];
  const read = { access: { permission: 'activities.read' as const } };
  const post = { access: { permission: 'activities.post' as const } };
  const decide = { access: { permission: 'activities.decide' as const } };

  r.get('/api/activities', {
    config: read,
    schema: {
      tags,
      summary: '活动列表（按状态、类型、地区、组织筛选，新的在前；month=YYYY-MM 为日历视图）',
      querystring: ZActivityQuery,
      response: { 200: pageOf(ZActivitySummary) },
    },
    handler: (req) => queries.list(userOf(req), req.query),
  });
  r.post('/api/activities', {
    config: post,
    schema: { tags, summary: '填报活动计划（本组织）', body: ZActivityInput, response: { 201: ZCreated } },
    handler: async (req, reply) => reply.code(201).send(await life.create(userOf(req), actorOf(req), req.body)),
  });
  r.get('/api/activities/:id', {
    config: read,
    schema: {
      tags,
      summary: '活动详情（含照片、参加人员名单和当前可办理的操作）',
      params: ZId,
      response: { 200: ZActivityDetail },
    },
    handler: (req) => queries.get(userOf(req), req.params.id),
  });
  r.put('/api/activities/:id', {
    config: post,
    schema: { tags, summary: '修改活动（带版本号）', params: ZId, body: ZActivityUpdate, response: { 200: ZDone } },
    handler: async (req) => {
      await life.update(userOf(req), actorOf(req), req.params.id, req.body);
      return done;
    },
  });

  r.post('/api/activities/:id/request-approval', {
    config: post,
    schema: {
      tags,
      summary: '申请审批（须审批的活动类型；逾期申请照收但标记逾期）',
      params: ZId,
      response: { 200: z.object({ late: z.boolean() }) },
    },
    handler: (req) => life.requestApproval(userOf(req), actorOf(req), req.params.id),
  });
  r.post('/api/activities/:id/decide-approval', {
    config: decide,
    schema: {
      tags,
      summary: '审批活动（批准或不予批准并说明理由，本级）',
      params: ZId,
      body: ZActivityDecision,
      response: { 200: ZDone },
    },
    handler: async (req) => {
      await life.decideApproval(userOf(req), actorOf(req), req.params.id, req.body);
      return done;
    },
  });
  r.post('/api/activities/:id/start', {
    config: post,
    schema: { tags, summary: '活动开始（须审批的活动须已获批准）', params: ZId, response: { 200: ZDone } },
    handler: async (req) => {
      await life.start(userOf(req), actorOf(req), req.params.id);
      return done;
    },
  });
  r.post('/api/activities/:id/finish', {
    config: post,
    schema: {
      tags,
      summary: '活动结束：填报总结、实到人数和参加人员名单（名单不公开）',
      params: ZId,
      body: ZActivityFinish,
      response: { 200: ZDone },
    },
    handler: async (req) => {
      await life.finish(userOf(req), actorOf(req), req.params.id, req.body);
      return done;
    },
  });
  r.post('/api/activities/:id/submit', {
    config: post,
    schema: {
      tags,
      summary: '提交审核（未开启先审后发时直接公开）',
      params: ZId,
      response: { 200: z.object({ published: z.boolean() }) },
    },
    handler: (req) => life.submit(userOf(req), actorOf(req), req.params.id),
  });
  r.post('/api/activities/:id/review', {
    config: decide,
    schema: {
      tags,
      summary: '公开前审核（先审后发）：通过即公开，或退回修改并说明理由',
      params: ZId,
      body: ZActivityDecision,
      response: { 200: ZDone },
    },
    handler: async (req) => {
      await life.review(userOf(req), actorOf(req), req.params.id, req.body);
      return done;
    },
  });
  r.post('/api/activities/:id/unpublish', {
    config: decide,
    schema: {
      tags,
      summary: '撤下已公开的活动（说明理由）',
      params: ZId,
      body: ZActivityUnpublish,
      response: { 200: ZDone },
    },
    handler: async (req) => {
      await life.unpublish(userOf(req), actorOf(req), req.params.id, req.body.reason);
      return done;
    },
  });
  r.post('/api/activities/:id/cancel', {
    config: post,
    schema: { tags, summary: '取消活动', params: ZId, body: ZActivityCancel, response: { 200: ZDone } },
    handler: async (req) => {
      await life.cancel(userOf(req), actorOf(req), req.params.id, req.body.reason);
      return done;
    },
  });

  r.post('/api/activities/:id/photos', {
    config: post,
    schema: {
      tags,
      summary:
        '上传活动照片（multipart/form-data：可选 caption、showsMinors 字段，再一个 file；自动旋转、缩放并去除 EXIF 和位置信息）',
      consumes: ['multipart/form-data'],
      params: ZId,
      response: { 201: ZActivityPhoto },
    },
    handler: async (req, reply) => {
      const upload = await readPhotoUpload(req, reply);
      return reply.code(201).send(await photos.add(userOf(req), actorOf(req), req.params.id, upload));
    },
  });
  r.patch('/api/activities/:id/photos/:photoId', {
    config: post,
    schema: {
      tags,
      summary: '修改照片说明或“含未成年人”标记（含未成年人的照片不公开）',
      params: ZPhotoId,
      body: ZActivityPhotoPatch,
      response: { 200: ZDone },
    },
    handler: async (req) => {
      await photos.patch(userOf(req), actorOf(req), req.params.id, req.params.photoId, req.body);
      return done;
    },
  });
  r.delete('/api/activities/:id/photos/:photoId', {
    config: post,
    schema: { tags, summary: '删除活动照片', params: ZPhotoId, response: { 200: ZDone } },
    handler: async (req) => {
      await photos.remove(userOf(req), actorOf(req), req.params.id, req.params.photoId);
      return done;
    },
  });

  r.get('/api/activity-stats', {
    config: read,
    schema: {
      tags,
      summary: '活动统计：按类型、下级地区、月份，浏览、分享、点赞数',
      querystring: z.object({
        year: z.coerce.number().int().min(2000, '年份不正确').max(2100, '年份不正确').optional(),
        region: z
          .string()
          .regex(/^\d{2,12}$/, '行政区划代码不正确')
          .optional(),
      }),
      response: { 200: ZActivityStats },
    },
    handler: (req) => queries.stats(userOf(req), req.query),
  });
  r.get('/api/activity-settings', {
    config: read,
    schema: {
      tags,
      summary:
        '本级活动设置：须审批的活动类型和提前天数、先审后发、重大事项提前报告工作日（社会组织看其登记管理机关的）',
      response: { 200: ZActivitySettings },
    },
    handler: (req) => settings.mine(userOf(req)),
  });
  r.put('/api/activity-settings', {
    config: decide,
    schema: {
      tags,
      summary: '保存本级活动设置（带版本号；未保存过时为 0）',
      body: ZActivitySettingsInput,
      response: { 200: ZActivitySettings },
    },
    handler: (req) => settings.save(userOf(req), actorOf(req), req.body),
  });
}
