import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { ZPageQuery } from '../paging';

// The lifecycle's pure rules (the web shows the same steps the API allows).
export * from './activity-rules';

/**
 * Activities (DOMAIN.md "Activities and major matters"): planned → (approval where the kind requires it) →
 * under way → finished with a summary, photos and attendance → reviewed before publication (先审后发, a switch,
 * on by default) → published; staff can unpublish with a reason.
 */
export const ACTIVITY_KINDS = [
  'public_welfare',
  'volunteer',
  'training',
  'exchange',
  'party_building',
  'forum_award',
  'foreign_cooperation',
  'large_gathering',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  public_welfare: '公益服务',
  volunteer: '志愿服务',
  training: '培训讲座',
  exchange: '交流座谈',
  party_building: '党建活动',
  forum_award: '论坛、评比达标表彰',
  foreign_cooperation: '对外合作交流',
  large_gathering: '大型活动',
  other: '其他',
};

/**
 * Kinds that need approval by default and how many calendar days ahead the request is due (a bureau's setting
 * changes both): 评比达标表彰 and 论坛 (社会组织评比达标表彰活动管理), foreign cooperation, large gatherings
 * (大型群众性活动安全管理条例: 20 days ahead of the permit).
 */
export const DEFAULT_APPROVAL_KINDS: Partial<Record<ActivityKind, number>> = {
  forum_award: 30,
  foreign_cooperation: 30,
  large_gathering: 20,
};

export const ACTIVITY_STATUSES = [
  'planned',
  'awaiting_approval',
  'approval_refused',
  'under_way',
  'finished',
  'awaiting_review',
  'returned',
  'published',
  'unpublished',
  'cancelled',
] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: '计划中',
  awaiting_approval: '待审批',
  approval_refused: '未获批准',
  under_way: '进行中',
  finished: '已结束',
  awaiting_review: '待审核',
  returned: '退回修改',
  published: '已公开',
  unpublished: '已撤下',
  cancelled: '已取消',
};

/** Photo uploads (sharp re-encodes them: EXIF and location are dropped). */
export const ACTIVITY_PHOTO_PURPOSE = 'activity_photo';
export const ACTIVITY_PHOTO_TYPES = ['jpg', 'png', 'webp', 'heic'] as const;
export const ACTIVITY_PHOTO_MAX_BYTES = 15 * 1024 * 1024;
export const ACTIVITY_PHOTOS_MAX = 30;
/** The long side of a stored photo and of its thumbnail, px. */
export const ACTIVITY_PHOTO_SIDE = 1920;
export const ACTIVITY_THUMB_SIDE = 480;

const ZText = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `不超过${max}字`);

export const ZActivityPartner = z.object({ name: ZText(100, '请填写合作方名称'), role: z.string().trim().max(50) });

const ZActivityFields = z.object({
  title: ZText(100, '请填写活动名称'),
  kind: z.enum(ACTIVITY_KINDS, { message: '请选择活动类型' }),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  place: ZText(200, '请填写活动地点'),
  expectedParticipants: z
    .number({ message: '请填写预计参加人数' })
    .int('人数应为整数')
    .min(1, '人数至少为1')
    .max(1_000_000, '人数过大'),
  /** Money in fen. */
  budgetFen: z.number({ message: '请填写预算' }).int('金额以分为单位').min(0, '预算不能为负').max(1e13, '金额过大'),
  partners: z.array(ZActivityPartner).max(20, '合作方最多20个').default([]),
  description: ZText(5000, '请填写活动内容'),
});
const datesInOrder: [(v: { startsOn: string; endsOn: string }) => boolean, { message: string; path: string[] }] = [
  (v) => v.endsOn >= v.startsOn,
  { message: '结束日期不能早于开始日期', path: ['endsOn'] },
];
export const ZActivityInput = ZActivityFields.refine(...datesInOrder);
export type TActivityInput = z.input<typeof ZActivityInput>;
/** An edit: the same fields and the version the form was loaded with. */
export const ZActivityUpdate = ZActivityFields.extend({ version: z.number().int().min(1) }).refine(...datesInOrder);
export type TActivityUpdate = z.input<typeof ZActivityUpdate>;

