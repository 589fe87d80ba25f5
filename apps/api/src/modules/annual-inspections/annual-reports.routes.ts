import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAnnualReportDetail,
  ZAnnualReportQuery,
  ZAnnualReportSummary,
  ZBatchApprove,
  ZBatchResult,
  ZReportAction,
  ZReportConclude,
  ZReportReturn,
  ZSectionParam,
  ZSectionSave,
  ZSectionSaved,
  pageOf,
} from '@shezu/contracts';
import type { DocumentsService } from '../../platform/documents/documents.service';
import type { ExportService } from '../../platform/exports/export.service';
import { ZExportColumns } from '../../platform/exports/columns';
import { contentDisposition } from '../../platform/files/names';
import { actorOf, userOf } from '../../platform/http';
import { AppError } from '../../platform/errors';
import { annualExport } from './annual.export';
import { renderReportPdf } from './report-pdf';
import type { ReportsService } from './reports.service';
import type { ReviewService } from './review.service';

const ZId = z.object({ id: z.coerce.number().int().positive() });

/** Filling (organization accounts), the review chain (units, bureaus) and the queues. */
export function registerAnnualReportRoutes(
  app: FastifyInstance,
  deps: { reports: ReportsService; review: ReviewService; exports: ExportService; documents: DocumentsService },
): void {
  const { reports, review } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['annual-inspections'];
  const read = { access: { permission: 'annual.read' as const } };
  const fill = { access: { permission: 'annual.fill' as const } };
  const reviewAccess = { access: { permission: 'annual.review' as const } };
  const decide = { access: { permission: 'annual.decide' as const } };
  const response = { 200: ZAnnualReportDetail };

  r.get('/api/annual-reports', {
    config: read,
    schema: {
      tags,
      summary: '年度报告列表与审核队列（按风险从高到低）',
      querystring: ZAnnualReportQuery,
      response: { 200: pageOf(ZAnnualReportSummary) },
    },
    handler: (req) => reports.list(userOf(req), req.query),
  });

  r.get('/api/annual-reports/export', {
    config: read,
    schema: {
      tags,
      summary: '导出年度报告名单（Excel，条件同列表，留痕并加水印）',
      querystring: ZAnnualReportQuery.omit({ limit: true, cursor: true }).extend({ columns: ZExportColumns }),
    },
    handler: (req, reply) => deps.exports.send(reply, annualExport(reports, userOf(req), actorOf(req), req.query)),
  });

  r.get('/api/annual-reports/:id/pdf', {
    config: read,
    schema: { tags, summary: '下载年度报告（PDF）', params: ZId },
    handler: async (req, reply) => {
      const detail = await reports.get(userOf(req), req.params.id);
      const pdf = await renderReportPdf(detail, new Date());
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(`${detail.orgName}${detail.year}年度工作报告.pdf`))
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  });

  r.get('/api/annual-reports/:id/conclusion-notice', {
    config: read,
    schema: { tags, summary: '下载年检结论通知书（PDF，带核验二维码）', params: ZId },
    handler: async (req, reply) => {
      const r0 = await reports.load(userOf(req), req.params.id);
      const doc = r0.conclusionDocumentId ? await deps.documents.findById(r0.conclusionDocumentId) : undefined;
      if (!doc) throw new AppError('NOT_FOUND', '尚未作出年检结论');
      const f = await deps.documents.fileOf(doc, 'pdf');
      return reply
        .header('content-type', f.contentType)
        .header('content-disposition', contentDisposition(f.filename))
        .header('cache-control', 'private, no-store')
        .send(f.bytes);
    },
  });

  r.get('/api/annual-reports/:id', {
    config: read,
    schema: { tags, summary: '年度报告详情（含指标体系、自动检查结果、审核意见和历次版本）', params: ZId, response },
    handler: (req) => reports.get(userOf(req), req.params.id),
  });

  r.put('/api/annual-reports/:id/sections/:section', {
    config: fill,
    schema: {
      tags,
      summary: '自动保存报告的一个部分（金额以分为单位）',
      params: ZSectionParam,
      body: ZSectionSave,
      response: { 200: ZSectionSaved },
    },
    handler: (req) =>
      reports.saveSection(userOf(req), actorOf(req), req.params.id, req.params.section, req.body.values),
  });

  r.post('/api/annual-reports/:id/submit', {
    config: fill,
    schema: { tags, summary: '提交（或改正后重新提交）年度报告', params: ZId, body: ZReportAction, response },
    handler: async (req) => {
      await review.submit(userOf(req), actorOf(req), req.params.id, req.body.version);
      return reports.get(userOf(req), req.params.id);
    },
  });

  for (const step of ['supervisor', 'party'] as const) {
    const name = step === 'supervisor' ? '业务主管单位' : '党建工作机构';
    r.post(`/api/annual-reports/:id/${step}-approve`, {
      config: reviewAccess,
      schema: { tags, summary: `${name}审查同意`, params: ZId, body: ZReportAction, response },
      handler: async (req) => {
        await review.approve(userOf(req), actorOf(req), req.params.id, step, req.body.version, req.body.comment);
        return reports.get(userOf(req), req.params.id);
      },
    });
    r.post(`/api/annual-reports/:id/${step}-return`, {
      config: reviewAccess,
      schema: { tags, summary: `${name}退回修改（意见可附在指标上）`, params: ZId, body: ZReportReturn, response },
      handler: async (req) => {
        await review.returnReport(userOf(req), actorOf(req), req.params.id, step, req.body);
        return reports.get(userOf(req), req.params.id);
      },
    });
  }

  r.post('/api/annual-reports/:id/conclude', {
    config: decide,
    schema: {
      tags,
      summary: '登记管理机关作出年检结论（合格、基本合格、不合格）',
      params: ZId,
      body: ZReportConclude,
      response,
    },
    handler: async (req) => {
      await review.conclude(userOf(req), actorOf(req), req.params.id, req.body);
      return reports.get(userOf(req), req.params.id);
    },
  });

  r.post('/api/annual-reports/:id/return', {
    config: decide,
    schema: { tags, summary: '登记管理机关退回修改', params: ZId, body: ZReportReturn, response },
    handler: async (req) => {
      await review.returnReport(userOf(req), actorOf(req), req.params.id, 'authority', req.body);
      return reports.get(userOf(req), req.params.id);
    },
  });

  r.post('/api/annual-reports/batch-approve', {
    config: read,
    schema: {
      tags,
      summary: '批量通过无规则提示、无风险的报告（本环节审查同意，或结论合格）',
      body: ZBatchApprove,
      response: { 200: ZBatchResult },
    },
    handler: (req) => review.batchApprove(userOf(req), actorOf(req), req.body.items, req.body.comment),
  });
}
