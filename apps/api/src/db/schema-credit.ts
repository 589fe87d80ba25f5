import type { ColumnType, Generated } from 'kysely';

/** Tables of the credit module (migration 0016): records, lists, requests, scores, dormant campaigns. */
type Json = ColumnType<unknown, string, string>;
type Id = Generated<number>;
type Bool = ColumnType<boolean | number, boolean | undefined, boolean>;
type Version = ColumnType<number, number | undefined, number>;

export interface CreditRecordsTable {
  id: Id;
  orgId: number;
  regionCode: string;
  authorityRegionCode: string;
  kind: string;
  subtype: string;
  occurredOn: string;
  title: string;
  data: Json;
  public: Bool;
  sourceRef: string;
  createdBy: number | null;
  createdByName: string | null;
  createdAt: string;
}

export interface CreditListingsTable {
  id: Id;
  orgId: number;
  orgName: string;
  uscc: string | null;
  orgType: string;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  list: string;
  status: string;
  listedOn: string;
  clockStart: string;
  autoRemoveOn: string | null;
  moveOn: string | null;
  removableFrom: string | null;
  fromListingId: number | null;
  decidedBy: number | null;
  decidedByName: string | null;
  removedOn: string | null;
  removalReason: string | null;
  removalBasis: string | null;
  removedBy: number | null;
  removedByName: string | null;
  version: Version;
  createdAt: string;
  updatedAt: string;
}

export interface CreditListingGroundsTable {
  id: Id;
  listingId: number;
  ground: string;
  occurredOn: string;
  detail: string;
  source: string;
  recordId: number | null;
  evidence: Json;
  fulfilledOn: string | null;
  createdBy: number | null;
  createdByName: string | null;
  createdAt: string;
}

export interface CreditRequestsTable {
  id: Id;
  listingId: number;
  orgId: number;
  orgName: string;
  regionCode: string;
  authorityRegionCode: string;
  kind: string;
  status: string;
  reason: string;
  evidence: Json;
  submittedBy: number | null;
  submittedByName: string | null;
  submittedAt: string;
  verifiedOn: string | null;
  removeBy: string | null;
  decidedBy: number | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  version: Version;
}

export interface CreditScoreSchemesTable {
  id: Id;
  version: number;
  definition: Json;
  note: string | null;
  createdBy: number | null;
  createdByName: string | null;
  createdAt: string;
}

export interface CreditScoresTable {
  orgId: number;
  regionCode: string;
  authorityRegionCode: string;
  orgType: string;
  supervisorUnitId: number | null;
  score: number;
  level: string;
  breakdown: Json;
  digest: string;
  schemeId: number;
  computedOn: string;
  computedAt: string;
}

export interface CreditScoreHistoryTable {
  id: Id;
  orgId: number;
  score: number;
  level: string;
  computedOn: string;
  cause: string;
  computedAt: string;
}

export interface DormantCampaignsTable {
  id: Id;
  authorityRegionCode: string;
  title: string;
  scope: Json;
  params: Json;
  startsOn: string;
  endsOn: string;
  status: string;
  noData: Json;
  closedOn: string | null;
  listedCount: ColumnType<number, number | undefined, number>;
  disposedCount: ColumnType<number, number | undefined, number>;
  createdBy: number | null;
  createdByName: string | null;
  version: Version;
  createdAt: string;
  updatedAt: string;
}

export interface DormantCandidatesTable {
  id: Id;
  campaignId: number;
  orgId: number;
  orgName: string;
  uscc: string | null;
  orgType: string;
  regionCode: string;
  signals: Json;
  signalCodes: string;
  disposal: string | null;
  disposalNote: string | null;
  evidence: Json | null;
  decisionRef: string | null;
  basis: string | null;
  disposedOn: string | null;
  disposedBy: number | null;
  disposedByName: string | null;
  version: Version;
}

export interface CreditTables {
  creditRecords: CreditRecordsTable;
  creditListings: CreditListingsTable;
  creditListingGrounds: CreditListingGroundsTable;
  creditRequests: CreditRequestsTable;
  creditScoreSchemes: CreditScoreSchemesTable;
  creditScores: CreditScoresTable;
  creditScoreHistory: CreditScoreHistoryTable;
  dormantCampaigns: DormantCampaignsTable;
  dormantCandidates: DormantCandidatesTable;
}
