import type { ColumnType, Generated } from 'kysely';

/** Tables of the annual inspection module (migration 0015); see schema.ts for the conventions. */
type Json = ColumnType<unknown, string, string>;
type Id = Generated<number>;

export interface AnnualIndicatorSetsTable {
  id: Id;
  year: number;
  version: number;
  definition: Json;
  note: string | null;
  createdBy: number | null;
  createdByName: string | null;
  createdAt: string;
}

export interface AnnualInspectionCyclesTable {
  id: Id;
  authorityRegionCode: string;
  year: number;
  indicatorSetId: number;
  status: string;
  supervisorDue: string;
  authorityDue: string;
  foundationDue: string;
  reportCount: number;
  skippedCount: number;
  openedBy: number | null;
  openedByName: string | null;
  openedAt: string;
  sweptOn: string | null;
}

export interface AnnualReportsTable {
  id: Id;
  cycleId: number;
  year: number;
  indicatorSetId: number;
  orgId: number;
  orgName: string;
  uscc: string;
  orgType: string;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  partyUnitId: number | null;
  form: string;
  context: Json;
  status: string;
  step: string | null;
  dueDate: string;
  reportValues: Json | null;
  savedSections: Json | null;
  submissionNo: ColumnType<number, number | undefined, number>;
  submittedAt: string | null;
  late: ColumnType<boolean | number, boolean | undefined, boolean>;
  overdue: ColumnType<boolean | number, boolean | undefined, boolean>;
  riskScore: ColumnType<number, number | undefined, number>;
  errorCount: ColumnType<number, number | undefined, number>;
  riskCount: ColumnType<number, number | undefined, number>;
  checkResult: Json | null;
  conclusion: string | null;
  conclusionReasons: string | null;
  rectifications: Json | null;
  concludedOn: string | null;
  concludedAt: string | null;
  conclusionDocumentId: number | null;
  version: ColumnType<number, number | undefined, number>;
  createdAt: string;
  updatedAt: string;
}

export interface AnnualReportVersionsTable {
  id: Id;
  reportId: number;
  no: number;
  reportValues: Json;
  submittedAt: string;
  submittedBy: number | null;
  submittedByName: string | null;
}

export interface AnnualReportHistoryTable {
  id: Id;
  reportId: number;
  action: string;
  step: string | null;
  comment: string | null;
  indicatorComments: Json | null;
  actorId: number | null;
  actorName: string | null;
  submissionNo: number;
  at: string;
}

export interface AnnualTables {
  annualIndicatorSets: AnnualIndicatorSetsTable;
  annualInspectionCycles: AnnualInspectionCyclesTable;
  annualReports: AnnualReportsTable;
  annualReportVersions: AnnualReportVersionsTable;
  annualReportHistory: AnnualReportHistoryTable;
}
