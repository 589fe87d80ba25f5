import { MAX_UPLOAD_BYTES, MB, policies, type FilePurposes } from '../../platform/files/purposes';

/** A ledger upload: content-checked .xlsx of at most this size (about 200,000 rows of a full sheet). */
export const LEDGER_MAX_BYTES = 40 * MB;

/**
 * Uploads of ledgers and the generated check reports. Both hold personal data (ID numbers, phones), so
 * every download is audited; only the uploader reads them through the files routes, the bureau through
 * the ledger routes.
 */
export function registerLedgerPurposes(purposes: FilePurposes): void {
  purposes.register({
    name: 'ledger',
    label: '台账文件',
    types: ['xlsx'],
    maxBytes: LEDGER_MAX_BYTES,
    uploadPermission: 'ledgers.import',
    auditReads: true,
    canRead: policies.uploader,
  });
  purposes.register({
    name: 'ledger_report',
    label: '台账校验报告',
    types: ['xlsx'],
    maxBytes: MAX_UPLOAD_BYTES,
    uploadPermission: null,
    auditReads: true,
    canRead: policies.uploader,
  });
}
