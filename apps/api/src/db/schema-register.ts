import type { ColumnType, Generated } from 'kysely';

/**
 * Tables of the register modules (migrations 0009–0014): organizations and their categories, events and name
 * index, announcements, community organizations, applications and sign-ups, open data, statistics counters,
 * ledger imports. See schema.ts for the conventions.
 */
type Bool = ColumnType<boolean | number, boolean, boolean>;
type Json = ColumnType<unknown, string, string>;
type Id = Generated<number>;

export interface OrgCategoriesTable {
  regionCode: string;
  code: string;
  name: string;
  directRegistration: Bool;
  active: Bool;
  sort: number;
  version: number;
  updatedAt: string;
}

export interface OrganizationsTable {
  id: Id;
  uscc: string;
  name: string;
  searchName: string;
  type: string;
  level: string;
  authorityRegionCode: string;
  regionCode: string;
  categoryCode: string;
  supervisorUnitId: number | null;
  status: string;
  statusDate: string | null;
  statusReason: string | null;
  address: string;
  legalRepName: string;
  legalRepIdEnc: string | null;
  legalRepIdHash: string | null;
  legalRepPhone: string | null;
  businessScope: string;
  registeredFundsFen: number;
  foundedOn: string;
  certificateValidUntil: string | null;
  charityRecognized: Bool;
  charityRecognizedOn: string | null;
  publicFundraising: Bool;
  taxDeductionUntil: string | null;
  taxExemptUntil: string | null;
  evaluationGrade: string | null;
  gradeValidUntil: string | null;
  hasPartyOrg: Bool;
  incubator: string | null;
  brand: Bool;
  staffCount: number | null;
  memberCount: number | null;
  unitMemberCount: number | null;
  contactPhone: string | null;
  website: string | null;
  dormantCandidate: Bool;
  usccWarning: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface OrgEventsTable {
  id: Id;
  orgId: number;
  kind: string;
  occurredOn: string;
  at: string;
  actorId: number | null;
  actorName: string | null;
  basis: string | null;
  summary: string;
  changes: Json;
  public: Bool;
}

export interface OrgNameGramsTable {
  gram: string;
  regionCode: string;
  orgId: number;
}

export interface OrgNameGramStatsTable {
  gram: string;
  n: number;
}

export interface AnnouncementsTable {
  id: Id;
  kind: string;
  orgId: number | null;
  orgName: string;
  uscc: string | null;
  regionCode: string;
  authorityRegionCode: string;
  title: string;
  body: string;
  publishedOn: string;
  createdAt: string;
}

export interface CommunityOrgsTable {
  id: Id;
  name: string;
  searchName: string;
  regionCode: string;
  communityName: string;
  areaKind: 'urban' | 'rural';
  categoryCode: string;
  responsibleName: string;
  responsibleIdEnc: string | null;
  responsibleIdHash: string | null;
  responsiblePhone: string | null;
  venue: string;
  activityArea: string;
  memberCount: number;
  fundsFen: number;
  charterFileId: number | null;
  rosterFileId: number | null;
  status: 'filed' | 'cancelled';
  filedOn: string;
  cancelledOn: string | null;
  cancelReason: string | null;
  filedBy: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ApplicationsTable {
  id: Id;
  kind: string;
  status: string;
  step: string | null;
  applicantId: number;
  applicantName: string;
  orgId: number | null;
  orgName: string | null;
  orgType: string | null;
  authorityRegionCode: string | null;
  regionCode: string | null;
  supervisorUnitId: number | null;
  directRegistration: Bool | null;
  preparationId: number | null;
  data: Json;
  attachments: Json;
  submissionNo: number;
  dueDate: string | null;
  dueEstimated: Bool;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
  certificateDocumentId: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ApplicationVersionsTable {
  applicationId: number;
  no: number;
  data: Json;
  attachments: Json;
  submittedAt: string;
  submittedBy: number | null;
  submittedByName: string;
}

export interface ApplicationHistoryTable {
  id: Id;
  applicationId: number;
  action: string;
  status: string;
  step: string | null;
  comment: string | null;
  actorId: number | null;
  actorName: string;
  submissionNo: number;
  at: string;
}

export interface RegistrationSettingsTable {
  regionCode: string;
  preparationRequired: Bool;
  supervisorDays: number;
  authorityDays: number;
  signUpApproval: Bool;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface SmsCodesTable {
  id: Id;
  phoneHash: string;
  purpose: string;
  codeHash: string;
  ip: string | null;
  attempts: number;
  createdAt: string;
  expiresAt: string;
  consumedAt: string | null;
}

export interface SignUpsTable {
  id: Id;
  userId: number;
  regionCode: string;
  status: string;
  reason: string | null;
  decidedBy: number | null;
  decidedByName: string | null;
  decidedAt: string | null;
  version: number;
  createdAt: string;
}

export interface OpenDataFilesTable {
  id: Id;
  name: string;
  dataset: string;
  format: string;
  part: number;
  fileId: number;
  rowCount: number;
  byteSize: number;
  sha256: string;
  generatedAt: string;
  current: Bool;
}

export interface RegionStatCountsTable {
  regionCode: string;
  metric: string;
  n: number;
  computedAt: string;
}

export interface LedgerImportsTable {
  id: Id;
  kind: string;
  regionCode: string;
  status: string;
  fileId: number;
  fileName: string;
  fileChecksum: string;
  sheetName: string;
  sheetFileNo: number;
  estimatedRows: number;
  totalRows: number | null;
  validRows: number | null;
  errorRows: number | null;
  errorCount: number | null;
  pilotRows: number | null;
  warningRows: number | null;
  errors: Json | null;
  warnings: Json | null;
  overridePilotCodes: Bool;
  reportFileId: number | null;
  jobRunId: number | null;
  failure: string | null;
  committedCount: number | null;
  createdBy: number | null;
  createdByName: string;
  createdAt: string;
  validatedAt: string | null;
  committedAt: string | null;
  updatedAt: string;
}

export interface RegisterTables {
  orgCategories: OrgCategoriesTable;
  organizations: OrganizationsTable;
  orgEvents: OrgEventsTable;
  orgNameGrams: OrgNameGramsTable;
  orgNameGramStats: OrgNameGramStatsTable;
  announcements: AnnouncementsTable;
  communityOrgs: CommunityOrgsTable;
  applications: ApplicationsTable;
  applicationVersions: ApplicationVersionsTable;
  applicationHistory: ApplicationHistoryTable;
  registrationSettings: RegistrationSettingsTable;
  smsCodes: SmsCodesTable;
  signUps: SignUpsTable;
  openDataFiles: OpenDataFilesTable;
  regionStatCounts: RegionStatCountsTable;
  ledgerImports: LedgerImportsTable;
}