/** Finishing: the summary, the attendance (names private) and photos already uploaded. */
export const ZActivityFinish = z.object({
  summary: ZText(5000, '请填写活动总结'),
  attendance: z.number({ message: '请填写实际参加人数' }).int().min(0).max(1_000_000),
  attendees: z.array(z.string().trim().min(1).max(50)).max(5000, '名单最多5000人').default([]),
});
export type TActivityFinish = z.input<typeof ZActivityFinish>;

export const ZActivityDecision = z
  .object({ approved: z.boolean(), reason: z.string().trim().max(1000, '不超过1000字').optional() })
  .refine((v) => v.approved || !!v.reason, { message: '不予批准或退回须说明理由', path: ['reason'] });
export type TActivityDecision = z.infer<typeof ZActivityDecision>;

export const ZActivityUnpublish = z.object({ reason: ZText(1000, '请填写撤下理由') });
export const ZActivityCancel = z.object({ reason: z.string().trim().max(1000, '不超过1000字').optional() });

/** A photo's caption and whether it shows minors (then it is never published nor the cover). */
export const ZActivityPhotoPatch = z.object({
  caption: z.string().trim().max(200, '说明不超过200字').nullable().optional(),
  showsMinors: z.boolean().optional(),
});
export type TActivityPhotoPatch = z.infer<typeof ZActivityPhotoPatch>;

export const ZActivityPhoto = z.object({
  id: z.number().int(),
  url: z.string(),
  thumbUrl: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  caption: z.string().nullable(),
  showsMinors: z.boolean(),
});
export type TActivityPhoto = z.infer<typeof ZActivityPhoto>;

export const ZActivitySummary = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  regionCode: z.string(),
  title: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  startsOn: z.string(),
  endsOn: z.string(),
  place: z.string(),
  status: z.enum(ACTIVITY_STATUSES),
  approvalRequired: z.boolean(),
  approvalLate: z.boolean(),
  publishedAt: z.string().nullable(),
  photoCount: z.number().int(),
  viewCount: z.number().int(),
  shareCount: z.number().int(),
  likeCount: z.number().int(),
});
export type TActivitySummary = z.infer<typeof ZActivitySummary>;

export const ZActivityDetail = ZActivitySummary.extend({
  uscc: z.string().nullable(),
  authorityRegionCode: z.string(),
  expectedParticipants: z.number().int(),
  budgetFen: z.number().int(),
  partners: z.array(z.object({ name: z.string(), role: z.string() })),
  description: z.string(),
  approvalDueOn: z.string().nullable(),
  /** Approved by the bureau (only for kinds that need approval). */
  approved: z.boolean(),
  submittedAt: z.string().nullable(),
  createdByName: z.string(),
  approvalRequestedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionReason: z.string().nullable(),
  summary: z.string().nullable(),
  attendance: z.number().int().nullable(),
  /** Only for the organization and staff in scope; never on the portal. */
  attendees: z.array(z.string()),
  reviewedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  unpublishedAt: z.string().nullable(),
  unpublishReason: z.string().nullable(),
  photos: z.array(ZActivityPhoto),
  version: z.number().int(),
  /** What the viewer may do now (the web shows these buttons only). */
  actions: z.array(
    z.enum([
      'edit',
      'request_approval',
      'start',
      'finish',
      'submit',
      'decide_approval',
      'review',
      'unpublish',
      'cancel',
    ]),
  ),
});
export type TActivityDetail = z.infer<typeof ZActivityDetail>;

