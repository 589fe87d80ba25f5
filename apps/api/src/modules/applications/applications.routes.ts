import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZApplicationChange,
  ZApplicationCreate,
  ZApplicationDetail,
  ZApplicationListQuery,
  ZApplicationSummary,
  ZApplicationUpdate,
  ZRegionCode,
  ZRegionParam,
  ZRegistrationSettings,
  ZRegistrationSettingsInput,
  pageOf,
} from '@shezu/contracts';
import { actorOf, userOf } from '../../platform/http';
import type { ApplicationsService } from './applications.service';
import type { UnitsService } from '../units/units.service';
import type { RegistrationSettingsService } from './settings.service';

export const ZId = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const ZVersionNo = z.coerce.number().int().min(0).max(10_000);

/** The queues, the detail with history and versions, drafts; and the region's registration settings. */
export function registerApplicationRoutes(
  app: FastifyInstance,
  deps: { applications: ApplicationsService; settings: RegistrationSettingsService; units: UnitsService },
): void {
  const { applications, settings, units } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: { permission: 'applications.read' as const } };
  const apply = { access: { permission: 'applications.apply' as const } };

  r.get('/api/applications', {
    config: read,
    schema: {
      tags: ['applications'],
      summary: '登记申请队列（本人的、本单位的、本辖区的；键集分页）',
      querystring: ZApplicationListQuery,
      response: { 200: pageOf(ZApplicationSummary) },
    },
    handler: async (req) => applications.list(userOf(req), req.query),
  });

  r.get('/api/applications/:id', {
    config: read,
    schema: {
      tags: ['applications'],
      summary: '登记申请详情（办理记录、历次提交版本、附件、可办理的操作）',
      params: ZId,
      response: { 200: ZApplicationDetail },
    },
    handler: async (req) => applications.get(userOf(req), req.params.id),
  });

  r.get('/api/applications/:id/diff', {
    config: read,
    schema: {
      tags: ['applications'],
      summary: '两次提交之间的变化（to=0 为正在修改的稿）',
      params: ZId,
      querystring: z.object({ from: ZVersionNo, to: ZVersionNo }),
      response: { 200: z.array(ZApplicationChange) },
    },
    handler: async (req) => applications.diff(userOf(req), req.params.id, req.query.from, req.query.to),
  });

  r.post('/api/applications', {
    config: apply,
    schema: {
      tags: ['applications'],
      summary: '新建登记申请（草稿）',
      body: ZApplicationCreate,
      response: { 201: ZApplicationDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await applications.create(userOf(req), actorOf(req), req.body)),
  });

  r.put('/api/applications/:id', {
    config: apply,
    schema: {
      tags: ['applications'],
      summary: '保存草稿或修改被退回的申请（未提交的个人信息保持不变）',
      params: ZId,
      body: ZApplicationUpdate,
      response: { 200: ZApplicationDetail },
    },
    handler: async (req) => applications.update(userOf(req), actorOf(req), req.params.id, req.body),
  });

  r.get('/api/supervisor-units', {
    config: apply,
    schema: {
      tags: ['applications'],
      summary: '可选的业务主管单位（登记管理机关同级及上级，供申请人填表）',
      querystring: z.object({ authorityRegionCode: ZRegionCode }),
      response: {
        200: z.array(
          z.object({ id: z.number().int(), name: z.string(), regionCode: z.string(), regionName: z.string() }),
        ),
      },
    },
    handler: async (req) =>
      (await units.supervisorsFor(req.query.authorityRegionCode)).map(({ id, name, regionCode, regionName }) => ({
        id,
        name,
        regionCode,
        regionName,
      })),
  });

  r.get('/api/registration-settings/:regionCode', {
    config: { access: { permission: 'account.self' } },
    schema: {
      tags: ['applications'],
      summary: '某地区现行的登记办理设置（时限、筹备环节、注册审核）',
      params: ZRegionParam,
      response: { 200: ZRegistrationSettings },
    },
    handler: async (req) => settings.effective(req.params.regionCode),
  });

  r.put('/api/registration-settings/:regionCode', {
    config: { access: { permission: 'applications.settings' } },
    schema: {
      tags: ['applications'],
      summary: '设置本地区的登记办理时限、筹备环节和注册审核',
      params: ZRegionParam,
      body: ZRegistrationSettingsInput,
      response: { 200: ZRegistrationSettings },
    },
    handler: async (req) => settings.put(userOf(req), actorOf(req), req.params.regionCode, req.body),
  });
}
