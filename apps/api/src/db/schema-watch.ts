import type { ColumnType, Generated } from 'kysely';

/** Tables of modules/supervision/watch (migration 0020-supervision-watch). */
type Json = ColumnType<unknown, string, string>;
type Id = Generated<number>;
type Bool = ColumnType<boolean | number, boolean | undefined, boolean>;
type Version = ColumnType<number, number | undefined, number>;

// ---- special campaigns (专项整治) ----

export interface SpecialCampaignsTable {
  id: Id;
  authorityRegionCode: string;
  title: string;
  basis: string;
  startsOn: string;
  endsOn: string;
  scope: Json;
  form: Json;
  status: string;
  inScopeCount: ColumnType<number, number | undefined, number>;
  createdBy: number | null;
  createdByName: string | null;
  version: Version;
  createdAt: string;
  updatedAt: string;
}

export interface CampaignOrgsTable {
  id: Id;
  campaignId: number;
  orgId: number;
  orgName: string;
  uscc: string | null;
  orgType: string;
  categoryCode: string;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  status: string;
  answers: ColumnType<unknown, string | null | undefined, string | null>;
  problemFound: Bool;
  submittedAt: string | null;
  submittedByName: string | null;
  rectification: string;
  rectificationEvidence: string | null;
  rectifiedAt: string | null;
  confirmedAt: string | null;
  confirmedByName: string | null;
  version: Version;
}

// ---- risk warnings and illegal organizations ----

export interface RiskWarningsTable {
  id: Id;
  orgId: number;
  orgName: string;
  uscc: string | null;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  level: string;
  rule: string;
  reason: string;
  target: string;
  status: string;
  sourceRef: string;
  raisedOn: string;
  dueDate: string;
  answerText: string | null;
  answerFiles: ColumnType<unknown, string | null | undefined, string | null>;
  answeredBy: number | null;
  answeredByName: string | null;
  answeredAt: string | null;
  closeNote: string | null;
  closedBy: number | null;
  closedByName: string | null;
  closedAt: string | null;
  caseId: number | null;
  createdBy: number | null;
  createdByName: string | null;
  version: Version;
  createdAt: string;
  updatedAt: string;
}

export interface RiskWarningComplaintsTable {
  id: Id;
  complaintId: number;
  orgId: number;
  receivedOn: string;
}

export interface IllegalOrgsTable {
  id: Id;
  name: string;
  regionCode: string;
  authorityRegionCode: string;
  status: string;
  source: string;
  reporterName: string | null;
  reporterPhone: string | null;
  reportedOn: string;
  activities: string;
  places: string;
  evidence: Json;
  finding: string | null;
  foundOn: string | null;
  bannedOn: string | null;
  banDocumentId: number | null;
  banDocumentNumber: string | null;
  publicSummary: string | null;
  published: Bool;
  createdBy: number | null;
  createdByName: string | null;
  version: Version;
  createdAt: string;
  updatedAt: string;
}

export interface IllegalOrgNotesTable {
  id: Id;
  illegalOrgId: number;
  notedOn: string;
  text: string;
  files: Json;
  by: number | null;
  byName: string | null;
  createdAt: string;
}

export interface WatchTables {
  specialCampaigns: SpecialCampaignsTable;
  campaignOrgs: CampaignOrgsTable;
  riskWarnings: RiskWarningsTable;
  riskWarningComplaints: RiskWarningComplaintsTable;
  illegalOrgs: IllegalOrgsTable;
  illegalOrgNotes: IllegalOrgNotesTable;
}
