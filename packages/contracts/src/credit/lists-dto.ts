import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { ZPageQuery } from '../paging';
import { PENALTY_KINDS } from '../events';
import { CREDIT_GROUNDS, CREDIT_LISTS } from './grounds';
import { CREDIT_RECORD_KINDS } from './records';

/**
 * The HTTP shapes of the two lists (民政部令第60号): listings with their grounds, requests (removal,
 * objection, repair), credit records, an organization's credit profile and the public views.
 */
export const CREDIT_LISTING_STATUSES = ['active', 'removed', 'moved', 'annulled'] as const;
export type CreditListingStatus = (typeof CREDIT_LISTING_STATUSES)[number];
export const CREDIT_LISTING_STATUS_LABELS: Record<CreditListingStatus, string> = {
  active: '在列',
  removed: '已移出',
  moved: '已转入严重违法失信名单',
  annulled: '异议成立，已撤销',
};

export const CREDIT_REMOVAL_REASONS = [
  'application',
  'auto_six_months',
  'moved',
  'deregistration_completed',
  'objection_upheld',
  'credit_repair',
] as const;
export type CreditRemovalReason = (typeof CREDIT_REMOVAL_REASONS)[number];
export const CREDIT_REMOVAL_REASON_LABELS: Record<CreditRemovalReason, string> = {
  application: '履行义务或完成整改，申请移出',
  auto_six_months: '列入满6个月，自动移出',
  moved: '列入活动异常名录满2年，转入严重违法失信名单',
  deregistration_completed: '注销登记办理完毕',
  objection_upheld: '异议成立',
  credit_repair: '信用修复',
};

export const CREDIT_GROUND_SOURCES = ['event', 'manual', 'rule'] as const;
export const CREDIT_GROUND_SOURCE_LABELS: Record<(typeof CREDIT_GROUND_SOURCES)[number], string> = {
  event: '业务数据自动列入',
  manual: '登记管理机关认定',
  rule: '期限规则',
};

export const CREDIT_REQUEST_KINDS = ['removal', 'objection', 'repair'] as const;
export type CreditRequestKind = (typeof CREDIT_REQUEST_KINDS)[number];
export const CREDIT_REQUEST_KIND_LABELS: Record<CreditRequestKind, string> = {
  removal: '移出申请',
  objection: '异议',
  repair: '信用修复',
};
export const CREDIT_REQUEST_STATUSES = ['submitted', 'verified', 'approved', 'rejected'] as const;
export type CreditRequestStatus = (typeof CREDIT_REQUEST_STATUSES)[number];
export const CREDIT_REQUEST_STATUS_LABELS: Record<CreditRequestStatus, string> = {
  submitted: '已提交',
  verified: '已查实',
  approved: '已同意',
  rejected: '不予同意',
};

const ZId = z.number().int();
const ZGroundCode = z.enum(CREDIT_GROUNDS);
export const ZCreditGround = z.object({
  id: ZId,
  ground: ZGroundCode,
  item: z.number().int(),
  label: z.string(),
  basis: z.string(),
  occurredOn: z.string(),
  detail: z.string(),
  source: z.enum(CREDIT_GROUND_SOURCES),
  /** File ids of the evidence. */
  evidence: z.array(ZId),
  fulfilledOn: z.string().nullable(),
});
export type TCreditGround = z.infer<typeof ZCreditGround>;

export const ZCreditListing = z.object({
  id: ZId,
  orgId: ZId,
  orgName: z.string(),
  uscc: z.string().nullable(),
  orgType: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  authorityRegionCode: z.string(),
  authorityName: z.string(),
  list: z.enum(CREDIT_LISTS),
  status: z.enum(CREDIT_LISTING_STATUSES),
  listedOn: z.string(),
  /** The day the time limits count from: the listing, or its latest new ground (列入时限重新计算). */
  clockStart: z.string(),
  autoRemoveOn: z.string().nullable(),
  moveOn: z.string().nullable(),
  removableFrom: z.string().nullable(),
  removedOn: z.string().nullable(),
  removalReason: z.enum(CREDIT_REMOVAL_REASONS).nullable(),
  removalBasis: z.string().nullable(),
  decidedByName: z.string().nullable(),
  /** A dishonest listing that came from 2 years on the abnormal list. */
  fromListingId: ZId.nullable(),
  grounds: z.array(ZCreditGround),
  version: z.number().int(),
});
export type TCreditListing = z.infer<typeof ZCreditListing>;

