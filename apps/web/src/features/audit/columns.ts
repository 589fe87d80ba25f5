import type { MessageKey } from '../../lib/i18n';

/** A column of the audit list and the export columns (the API's allow-list) that carry its content. */
export interface AuditColumn {
  key: string;
  label: MessageKey;
  exportKeys: string[];
  shownByDefault: boolean;
}

export const AUDIT_COLUMNS: readonly AuditColumn[] = [
  { key: 'id', label: 'audit.colId', exportKeys: ['id'], shownByDefault: false },
  { key: 'at', label: 'audit.colAt', exportKeys: ['at'], shownByDefault: true },
  { key: 'actor', label: 'audit.colActor', exportKeys: ['actorName'], shownByDefault: true },
  { key: 'action', label: 'audit.colAction', exportKeys: ['action'], shownByDefault: true },
  { key: 'entity', label: 'audit.colEntity', exportKeys: ['entity', 'entityId'], shownByDefault: true },
  { key: 'summary', label: 'audit.colSummary', exportKeys: ['summary'], shownByDefault: true },
  { key: 'ip', label: 'audit.colIp', exportKeys: ['ip'], shownByDefault: true },
  { key: 'requestId', label: 'audit.colRequestId', exportKeys: ['requestId'], shownByDefault: true },
  { key: 'hash', label: 'audit.hash', exportKeys: ['hash'], shownByDefault: false },
];

export const DEFAULT_AUDIT_COLUMNS = AUDIT_COLUMNS.filter((c) => c.shownByDefault).map((c) => c.key);

export const exportColumnsOf = (visible: readonly string[]) =>
  AUDIT_COLUMNS.filter((c) => visible.includes(c.key))
    .flatMap((c) => c.exportKeys)
    .join(',');
