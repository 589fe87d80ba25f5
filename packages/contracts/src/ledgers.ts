import { z } from 'zod';
import { ZRegionCode } from './regions';

/** Excel ledgers (台账) that import into the register or into the community-organization filings. */
export const LEDGER_KINDS = ['orgs', 'community_orgs'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * validating → invalid (errors listed, nothing can be written) | ready → committing → committed;
 * failed (the check or the commit stopped, nothing written) and cancelled end a run too.
 */
export const LEDGER_IMPORT_STATUSES = [
  'validating',
  'invalid',
  'ready',
  'committing',
  'committed',
  'failed',
  'cancelled',
] as const;
export type LedgerImportStatus = (typeof LEDGER_IMPORT_STATUSES)[number];

/** At most this many errors and warnings are kept with an import; the report sheet has them all. */
export const LEDGER_ISSUES_KEPT = 200;
/** Data rows one file may hold. */
export const LEDGER_MAX_ROWS = 200_000;

/** One problem of one row: the sheet's row number (the header is row 1) and the column heading. */
export const ZLedgerIssue = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type TLedgerIssue = z.infer<typeof ZLedgerIssue>;

export const ZLedgerImport = z.object({
  id: z.number().int(),
  kind: z.enum(LEDGER_KINDS),
  /** The bureau (orgs) or township (community orgs) the rows are imported for. */
  regionCode: z.string(),
  regionName: z.string(),
  status: z.enum(LEDGER_IMPORT_STATUSES),
  fileId: z.number().int(),
  fileName: z.string(),
  /** SM3 of the uploaded file, as audited at commit. */
  fileChecksum: z.string(),
  sheetName: z.string(),
  /** Data rows read (null until the check has finished). */
  totalRows: z.number().int().nullable(),
  validRows: z.number().int().nullable(),
  errorRows: z.number().int().nullable(),
  errorCount: z.number().int().nullable(),
  /** Rows whose credit code fails only the final check digit (pilot-area codes): need the override. */
  pilotRows: z.number().int().nullable(),
  warningRows: z.number().int().nullable(),
  /** The first errors and warnings (see LEDGER_ISSUES_KEPT); the report has every one. */
  errors: z.array(ZLedgerIssue),
  warnings: z.array(ZLedgerIssue),
  overridePilotCodes: z.boolean(),
  reportFileId: z.number().int().nullable(),
  /** The background run now or last working on the import: progress at GET /api/job-runs/{id}. */
  jobRunId: z.number().int().nullable(),
  failure: z.string().nullable(),
  committedCount: z.number().int().nullable(),
  createdBy: z.number().int().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  validatedAt: z.string().nullable(),
  committedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type TLedgerImport = z.infer<typeof ZLedgerImport>;

export const ZLedgerImportCreate = z.object({
  fileId: z.number({ message: '请先上传台账文件' }).int().positive(),
  /** Accept pilot-area credit codes that fail only the final check digit (audited, warning kept on the org). */
  overridePilotCodes: z.boolean().default(false),
});

/** Township staff import for their township; county bureau staff name a township of their county. */
export const ZCommunityLedgerImportCreate = z.object({
  fileId: z.number({ message: '请先上传台账文件' }).int().positive(),
  regionCode: ZRegionCode.optional(),
});

export const ZLedgerCommit = z.object({ overridePilotCodes: z.boolean().optional() });

export const ZLedgerImportListQuery = z.object({
  kind: z.enum(LEDGER_KINDS).optional(),
  status: z.enum(LEDGER_IMPORT_STATUSES).optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export type TLedgerImportListQuery = z.infer<typeof ZLedgerImportListQuery>;
