import type { ColumnType, Generated } from 'kysely';

/** Tables of modules/supervision/penalties (migration 0019-penalties). */
type Json = ColumnType<unknown, string, string>;
type Bool = ColumnType<boolean | number, boolean | undefined, boolean>;
type Version = ColumnType<number, number | undefined, number>;

export interface PenaltiesTable {
  id: Generated<number>;
  orgId: number;
  orgName: string;
  uscc: string | null;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  caseId: number | null;
  title: string;
  facts: string;
  basis: string | null;
  status: string;
  kinds: Json;
  fineFen: number | null;
  confiscatedFen: number | null;
  suspensionMonths: number | null;
  hearingDue: Bool;
  handlerId: number;
  handlerName: string;
  filedOn: string;
  noticeOn: string | null;
  statementDeadline: string | null;
  statementOn: string | null;
  statement: string | null;
  hearingRequested: Bool;
  hearingOn: string | null;
  heardOn: string | null;
  reviewedOn: string | null;
  reviewerId: number | null;
  reviewerName: string | null;
  decidedOn: string | null;
  decisionNumber: string | null;
  publishBy: string | null;
  publishedOn: string | null;
  servedOn: string | null;
  executedOn: string | null;
  closedOn: string | null;
  version: Version;
  createdAt: string;
  updatedAt: string;
}

export interface PenaltyStepsTable {
  id: Generated<number>;
  penaltyId: number;
  step: string;
  onDate: string;
  actorId: number;
  actorName: string;
  note: string | null;
  files: Json;
  documentId: number | null;
  at: string;
}

export interface PenaltiesTables {
  penalties: PenaltiesTable;
  penaltySteps: PenaltyStepsTable;
}