export const ZPublicCreditGround = ZCreditGround.pick({
  ground: true,
  item: true,
  label: true,
  basis: true,
  occurredOn: true,
});
export const ZPublicCreditListing = ZCreditListing.omit({ decidedByName: true, version: true, grounds: true }).extend({
  grounds: z.array(ZPublicCreditGround),
});
export type TPublicCreditListing = z.infer<typeof ZPublicCreditListing>;

export const ZCreditRequest = z.object({
  id: ZId,
  listingId: ZId,
  orgId: ZId,
  orgName: z.string(),
  list: z.enum(CREDIT_LISTS),
  kind: z.enum(CREDIT_REQUEST_KINDS),
  status: z.enum(CREDIT_REQUEST_STATUSES),
  reason: z.string(),
  evidence: z.array(ZId),
  submittedByName: z.string().nullable(),
  submittedAt: z.string(),
  verifiedOn: z.string().nullable(),
  /** verifiedOn + 5 working days of the platform calendar: the listing leaves by then at the latest. */
  removeBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  version: z.number().int(),
});
export type TCreditRequest = z.infer<typeof ZCreditRequest>;

/** The answer to verify: removeBy is a weekday-only estimate when the calendar lacks a year it crossed. */
export const ZCreditRequestVerified = ZCreditRequest.extend({ calendarMissingYears: z.array(z.number().int()) });
export type TCreditRequestVerified = z.infer<typeof ZCreditRequestVerified>;

