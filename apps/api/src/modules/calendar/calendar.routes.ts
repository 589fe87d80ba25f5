import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIsoDate } from '@shezu/contracts';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import { actorOf, userOf } from '../../platform/http';

const ZYear = z.object({ year: z.coerce.number().int().min(2000, '年份不正确').max(2100, '年份不正确') });
const ZDay = z.object({ date: ZIsoDate, name: z.string().trim().min(1, '请填写名称').max(30) });
const ZYearRow = z.object({
  year: z.number().int(),
  source: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  holidays: z.number().int(),
  workdays: z.number().int(),
});

export function registerCalendarRoutes(app: FastifyInstance, calendar: CalendarService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/calendar/status', {
    config: { access: { permission: 'calendar.read' } },
    schema: {
      tags: ['calendar'],
      summary: '节假日数据维护情况（缺失年份为提醒）',
      response: { 200: z.object({ years: z.array(ZYearRow), missingYears: z.array(z.number().int()) }) },
    },
    handler: async () => calendar.status(),
  });

  r.get('/api/calendar/years/:year/days', {
    config: { access: { permission: 'calendar.read' } },
    schema: {
      tags: ['calendar'],
      summary: '某年的假日与调休上班日',
      params: ZYear,
      response: {
        200: z.array(z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() })),
      },
    },
    handler: async (req) => calendar.days(req.params.year),
  });

  r.put('/api/calendar/years/:year', {
    config: { access: { permission: 'calendar.manage' } },
    schema: {
      tags: ['calendar'],
      summary: '维护某年的节假日安排（整年替换）',
      params: ZYear,
      body: z.object({
        source: z.string().trim().min(4, '请填写依据（通知名称及文号）').max(200),
        version: z.number().int().positive().nullable(),
        holidays: z.array(ZDay).max(60),
        workdays: z.array(ZDay).max(20),
      }),
      response: { 200: ZYearRow },
    },
    handler: async (req) => calendar.replaceYear(userOf(req), actorOf(req), req.params.year, req.body),
  });

  r.get('/api/calendar/working-days', {
    config: { access: { permission: 'calendar.read' } },
    schema: {
      tags: ['calendar'],
      summary: '计算 N 个工作日后的日期',
      querystring: z.object({ from: ZIsoDate, days: z.coerce.number().int().min(-366).max(366) }),
      response: { 200: z.object({ date: z.string(), missingYears: z.array(z.number().int()) }) },
    },
    handler: async (req) => {
      const r = await calendar.addWorkingDays(req.query.from, req.query.days);
      return { date: r.value, missingYears: r.missingYears };
    },
  });
}
