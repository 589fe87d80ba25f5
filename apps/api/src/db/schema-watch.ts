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

export interface WatchTables {
  specialCampaigns: SpecialCampaignsTable;
  campaignOrgs: CampaignOrgsTable;
}
