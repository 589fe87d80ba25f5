import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JOB_RUN_STATUSES, ZJob, ZJobRun, ZJobRunRequest, ZJobUpdate, ZPageQuery, pageOf } from '@shezu/contracts';
import { actorOf, decodeCursor, encodeCursor, isPositiveInt, userOf } from '../../platform/http';
import type { JobsService } from '../../platform/jobs/jobs.service';

const ZName = z.object({ name: z.string().regex(/^[a-z0-9.-]{3,100}$/, '任务名称不正确') });
const ZId = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const isRunId = (v: unknown): v is number => isPositiveInt(v) && v <= Number.MAX_SAFE_INTEGER;

/** The admin page of background jobs, and the progress of a run for whoever requested it. */
export function registerJobRoutes(app: FastifyInstance, jobs: JobsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/jobs', {
    config: { access: { permission: 'jobs.manage' } },
    schema: {
      tags: ['jobs'],
      summary: '后台任务（定义、计划、下次运行、最近一次运行）',
      response: { 200: z.object({ items: z.array(ZJob) }) },
    },
    handler: async (req) => ({ items: await jobs.listJobs(userOf(req)) }),
  });

  r.put('/api/jobs/:name', {
    config: { access: { permission: 'jobs.manage' } },
    schema: { tags: ['jobs'], summary: '启用或停用定时任务', params: ZName, body: ZJobUpdate, response: { 200: ZJob } },
    handler: async (req) => jobs.update(userOf(req), actorOf(req), req.params.name, req.body),
  });

  r.post('/api/jobs/:name/run', {
    config: { access: { permission: 'jobs.manage' } },
    schema: {
      tags: ['jobs'],
      summary: '立即运行（排队后由后台执行）',
      params: ZName,
      body: ZJobRunRequest.optional(),
      response: { 202: ZJobRun },
    },
    handler: async (req, reply) =>
      reply.code(202).send(await jobs.runNow(userOf(req), actorOf(req), req.params.name, req.body?.payload)),
  });

  r.get('/api/job-runs', {
    config: { access: { permission: 'jobs.read-own' } },
    schema: {
      tags: ['jobs'],
      summary: '任务运行记录（管理员：本辖区及平台任务；其他用户：本人发起的）',
      querystring: ZPageQuery.extend({
        job: z.string().max(100).optional(),
        status: z.enum(JOB_RUN_STATUSES).optional(),
        mine: z
          .enum(['true', 'false'])
          .transform((v) => v === 'true')
          .optional(),
      }),
      response: { 200: pageOf(ZJobRun) },
    },
    handler: async (req) => {
      const { limit, cursor, job, ...filter } = req.query;
      const beforeId = decodeCursor(cursor, isRunId);
      const items = await jobs.listRuns(userOf(req), { ...filter, jobName: job, beforeId }, limit + 1);
      const page = items.slice(0, limit);
      return { items: page, nextCursor: items.length > limit ? encodeCursor(page.at(-1)!.id) : null };
    },
  });

  r.get('/api/job-runs/:id', {
    config: { access: { permission: 'jobs.read-own' } },
    schema: { tags: ['jobs'], summary: '任务运行详情与进度', params: ZId, response: { 200: ZJobRun } },
    handler: async (req) => jobs.getRun(userOf(req), req.params.id),
  });

  r.post('/api/job-runs/:id/cancel', {
    config: { access: { permission: 'jobs.read-own' } },
    schema: { tags: ['jobs'], summary: '取消任务运行', params: ZId, response: { 200: ZJobRun } },
    handler: async (req) => jobs.cancel(userOf(req), actorOf(req), req.params.id),
  });
}
