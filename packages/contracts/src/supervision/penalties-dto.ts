import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { PENALTY_KINDS } from '../events';
import { ZPageQuery } from '../paging';
import { PENALTY_ACTIONS, PENALTY_STATUSES } from './penalties';

/** HTTP shapes of the penalty procedure: one record, its steps, one body per step, and the public 双公示 view. */
const ZId = z.number().int();
const ZFileIds = z.array(z.number().int().positive()).max(50, '附件不能超过50个');
const text = (label: string, max = 5000) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}字`);
const ZVersion = z.number().int({ message: '缺少版本号' });
export const PENALTY_EVIDENCE_PURPOSE = 'penalty_evidence';

export const ZPenaltyStep = z.object({
  id: ZId,
  step: z.string(),
  onDate: z.string(),
  actorName: z.string(),
  note: z.string().nullable(),
  files: z.array(ZId),
  documentId: ZId.nullable(),
  at: z.string(),
});
export type TPenaltyStep = z.infer<typeof ZPenaltyStep>;

export const ZPenalty = z.object({
  id: ZId,
  orgId: ZId,
  orgName: z.string(),
  uscc: z.string().nullable(),
  regionCode: z.string(),
  authorityRegionCode: z.string(),
  caseId: ZId.nullable(),
  title: z.string(),
  status: z.enum(PENALTY_STATUSES),
  kinds: z.array(z.enum(PENALTY_KINDS)),
  fineFen: z.number().int().nullable(),
  confiscatedFen: z.number().int().nullable(),
  suspensionMonths: z.number().int().nullable(),
  hearingDue: z.boolean(),
  handlerName: z.string(),
  filedOn: z.string(),
  decidedOn: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  publishBy: z.string().nullable(),
  publishedOn: z.string().nullable(),
  version: z.number().int(),
});
export type TPenalty = z.infer<typeof ZPenalty>;

export const ZPenaltyDetail = ZPenalty.extend({
  facts: z.string(),
  basis: z.string().nullable(),
  noticeOn: z.string().nullable(),
  statementDeadline: z.string().nullable(),
  statementOn: z.string().nullable(),
  statement: z.string().nullable(),
  hearingRequested: z.boolean(),
  hearingOn: z.string().nullable(),
  heardOn: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  reviewerName: z.string().nullable(),
  servedOn: z.string().nullable(),
  executedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  steps: z.array(ZPenaltyStep),
  /** What keeps the decision back now (empty once it may be made). */
  decisionBlockers: z.array(z.string()),
  nextActions: z.array(z.enum(PENALTY_ACTIONS)),
});
export type TPenaltyDetail = z.infer<typeof ZPenaltyDetail>;

export const ZPenaltyQuery = ZPageQuery.extend({
  status: z.enum(PENALTY_STATUSES).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  caseId: z.coerce.number().int().positive().optional(),
  /** Decided penalties past their publication deadline and not yet published. */
  publicationOverdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().min(1).max(50).optional(),
});
export type TPenaltyQuery = z.infer<typeof ZPenaltyQuery>;

export const ZPenaltyCreate = z.object({
  orgId: z.number({ message: '请选择当事人（社会组织）' }).int().positive(),
  caseId: z.number().int().positive().optional(),
  title: text('案由', 200),
  facts: text('立案依据及违法事实'),
  filedOn: ZIsoDate.optional(),
});
export type TPenaltyCreate = z.infer<typeof ZPenaltyCreate>;

export const ZPenaltyInvestigation = z.object({
  version: ZVersion,
  findings: text('调查取证情况'),
  evidence: ZFileIds.min(1, '请上传证据材料'),
});
export type TPenaltyInvestigation = z.infer<typeof ZPenaltyInvestigation>;

export const ZPenaltyPriorNotice = z.object({
  version: ZVersion,
  kinds: z.array(z.enum(PENALTY_KINDS, { message: '处罚种类不正确' })).min(1, '请选择拟处罚种类'),
  fineFen: z.number().int().positive('罚款金额应大于0').nullable().default(null),
  confiscatedFen: z.number().int().positive('没收金额应大于0').nullable().default(null),
  suspensionMonths: z.number().int().min(1).max(12, '停止活动期限不超过12个月').nullable().default(null),
  facts: text('拟认定的违法事实'),
  basis: text('处罚依据', 1000),
});
export type TPenaltyPriorNotice = z.infer<typeof ZPenaltyPriorNotice>;

export const ZPenaltyStatement = z.object({
  version: ZVersion,
  /** The party's statement and defence, or its written waiver. */
  statement: text('陈述申辩内容（或放弃陈述申辩的书面意见）'),
  statedOn: ZIsoDate,
  hearingRequested: z.boolean().default(false),
});
export type TPenaltyStatement = z.infer<typeof ZPenaltyStatement>;

export const ZPenaltyHearing = z.object({
  version: ZVersion,
  hearingOn: ZIsoDate,
  place: text('听证地点', 200),
  host: text('听证主持人', 50),
});
export type TPenaltyHearing = z.infer<typeof ZPenaltyHearing>;

export const ZPenaltyHearingRecord = z.object({
  version: ZVersion,
  record: text('听证笔录摘要'),
  files: ZFileIds.default([]),
});
export type TPenaltyHearingRecord = z.infer<typeof ZPenaltyHearingRecord>;

export const ZPenaltyReview = z.object({
  version: ZVersion,
  approved: z.boolean(),
  opinion: text('审核意见'),
});
export type TPenaltyReview = z.infer<typeof ZPenaltyReview>;

export const ZPenaltyDecision = z.object({
  version: ZVersion,
  /** Where reconsideration is asked for (the people's government at the same level, 行政复议法第二十四条). */
  reconsiderationBody: text('行政复议机关', 100),
  court: text('管辖人民法院', 100),
});
export type TPenaltyDecision = z.infer<typeof ZPenaltyDecision>;

export const PENALTY_SERVICE_METHODS = ['direct', 'mail', 'electronic', 'public_notice'] as const;
export const PENALTY_SERVICE_METHOD_LABELS: Record<(typeof PENALTY_SERVICE_METHODS)[number], string> = {
  direct: '直接送达',
  mail: '邮寄送达',
  electronic: '电子送达（经当事人同意）',
  public_notice: '公告送达',
};
export const ZPenaltyService = z.object({
  version: ZVersion,
  servedOn: ZIsoDate,
  method: z.enum(PENALTY_SERVICE_METHODS, { message: '请选择送达方式' }),
  /** The signed receipt (送达回证) or its equivalent. */
  receipt: ZFileIds.min(1, '请上传送达回证'),
});
export type TPenaltyService = z.infer<typeof ZPenaltyService>;

export const ZPenaltyExecution = z.object({
  version: ZVersion,
  executedOn: ZIsoDate,
  note: text('执行情况'),
  files: ZFileIds.default([]),
});
export type TPenaltyExecution = z.infer<typeof ZPenaltyExecution>;

export const ZPenaltyClose = z.object({ version: ZVersion, note: text('结案说明') });
export type TPenaltyClose = z.infer<typeof ZPenaltyClose>;

export const ZPenaltyPublish = z.object({ version: ZVersion });

/** 双公示: what the public sees of a decided penalty — the organization, never a person. */
export const ZPublicPenalty = z.object({
  id: ZId,
  decisionNumber: z.string(),
  orgName: z.string(),
  uscc: z.string().nullable(),
  kinds: z.array(z.enum(PENALTY_KINDS)),
  fineFen: z.number().int().nullable(),
  confiscatedFen: z.number().int().nullable(),
  basis: z.string(),
  decidedOn: z.string(),
  authorityName: z.string(),
});
export type TPublicPenalty = z.infer<typeof ZPublicPenalty>;
export const ZPublicPenaltyQuery = ZPageQuery.extend({ q: z.string().trim().min(2).max(50).optional() });
export type TPublicPenaltyQuery = z.infer<typeof ZPublicPenaltyQuery>;
