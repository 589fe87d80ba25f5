import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { downloadFrom } from '../../lib/download';

type AuditQuery = NonNullable<paths['/api/audit-logs']['get']['parameters']['query']>;
export type AuditFilter = Omit<AuditQuery, 'cursor' | 'limit'>;
export type AuditRow =
  paths['/api/audit-logs']['get']['responses'][200]['content']['application/json']['items'][number];

const PAGE_SIZE = 50;

export const auditKeys = { list: (filter: AuditFilter) => ['audit-logs', filter] as const };

export const fetchAuditLogs = (filter: AuditFilter, cursor?: string) =>
  unwrap(api.GET('/api/audit-logs', { params: { query: { ...filter, cursor, limit: PAGE_SIZE } } }));

/** A China-time day range as the API's half-open [from, to) instants. */
export function chinaDayRange(fromDay: string, toDay: string): { from: string; to: string } {
  const next = new Date(Date.parse(`${toDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: `${fromDay}T00:00:00+08:00`, to: `${next}T00:00:00+08:00` };
}

/** The trail as Excel with the same filter and the columns shown (the export is itself audited). */
export const exportAuditLogs = (filter: AuditFilter, columns: string) =>
  downloadFrom(
    api.GET('/api/audit-logs/export', { params: { query: { ...filter, columns } }, parseAs: 'blob' }),
    'audit-log.xlsx',
  );
