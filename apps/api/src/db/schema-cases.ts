import type { ColumnType, Generated } from 'kysely';

/** Tables of modules/supervision/cases (migration 0018-supervision-cases). */
export interface CasesTables extends ComplaintTables {}

// ── complaints (投诉举报): the complaints helper's block ──
type ComplaintVersion = ColumnType<number, number | undefined, number>;

export interface ComplaintsTable {
  id: Generated<number>;
  trackingNo: string;
  lookupHash: string;
  status: string;
  category: string;
  orgId: number | null;
  orgName: string;
  uscc: string | null;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  content: string;
  contactNameEnc: string | null;
  contactPhoneEnc: string | null;
  receivedOn: string;
  receivedAt: string;
  reply: string | null;
  repliedOn: string | null;
  handledBy: number | null;
  handledByName: string | null;
  caseId: number | null;
  version: ComplaintVersion;
}

export interface ComplaintAttachmentsTable {
  id: Generated<number>;
  complaintId: number;
  fileId: number;
}

export interface ComplaintTables {
  complaints: ComplaintsTable;
  complaintAttachments: ComplaintAttachmentsTable;
}
// ── end of complaints block ──
