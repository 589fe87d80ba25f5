import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZDocumentTemplate, ZFieldValues, ZRegionCode, ZTemplateInput } from '@shezu/contracts';
import { actorOf, userOf } from '../../platform/http';
import type { DocumentsService } from '../../platform/documents/documents.service';
import type { TemplatesService } from '../../platform/documents/templates.service';
import { sendFile } from './documents.routes';

const ZId = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const ZEffectiveTemplate = ZDocumentTemplate.extend({
  /** true: the authority has not edited this kind and uses the national default. */
  inherited: z.boolean(),
});

export function registerDocumentTemplateRoutes(
  app: FastifyInstance,
  templates: TemplatesService,
  documents: DocumentsService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/document-templates', {
    config: { access: { permission: 'documents.read' } },
    schema: {
      tags: ['documents'],
      summary: '登记管理机关当前使用的文书模板（每类一份）',
      querystring: z.object({ authorityRegionCode: ZRegionCode.optional() }),
      response: { 200: z.object({ items: z.array(ZEffectiveTemplate) }) },
    },
    handler: async (req) => ({ items: await templates.list(userOf(req), req.query.authorityRegionCode) }),
  });

  r.get('/api/document-templates/:id', {
    config: { access: { permission: 'documents.read' } },
    schema: { tags: ['documents'], summary: '文书模板（某一版本）', params: ZId, response: { 200: ZDocumentTemplate } },
    handler: async (req) => templates.get(userOf(req), req.params.id),
  });

  r.get('/api/document-templates/:id/versions', {
    config: { access: { permission: 'documents.read' } },
    schema: {
      tags: ['documents'],
      summary: '同一模板的全部版本（新版在前）',
      params: ZId,
      response: { 200: z.object({ items: z.array(ZDocumentTemplate) }) },
    },
    handler: async (req) => ({ items: await templates.versions(userOf(req), req.params.id) }),
  });

  r.put('/api/document-templates/:id', {
    config: { access: { permission: 'templates.manage' } },
    schema: {
      tags: ['documents'],
      summary: '修改文书模板（保存为新版本；已制发的文书保留原版本）',
      params: ZId,
      body: ZTemplateInput,
      response: { 200: ZDocumentTemplate },
    },
    handler: async (req) => templates.save(userOf(req), actorOf(req), req.params.id, req.body),
  });

  r.post('/api/document-templates/:id/preview', {
    config: { access: { permission: 'documents.read' } },
    schema: {
      tags: ['documents'],
      summary: '预览文书模板（PDF 样稿，不编号、不保存）',
      params: ZId,
      body: z
        .object({ fields: ZFieldValues.optional(), authorityRegionCode: ZRegionCode.optional() })
        .nullable()
        .optional(),
    },
    handler: async (req, reply) => {
      const pdf = await documents.preview(userOf(req), req.params.id, req.body ?? {});
      return sendFile(reply, { bytes: pdf, contentType: 'application/pdf', filename: '样稿.pdf' }, 'inline');
    },
  });
}