export const ZActivityQuery = ZPageQuery.extend({
  status: z.enum(ACTIVITY_STATUSES, { message: '状态不正确' }).optional(),
  kind: z.enum(ACTIVITY_KINDS, { message: '类型不正确' }).optional(),
  region: z
    .string()
    .regex(/^\d{2,12}$/, '行政区划代码不正确')
    .optional(),
  orgId: z.coerce.number().int().positive().optional(),
  /** Activities taking place in a month (the calendar view): YYYY-MM. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
    .optional(),
});
export type TActivityQuery = z.infer<typeof ZActivityQuery>;

/** Statistics for staff: counts by kind, region and month, and the feed's views, shares and likes. */
export const ZActivityStats = z.object({
  year: z.number().int(),
  total: z.number().int(),
  published: z.number().int(),
  byKind: z.array(z.object({ kind: z.enum(ACTIVITY_KINDS), count: z.number().int() })),
  byRegion: z.array(z.object({ regionCode: z.string(), regionName: z.string(), count: z.number().int() })),
  byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  views: z.number().int(),
  shares: z.number().int(),
  likes: z.number().int(),
});
export type TActivityStats = z.infer<typeof ZActivityStats>;

export const ZActivitySettings = z.object({
  regionCode: z.string(),
  /** { kind: days ahead } for the kinds that need approval. */
  approvalKinds: z.partialRecord(
    z.enum(ACTIVITY_KINDS, { message: '活动类型不正确' }),
    z.number().int('天数应为整数').min(1, '至少提前1天').max(180, '最多提前180天'),
  ),
  reviewBeforePublish: z.boolean(),
  majorMatterDays: z.number().int('天数应为整数').min(1, '至少提前1个工作日').max(60, '最多提前60个工作日'),
  /** 0 while the bureau uses the defaults. */
  version: z.number().int(),
});
export type TActivitySettings = z.infer<typeof ZActivitySettings>;
export const ZActivitySettingsInput = ZActivitySettings.omit({ regionCode: true });
export type TActivitySettingsInput = z.input<typeof ZActivitySettingsInput>;

// ---- the public feed ----

export const ZPublicActivityCard = z.object({
  id: z.number().int(),
  orgName: z.string(),
  uscc: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  title: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  startsOn: z.string(),
  publishedAt: z.string(),
  coverThumbUrl: z.string().nullable(),
  viewCount: z.number().int(),
  shareCount: z.number().int(),
  likeCount: z.number().int(),
});
export type TPublicActivityCard = z.infer<typeof ZPublicActivityCard>;

export const ZPublicActivityQuery = ZPageQuery.extend({
  region: z
    .string()
    .regex(/^\d{2}(\d{2}(\d{2})?)?$/, '地区应为省、市或县的代码')
    .optional(),
  categoryCode: z.string().max(40).optional(),
  orgUscc: z.string().max(18).optional(),
});
export type TPublicActivityQuery = z.infer<typeof ZPublicActivityQuery>;

export const ZPublicActivity = ZPublicActivityCard.extend({
  endsOn: z.string(),
  place: z.string(),
  description: z.string(),
  summary: z.string().nullable(),
  attendance: z.number().int().nullable(),
  /** Publishable photos only (none flagged as showing minors). */
  photos: z.array(ZActivityPhoto.omit({ showsMinors: true })),
  /** Whether this visitor (by its visitor token) has liked it. */
  liked: z.boolean(),
});
export type TPublicActivity = z.infer<typeof ZPublicActivity>;

export const ZLikeResult = z.object({ liked: z.boolean(), likeCount: z.number().int(), counted: z.boolean() });
export type TLikeResult = z.infer<typeof ZLikeResult>;

/** An organization's published activities and what the public did with them (its portal page). */
export const ZPublicOrgActivityTotals = z.object({
  published: z.number().int(),
  views: z.number().int(),
  shares: z.number().int(),
  likes: z.number().int(),
});
export type TPublicOrgActivityTotals = z.infer<typeof ZPublicOrgActivityTotals>;
