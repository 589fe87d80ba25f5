import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOpenDataList } from '@shezu/contracts';
import { contentDisposition } from '../../platform/files/names';
import { IntegrityError } from '../../platform/files/streams';
import type { OpenDataService } from './open-data.service';

const MIME = { csv: 'text/csv', jsonl: 'application/x-ndjson', json: 'application/json' } as const;

export function registerOpenDataRoutes(app: FastifyInstance, openData: OpenDataService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/public/open-data', {
    config: { access: { public: true } },
    schema: {
      tags: ['public'],
      summary: '开放数据：当前可下载的文件（每日生成）',
      description:
        '全部公开登记信息的批量下载：orgs（社会组织）和 community-orgs（社区社会组织），各有 CSV（UTF-8 带 BOM）' +
        '和 JSON Lines 两种格式，附 dictionary.json 数据字典（字段名、中文名、类型、代码表）。' +
        '文件每日生成，数据未变化时沿用原文件；实时数据请用 /api/public/orgs。sha256 可用于校验下载。',
      response: { 200: ZOpenDataList },
    },
    handler: async () => openData.list(),
  });

  r.get('/api/public/open-data/:name', {
    // Whole-register files: a person needs a handful, a loop re-downloading them needs stopping.
    config: { access: { public: true }, rateLimit: { max: 60, timeWindow: '1 hour' } },
    schema: {
      tags: ['public'],
      summary: '下载开放数据文件',
      params: z.object({
        name: z.string().regex(/^[a-z][a-z0-9-]{0,40}\.(csv|jsonl|json)$/, '文件名不正确'),
      }),
    },
    handler: async (req, reply) => {
      try {
        const { record, stream } = await openData.open(req.params.name);
        stream.once('error', (err) => req.log.error({ err, name: record.name }, 'open data file failed its check'));
        return reply
          .header('content-type', `${MIME[record.format]}; charset=utf-8`)
          .header('content-length', String(record.bytes))
          .header('content-disposition', contentDisposition(record.name))
          .header('etag', `"${record.sha256}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'public, max-age=3600')
          .send(stream);
      } catch (e) {
        if (e instanceof IntegrityError) req.log.error({ err: e, fileId: e.fileId }, 'stored file failed its check');
        throw e;
      }
    },
  });
}
