import type { ColumnType, Generated } from 'kysely';

/** Tables of modules/activities (migration 0021-activities). Each part keeps to its block. */
type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null, string | null>;
type Id = Generated<number>;
type Bool = ColumnType<boolean | number, boolean | undefined, boolean>;
type Version = ColumnType<number, number | undefined, number>;
/** bigint counters: pg hands them back as numbers (type parser 20). */
type Counter = ColumnType<number, number | undefined, number>;

// ---- lifecycle ------------------------------------------------------------------------------------------

export interface ActivitySettingsTable {
  regionCode: string;
  approvalKinds: Json;
  reviewBeforePublish: Bool;
  majorMatterDays: ColumnType<number, number | undefined, number>;
  version: Version;
  updatedAt: string;
  updatedBy: string;
}

export interface ActivitiesTable {
  id: Id;
  orgId: number;
  orgName: string;
  uscc: string | null;
  regionCode: string;
  provinceCode: string;
  cityCode: string;
  countyCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  categoryCode: string;
  title: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  place: string;
  expectedParticipants: number;
  budgetFen: number;
  partners: Json;
  description: string;
  status: string;
  approvalRequired: Bool;
  approvalDueOn: string | null;
  approvalRequestedOn: string | null;
  approvalLate: Bool;
  approved: Bool;
  decidedOn: string | null;
  decidedByName: string | null;
  decisionReason: string | null;
  summary: string | null;
  attendance: number | null;
  attendees: NullableJson;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  returnReason: string | null;
  publishedAt: string | null;
  unpublishedAt: string | null;
  unpublishReason: string | null;
  coverPhotoId: number | null;
  photoCount: Counter;
  viewCount: Counter;
  shareCount: Counter;
  likeCount: Counter;
  version: Version;
  createdBy: number | null;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
}

export interface ActivityPhotosTable {
  id: Id;
  activityId: number;
  fileId: number;
  thumbFileId: number | null;
  width: number;
  height: number;
  caption: string | null;
  showsMinors: Bool;
  position: number;
  createdAt: string;
}

// ---- public feed ----------------------------------------------------------------------------------------

export interface ActivityLikesTable {
  activityId: number;
  visitorHash: string;
  createdAt: string;
}

// ---- major matters --------------------------------------------------------------------------------------

export interface MajorMattersTable {
  id: Id;
  orgId: number;
  orgName: string;
  uscc: string | null;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  kind: string;
  title: string;
  detail: string;
  happensOn: string;
  facts: Json;
  fileIds: Json;
  reportedOn: string;
  dueOn: string;
  late: Bool;
  status: string;
  decidedOn: string | null;
  decidedByName: string | null;
  decisionReason: string | null;
  outcome: string | null;
  completedOn: string | null;
  version: Version;
  createdBy: number | null;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
}

export interface ActivitiesTables {
  activitySettings: ActivitySettingsTable;
  activities: ActivitiesTable;
  activityPhotos: ActivityPhotosTable;
  activityLikes: ActivityLikesTable;
  majorMatters: MajorMattersTable;
}
