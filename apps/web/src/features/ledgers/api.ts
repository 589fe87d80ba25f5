import type { LedgerImportStatus, LedgerKind } from '@shezu/contracts';
import { BACKGROUND, api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { downloadFrom } from '../../lib/download';

export type LedgerImport = paths['/api/ledgers/imports/{id}']['get']['responses'][200]['content']['application/json'];
export type LedgerIssue = LedgerImport['errors'][number];

export interface ImportListFilter {
  kind?: LedgerKind;
  status?: LedgerImportStatus;
  mine?: boolean;
}

const PAGE_SIZE = 20;

export const ledgerKeys = {
  all: ['ledgers'] as const,
  list: (f: ImportListFilter) => ['ledgers', 'list', f] as const,
  detail: (id: number) => ['ledgers', 'detail', id] as const,
};

/** The blank template of a ledger: headings, drop-downs with this region's values, a sheet explaining every column. */
export const downloadTemplate = (kind: LedgerKind) =>
  kind === 'orgs'
    ? downloadFrom(api.GET('/api/ledgers/orgs/template', { parseAs: 'blob' }), '社会组织台账导入模板.xlsx')
    : downloadFrom(
        api.GET('/api/ledgers/community-orgs/template', { parseAs: 'blob' }),
        '社区社会组织备案台账导入模板.xlsx',
      );

/** Starts the check of an uploaded ledger (202: the rows are checked by a background job). */
export const createImport = (kind: LedgerKind, body: { fileId: number; regionCode?: string }) =>
  kind === 'orgs'
    ? unwrap(api.POST('/api/ledgers/orgs/imports', { body: { fileId: body.fileId } }))
    : unwrap(api.POST('/api/ledgers/community-orgs/imports', { body }));

export const fetchImports = (f: ImportListFilter, cursor?: string) =>
  unwrap(
    api.GET('/api/ledgers/imports', {
      params: {
        query: {
          kind: f.kind,
          status: f.status,
          mine: f.mine ? 'true' : undefined,
          cursor,
          limit: PAGE_SIZE,
        },
      },
    }),
  );

/** Polled while a check or a commit runs: a timer's request, not the user's (the session may still time out). */
export const fetchImport = (id: number) =>
  unwrap(api.GET('/api/ledgers/imports/{id}', { params: { path: { id } }, headers: BACKGROUND }));

export const commitImport = (id: number, overridePilotCodes: boolean) =>
  unwrap(
    api.POST('/api/ledgers/imports/{id}/commit', {
      params: { path: { id } },
      body: overridePilotCodes ? { overridePilotCodes } : {},
    }),
  );

export const cancelImport = (id: number) =>
  unwrap(api.POST('/api/ledgers/imports/{id}/cancel', { params: { path: { id } } }));

/** The uploaded sheet with an 错误说明 column (holds personal data: the API audits each download). */
export const downloadReport = (imp: Pick<LedgerImport, 'id' | 'fileName'>) =>
  downloadFrom(
    api.GET('/api/ledgers/imports/{id}/report', { params: { path: { id: imp.id } }, parseAs: 'blob' }),
    `${imp.fileName.replace(/\.xlsx$/i, '')}_校验报告.xlsx`,
  );
