import type { ColumnType, Generated } from 'kysely';

/** Tables of modules/supervision/spot-checks (migration 0017-spot-checks). */
type Json = ColumnType<unknown, string, string>;
type Id = Generated<number>;
type Bool = ColumnType<boolean | number, boolean | undefined, boolean>;
type DateCol = ColumnType<string, string, string>;

export interface SpotCheckInspectorsTable {
  id: Id;
  authorityRegionCode: string;
  name: string;
  unitName: string;
  unitId: number | null;
  regionCode: string;
  userId: number | null;
  conflictOrgIds: Json;
  active: Bool;
  createdAt: string;
  updatedAt: string;
}

export interface SpotCheckPlansTable {
  id: Id;
  authorityRegionCode: string;
  year: number;
  title: string;
  kind: string;
  purpose: string;
  shareBp: number;
  weighted: Bool;
  types: Json;
  categoryCodes: Json;
  items: Json;
  mode: string;
  inspectorsPerCheck: number;
  campaignId: number | null;
  status: string;
  seed: string | null;
  snapshotHash: string | null;
  snapshot: Buffer | null;
  population: number | null;
  drawnCount: number | null;
  drawnAt: string | null;
  drawnByName: string | null;
  createdBy: number | null;
  createdByName: string | null;
  createdAt: string;
}

export interface SpotChecksTable {
  id: Id;
  planId: number;
  authorityRegionCode: string;
  rank: number;
  orgId: number;
  orgName: string;
  uscc: string;
  regionCode: string;
  supervisorUnitId: number | null;
  status: string;
  inspectorIds: Json;
  noticeDocumentId: number | null;
  results: Json;
  concludedOn: DateCol | null;
  problemsFound: Bool | null;
  caseId: number | null;
  year: number;
  createdAt: string;
  updatedAt: string;
}

export interface SpotCheckAssignmentsTable {
  checkId: number;
  inspectorId: number;
}

export interface SpotChecksTables {
  spotCheckInspectors: SpotCheckInspectorsTable;
  spotCheckPlans: SpotCheckPlansTable;
  spotChecks: SpotChecksTable;
  spotCheckAssignments: SpotCheckAssignmentsTable;
}
