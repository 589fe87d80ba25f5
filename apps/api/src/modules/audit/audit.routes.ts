import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, pageOf } from '@shezu/contracts';
import type { AuditService } from '../../platform/audit/audit.service';
import { actorOf, decodeCursor, encodeCursor, isPositiveInt, userOf } from '../../platform/http';
import { ZExportColumns } from '../../platform/exports/columns';
import type { ExportService } from '../../platform/exports/export.service';
import { auditExport } from './audit.export';

const ZAuditRow = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  regionCode: z.string().nullable(),
  summary: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  hash: z.string(),
});

const ZDateTime = z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601' });
const ZAuditFilter = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  action: z.string().max(50).optional(),
  from: ZDateTime.optional(),
  to: ZDateTime.optional(),
});
const iso = (v: string | undefined) => v && new Date(v).toISOString();

/** Audit rows are read here and nowhere written: appends happen inside each module's own writes. */
export function registerAuditRoutes(app: FastifyInstance, audit: AuditService, exports: ExportService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/audit-logs', {
    config: { access: { permission: 'audit.read' } },
    schema: {
      tags: ['audit'],
      summary: '操作日志（本辖区）',
      querystring: ZPageQuery.extend(ZAuditFilter.shape),
      response: { 200: pageOf(ZAuditRow) },
    },
    handler: async (req) => {
      const { limit, cursor, from, to, ...filter } = req.query;
      const beforeId = decodeCursor(cursor, isPositiveInt);
      const f = {
        ...filter,
        beforeId,
        from: from && new Date(from).toISOString(),
        to: to && new Date(to).toISOString(),
      };
      const rows = await audit.list(userOf(req), f, limit + 1);
      const page = rows.slice(0, limit).map(({ prevHash: _p, ...row }) => row);
      return { items: page, nextCursor: rows.length > limit ? encodeCursor(page.at(-1)!.id) : null };
    },
  });

  r.get('/api/audit-logs/export', {
    config: { access: { permission: 'audit.export' } },
    schema: {
      tags: ['audit'],
      summary: '导出操作日志（Excel；与列表相同的筛选和范围，留痕并带水印）',
      querystring: ZAuditFilter.extend({ columns: ZExportColumns }),
    },
    handler: async (req, reply) => {
      const { from, to, ...rest } = req.query;
      const query = { ...rest, from: iso(from), to: iso(to) };
      return exports.send(reply, auditExport(audit, userOf(req), actorOf(req), query));
    },
  });
}
