import type { TIssueDocumentInput, TTemplateInput } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { downloadFrom, openFrom } from '../../lib/download';

export type Document = paths['/api/documents/{id}']['get']['responses'][200]['content']['application/json'];
export type EffectiveTemplate =
  paths['/api/document-templates']['get']['responses'][200]['content']['application/json']['items'][number];
export type Template = paths['/api/document-templates/{id}']['get']['responses'][200]['content']['application/json'];
export type TemplateField = Template['fields'][number];
export type PublicDocument =
  paths['/api/public/documents/{code}']['get']['responses'][200]['content']['application/json'];
export type FieldValues = Record<string, string | number | null>;

export interface DocumentFilter {
  kind?: string;
  year?: number;
  linkedType?: string;
  linkedId?: string;
}

const PAGE_SIZE = 30;

export const documentKeys = {
  all: ['documents'] as const,
  list: (filter: DocumentFilter) => ['documents', 'list', filter] as const,
  detail: (id: number) => ['documents', 'detail', id] as const,
  templates: ['document-templates'] as const,
  effective: ['document-templates', 'effective'] as const,
  template: (id: number) => ['document-templates', 'one', id] as const,
  versions: (id: number) => ['document-templates', 'versions', id] as const,
  verify: (code: string) => ['public-document', code] as const,
};

export const fetchDocuments = (filter: DocumentFilter, cursor?: string) =>
  unwrap(api.GET('/api/documents', { params: { query: { ...filter, cursor, limit: PAGE_SIZE } } }));

export const fetchDocument = (id: number): Promise<Document> =>
  unwrap(api.GET('/api/documents/{id}', { params: { path: { id } } }));

export const issueDocument = (body: TIssueDocumentInput): Promise<Document> =>
  unwrap(api.POST('/api/documents', { body }));

export const revokeDocument = (id: number, reason: string): Promise<Document> =>
  unwrap(api.POST('/api/documents/{id}/revoke', { params: { path: { id } }, body: { reason } }));

export const downloadDocument = (doc: Pick<Document, 'id' | 'number'>, format: 'pdf' | 'docx') =>
  downloadFrom(
    format === 'pdf'
      ? api.GET('/api/documents/{id}/pdf', { params: { path: { id: doc.id } }, parseAs: 'blob' })
      : api.GET('/api/documents/{id}/docx', { params: { path: { id: doc.id } }, parseAs: 'blob' }),
    `${doc.number}.${format}`,
  );

export const fetchEffectiveTemplates = () => unwrap(api.GET('/api/document-templates')).then((r) => r.items);

export const fetchTemplate = (id: number): Promise<Template> =>
  unwrap(api.GET('/api/document-templates/{id}', { params: { path: { id } } }));

export const fetchTemplateVersions = (id: number) =>
  unwrap(api.GET('/api/document-templates/{id}/versions', { params: { path: { id } } })).then((r) => r.items);

export const saveTemplate = (id: number, body: TTemplateInput): Promise<Template> =>
  unwrap(api.PUT('/api/document-templates/{id}', { params: { path: { id } }, body }));

/** The sample PDF of a template version (with these values, or its samples), opened in a new tab. */
export const previewTemplate = (id: number, fields?: FieldValues) =>
  openFrom(() =>
    api.POST('/api/document-templates/{id}/preview', {
      params: { path: { id } },
      body: fields ? { fields } : {},
      parseAs: 'blob',
    }),
  );

export const fetchPublicDocument = (code: string): Promise<PublicDocument> =>
  unwrap(api.GET('/api/public/documents/{code}', { params: { path: { code } } }));