export const ZCreditRecord = z.object({
  id: ZId,
  orgId: ZId,
  kind: z.enum(CREDIT_RECORD_KINDS),
  kindLabel: z.string(),
  subtype: z.string(),
  subtypeLabel: z.string(),
  occurredOn: z.string(),
  title: z.string(),
  data: z.unknown(),
  public: z.boolean(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TCreditRecord = z.infer<typeof ZCreditRecord>;

export const ZCreditListingDetail = ZCreditListing.extend({ requests: z.array(ZCreditRequest) });
export type TCreditListingDetail = z.infer<typeof ZCreditListingDetail>;

export const ZCreditProfile = z.object({
  org: z.object({ id: ZId, name: z.string(), uscc: z.string().nullable(), orgType: z.string() }),
  listings: z.array(ZCreditListing),
  records: z.array(ZCreditRecord),
  requests: z.array(ZCreditRequest),
});
export type TCreditProfile = z.infer<typeof ZCreditProfile>;

export const ZPublicOrgCredit = z.object({
  org: z.object({ name: z.string(), uscc: z.string().nullable(), orgType: z.string() }),
  listings: z.array(ZPublicCreditListing),
});
export type TPublicOrgCredit = z.infer<typeof ZPublicOrgCredit>;

// ── requests ─────────────────────────────────────────────────────────────────────────────────────
const ZRegion = z.string().regex(/^\d{2,12}$/, '行政区划代码不正确');
export const ZCreditListingQuery = ZPageQuery.extend({
  list: z.enum(CREDIT_LISTS, { message: '名录不正确' }).optional(),
  status: z.enum(CREDIT_LISTING_STATUSES, { message: '状态不正确' }).optional(),
  region: ZRegion.optional(),
  ground: z.enum(CREDIT_GROUNDS, { message: '列入情形不正确' }).optional(),
  q: z.string().trim().max(100, '关键词过长').optional(),
});
export type TCreditListingQuery = z.infer<typeof ZCreditListingQuery>;

export const ZPublicCreditListingQuery = ZPageQuery.extend({
  list: z.enum(CREDIT_LISTS, { message: '名录不正确' }).optional(),
  region: ZRegion.optional(),
  q: z.string().trim().max(100, '关键词过长').optional(),
});
export type TPublicCreditListingQuery = z.infer<typeof ZPublicCreditListingQuery>;

const ZEvidence = z.array(z.number().int().positive('文件编号不正确')).max(20, '证明材料最多20个');
const ZText = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `不超过${max}字`);

export const ZCreditListingCreate = z.object({
  orgId: z.number().int().positive('请选择社会组织'),
  list: z.enum(CREDIT_LISTS, { message: '请选择名录' }),
  ground: z.enum(CREDIT_GROUNDS, { message: '请选择列入情形' }),
  occurredOn: ZIsoDate,
  detail: ZText(2000, '请填写事实和理由'),
  evidence: ZEvidence.default([]),
});
export type TCreditListingCreate = z.infer<typeof ZCreditListingCreate>;

export const ZCreditFulfil = z.object({
  groundId: z.number().int().positive('请选择列入情形'),
  fulfilledOn: ZIsoDate,
  note: z.string().trim().max(1000, '不超过1000字').optional(),
  version: z.number().int().optional(),
});
export type TCreditFulfil = z.infer<typeof ZCreditFulfil>;

export const ZCreditRemove = z.object({
  reason: z.enum(['deregistration_completed', 'application'], { message: '请选择移出原因' }),
  basis: ZText(1000, '请填写移出依据'),
  evidence: ZEvidence.default([]),
  version: z.number().int().optional(),
});
export type TCreditRemove = z.infer<typeof ZCreditRemove>;

export const ZCreditPenaltyCreate = z.object({
  orgId: z.number().int().positive('请选择社会组织'),
  decisionNumber: ZText(100, '请填写处罚决定书文号'),
  kinds: z.array(z.enum(PENALTY_KINDS, { message: '处罚种类不正确' })).min(1, '请选择处罚种类'),
  fineFen: z.number().int().nonnegative('罚款金额不正确').nullable().default(null),
  confiscatedFen: z.number().int().nonnegative('没收金额不正确').nullable().default(null),
  decidedOn: ZIsoDate,
  decidedBy: ZText(100, '请填写作出处罚的部门'),
});
export type TCreditPenaltyCreate = z.infer<typeof ZCreditPenaltyCreate>;

export const ZCreditLetterCreate = z.object({
  orgId: z.number().int().positive('请选择社会组织'),
  sentOn: ZIsoDate,
  trackingNo: ZText(50, '请填写邮件单号'),
  signed: z.boolean({ message: '请选择是否签收' }),
  note: z.string().trim().max(500, '不超过500字').optional(),
});
export type TCreditLetterCreate = z.infer<typeof ZCreditLetterCreate>;

export const ZCreditRequestQuery = ZPageQuery.extend({
  status: z.enum(CREDIT_REQUEST_STATUSES, { message: '状态不正确' }).optional(),
  kind: z.enum(CREDIT_REQUEST_KINDS, { message: '申请类型不正确' }).optional(),
});
export type TCreditRequestQuery = z.infer<typeof ZCreditRequestQuery>;

export const ZCreditRequestCreate = z.object({
  listingId: z.number().int().positive('请选择名录记录'),
  kind: z.enum(CREDIT_REQUEST_KINDS, { message: '请选择申请类型' }),
  reason: ZText(2000, '请填写申请理由'),
  evidence: ZEvidence.default([]),
});
export type TCreditRequestCreate = z.infer<typeof ZCreditRequestCreate>;

export const ZCreditRequestVerify = z.object({ version: z.number().int().optional() });
export const ZCreditDecision = z.object({
  reason: ZText(1000, '请填写理由'),
  version: z.number().int().optional(),
});
export type TCreditDecision = z.infer<typeof ZCreditDecision>;

/** The file purpose of evidence for listings, removals and requests (upload with POST /api/files). */
export const CREDIT_EVIDENCE_PURPOSE = 'credit_evidence';
