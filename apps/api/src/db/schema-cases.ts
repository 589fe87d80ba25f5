import type { ColumnType, Generated } from 'kysely';

/** Tables of modules/supervision/cases (migration 0018-supervision-cases). Each part keeps to its block. */
type Json = ColumnType<unknown, string | null, string | null>;
type Id = Generated<number>;
type Bool = ColumnType<boolean | number, boolean | undefined, boolean>;
type NullableBool = ColumnType<boolean | number | null, boolean | null | undefined, boolean | null>;
type Version = ColumnType<number, number | undefined, number>;

// ---- coordinated cases (cases part) ----------------------------------------------------------------------

export interface SupervisionCasesTable {
  id: Id;
  orgId: number;
  orgName: string;
  uscc: string | null;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  source: string;
  sourceRef: string | null;
  title: string;
  detail: string;
  handlerId: number | null;
  handlerName: string;
  status: string;
  openedOn: string;
  feedback: string | null;
  feedbackOn: string | null;
  verifiedOn: string | null;
  verifiedByName: string | null;
  conclusion: string | null;
  substantiated: NullableBool;
  closedOn: string | null;
  closedByName: string | null;
  alarmed: Bool;
  version: Version;
  createdBy: number | null;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
}

export interface SupervisionCaseMeasuresTable {
  id: Id;
  caseId: number;
  orgId: number;
  kind: string;
  deadline: string;
  requirement: string;
  talk: Json;
  documentId: number | null;
  documentNumber: string | null;
  status: string;
  issuedOn: string;
  issuedByName: string;
  answer: string | null;
  answerFiles: Json;
  answeredOn: string | null;
  answeredByName: string | null;
  returnReason: string | null;
  verifiedOn: string | null;
  verifiedByName: string | null;
  overduePublishedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SupervisionCaseTasksTable {
  id: Id;
  caseId: number;
  unitId: number;
  unitName: string;
  request: string;
  deadline: string;
  status: string;
  feedback: string | null;
  feedbackFiles: Json;
  doneOn: string | null;
  doneByName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SupervisionCaseAlarmsTable {
  id: Id;
  caseId: number;
  kind: string;
  targetType: string;
  targetId: number;
  dueOn: string;
  raisedOn: string;
  resolvedOn: string | null;
  summary: string;
}

export interface SupervisionCaseEventsTable {
  id: Id;
  caseId: number;
  action: string;
  summary: string;
  actorName: string;
  at: string;
}

interface CaseTables {
  supervisionCases: SupervisionCasesTable;
  supervisionCaseMeasures: SupervisionCaseMeasuresTable;
  supervisionCaseTasks: SupervisionCaseTasksTable;
  supervisionCaseAlarms: SupervisionCaseAlarmsTable;
  supervisionCaseEvents: SupervisionCaseEventsTable;
}

// ---- complaints (complaints part) ------------------------------------------------------------------------

export interface ComplaintsTable {
  id: Id;
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
  version: Version;
}

export interface ComplaintAttachmentsTable {
  id: Id;
  complaintId: number;
  fileId: number;
}

interface ComplaintTables {
  complaints: ComplaintsTable;
  complaintAttachments: ComplaintAttachmentsTable;
}

export interface CasesTables extends CaseTables, ComplaintTables {}
