import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCommunityLedgerImportCreate,
  ZLedgerCommit,
  ZLedgerImport,
  ZLedgerImportCreate,
  ZLedgerImportListQuery,
  ZRegionCode,
  pageOf,
} from '@shezu/contracts';
import { XLSX_MIME } from '../../platform/exports/export.service';
import { contentDisposition } from '../../platform/files/names';
import { actorOf, userOf } from '../../platform/http';
import type { LedgersService } from './ledgers.service';

const ZId = z.object({ id: z.coerce.number().int().positive() });

export function registerLedgerRoutes(app: FastifyInstance, ledgers: LedgersService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: { permission: 'ledgers.import' as const } };

  for (const [path, kind, title] of [
    ['orgs', 'orgs', '社会组织'],
    ['community-orgs', 'community_orgs', '社区社会组织'],
  ] as const) {
    r.get(`/api/ledgers/${path}/template`, {
      config,
      schema: {
        tags: ['ledgers'],
        summary: `下载${title}台账导入模板（Excel，含填写说明和本地区可选值）`,
        querystring: z.object({ regionCode: ZRegionCode.optional() }),
      },
      handler: async (req, reply) => {
        const t = await ledgers.template(userOf(req), kind, req.query.regionCode);
        return reply
          .header('content-type', XLSX_MIME)
          .header('content-disposition', contentDisposition(t.name))
          .header('cache-control', 'private, no-store')
          .send(t.body);
      },
    });
  }

  r.post('/api/ledgers/orgs/imports', {
    config,
    schema: {
      tags: ['ledgers'],
      summary: '导入社会组织台账：检查文件结构后在后台逐行校验（本级登记管理机关）',
      body: ZLedgerImportCreate,
      response: { 202: ZLedgerImport },
    },
    handler: async (req, reply) =>
      reply.code(202).send(await ledgers.create(userOf(req), actorOf(req), 'orgs', req.body)),
  });

  r.post('/api/ledgers/community-orgs/imports', {
    config,
    schema: {
      tags: ['ledgers'],
      summary: '导入社区社会组织备案台账（乡镇（街道）本级；县级民政部门可为本县乡镇导入）',
      body: ZCommunityLedgerImportCreate,
      response: { 202: ZLedgerImport },
    },
    handler: async (req, reply) =>
      reply.code(202).send(await ledgers.create(userOf(req), actorOf(req), 'community_orgs', req.body)),
  });

  r.get('/api/ledgers/imports', {
    config,
    schema: {
      tags: ['ledgers'],
      summary: '台账导入记录（本辖区，最新在前）',
      querystring: ZLedgerImportListQuery,
      response: { 200: pageOf(ZLedgerImport) },
    },
    handler: async (req) => ledgers.list(userOf(req), req.query),
  });

  r.get('/api/ledgers/imports/:id', {
    config,
    schema: {
      tags: ['ledgers'],
      summary: '台账导入的状态、计数和前若干条错误（进度见 jobRunId 对应的后台任务）',
      params: ZId,
      response: { 200: ZLedgerImport },
    },
    handler: async (req) => ledgers.get(userOf(req), req.params.id),
  });

  r.get('/api/ledgers/imports/:id/report', {
    config,
    schema: { tags: ['ledgers'], summary: '下载校验报告（原表加“错误说明”列；含个人信息，留痕）', params: ZId },
    handler: async (req, reply) => {
      const report = await ledgers.report(userOf(req), actorOf(req), req.params.id);
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-length', String(report.size))
        .header('content-disposition', contentDisposition(report.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(report.stream);
    },
  });

  r.post('/api/ledgers/imports/:id/commit', {
    config,
    schema: {
      tags: ['ledgers'],
      summary: '提交导入：在后台一个事务中全部写入，或全部不写入',
      params: ZId,
      body: ZLedgerCommit,
      response: { 202: ZLedgerImport },
    },
    handler: async (req, reply) =>
      reply.code(202).send(await ledgers.commit(userOf(req), actorOf(req), req.params.id, req.body)),
  });

  r.post('/api/ledgers/imports/:id/cancel', {
    config,
    schema: { tags: ['ledgers'], summary: '取消尚未提交的台账导入', params: ZId, response: { 200: ZLedgerImport } },
    handler: async (req) => ledgers.cancel(userOf(req), actorOf(req), req.params.id),
  });
}
