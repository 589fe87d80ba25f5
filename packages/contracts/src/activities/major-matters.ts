import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { ZPageQuery } from '../paging';

/**
 * Major-matter reports (重大事项报告, DOMAIN.md "Activities and major matters"): an organization reports a
 * matter a number of working days before it takes place (广州市社会组织重大事项报告: 15 working days; a bureau's
 * setting `majorMatterDays`); the registration authority (本级) or the supervising unit acknowledges it or
 * objects with a reason; a late report is accepted and marked late.
 */
export const MAJOR_MATTER_KINDS = [
  'council_renewal',
  'large_donation',
  'foreign_donation',
  'foreign_cooperation',
  'forum_award',
  'leader_change',
  'other',
] as const;
export type MajorMatterKind = (typeof MAJOR_MATTER_KINDS)[number];
export const MAJOR_MATTER_KIND_LABELS: Record<MajorMatterKind, string> = {
  council_renewal: '换届',
  large_donation: '接受大额捐赠',
  foreign_donation: '接受境外捐赠',
  foreign_cooperation: '对外合作交流',
  forum_award: '举办论坛、评比达标表彰',
  leader_change: '负责人变更',
  other: '其他重大事项',
};

export const MAJOR_MATTER_STATUSES = ['reported', 'acknowledged', 'objected', 'withdrawn', 'completed'] as const;
export type MajorMatterStatus = (typeof MAJOR_MATTER_STATUSES)[number];
export const MAJOR_MATTER_STATUS_LABELS: Record<MajorMatterStatus, string> = {
  reported: '待知悉',
  acknowledged: '已知悉',
  objected: '有异议',
  withdrawn: '已撤回',
  completed: '已办结',
};

/** Working days ahead when the bureau has set nothing (广州: 提前15个工作日报告). */
export const DEFAULT_MAJOR_MATTER_DAYS = 15;

/** Reports' attached files (会议方案、捐赠协议、候选人名单…). */
export const MAJOR_MATTER_FILE_PURPOSE = 'major_matter_file';

const ZText = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `不超过${max}字`);
const ZFen = z.number({ message: '请填写金额' }).int('金额以分为单位').min(1, '金额应大于0').max(1e13, '金额过大');
const ZLeader = z.object({ name: ZText(50, '请填写姓名'), post: ZText(50, '请填写职务') });

/** What each kind adds to the report (a donation's amount and donor, the new leaders, the renewal's term…). */
export const ZMajorMatterFacts = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('council_renewal'),
    /** 第几届 and the term in years. */
    session: z.number({ message: '请填写届次' }).int().min(1).max(100),
    termYears: z.number({ message: '请填写任期' }).int().min(1, '任期至少1年').max(5, '任期不超过5年'),
    candidates: z.array(ZLeader).max(200, '候选人最多200人').default([]),
  }),
  z.object({
    kind: z.literal('large_donation'),
    amountFen: ZFen,
    donor: ZText(200, '请填写捐赠方'),
    purpose: z.string().trim().max(500).default(''),
  }),
  z.object({
    kind: z.literal('foreign_donation'),
    amountFen: ZFen,
    donor: ZText(200, '请填写捐赠方'),
    country: ZText(100, '请填写捐赠方所在国家或地区'),
    purpose: z.string().trim().max(500).default(''),
  }),
  z.object({
    kind: z.literal('foreign_cooperation'),
    partner: ZText(200, '请填写合作方'),
    country: ZText(100, '请填写合作方所在国家或地区'),
  }),
  z.object({
    kind: z.literal('forum_award'),
    place: ZText(200, '请填写举办地点'),
    participants: z.number({ message: '请填写预计人数' }).int().min(1).max(1_000_000),
  }),
  z.object({
    kind: z.literal('leader_change'),
    leaders: z.array(ZLeader).min(1, '请填写新任负责人').max(50),
  }),
  z.object({ kind: z.literal('other') }),
]);
export type TMajorMatterFacts = z.infer<typeof ZMajorMatterFacts>;

export const ZMajorMatterInput = z
  .object({
    kind: z.enum(MAJOR_MATTER_KINDS, { message: '请选择事项类型' }),
    title: ZText(100, '请填写事项名称'),
    /** When the matter takes place (the renewal meeting, the signing of the donation…). */
    happensOn: ZIsoDate,
    detail: ZText(5000, '请填写事项说明'),
    facts: ZMajorMatterFacts,
    fileIds: z.array(z.number().int().positive()).max(20, '附件最多20个').default([]),
  })
  .refine((v) => v.facts.kind === v.kind, { message: '事项信息与类型不符', path: ['facts'] });
export type TMajorMatterInput = z.input<typeof ZMajorMatterInput>;
export type TMajorMatterReport = z.infer<typeof ZMajorMatterInput>;

export const ZMajorMatterObject = z.object({
  reason: ZText(1000, '请填写异议理由'),
  version: z.number().int(),
});
export const ZMajorMatterStep = z.object({ version: z.number().int() });
export const ZMajorMatterComplete = z.object({
  /** What happened; for 换届 the date the new council was elected. */
  outcome: ZText(2000, '请填写办理结果'),
  completedOn: ZIsoDate,
  version: z.number().int(),
});
export type TMajorMatterComplete = z.infer<typeof ZMajorMatterComplete>;

export const MAJOR_MATTER_ACTIONS = ['acknowledge', 'object', 'withdraw', 'complete'] as const;

export const ZMajorMatterSummary = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  regionCode: z.string(),
  kind: z.enum(MAJOR_MATTER_KINDS),
  title: z.string(),
  happensOn: z.string(),
  reportedOn: z.string(),
  dueOn: z.string(),
  late: z.boolean(),
  status: z.enum(MAJOR_MATTER_STATUSES),
});
export type TMajorMatterSummary = z.infer<typeof ZMajorMatterSummary>;

export const ZMajorMatterDetail = ZMajorMatterSummary.extend({
  uscc: z.string().nullable(),
  authorityRegionCode: z.string(),
  detail: z.string(),
  facts: ZMajorMatterFacts,
  files: z.array(z.object({ id: z.number().int(), name: z.string() })),
  decidedOn: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionReason: z.string().nullable(),
  outcome: z.string().nullable(),
  completedOn: z.string().nullable(),
  createdByName: z.string(),
  version: z.number().int(),
  /** What the viewer may do now (the web shows these buttons only). */
  actions: z.array(z.enum(MAJOR_MATTER_ACTIONS)),
});
export type TMajorMatterDetail = z.infer<typeof ZMajorMatterDetail>;

export const ZMajorMatterQuery = ZPageQuery.extend({
  status: z.enum(MAJOR_MATTER_STATUSES, { message: '状态不正确' }).optional(),
  kind: z.enum(MAJOR_MATTER_KINDS, { message: '类型不正确' }).optional(),
  region: z
    .string()
    .regex(/^\d{2,12}$/, '行政区划代码不正确')
    .optional(),
  orgId: z.coerce.number().int().positive().optional(),
  late: z.enum(['0', '1']).optional(),
  /** Matters taking place in a month (the calendar view): YYYY-MM. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
    .optional(),
});
export type TMajorMatterQuery = z.infer<typeof ZMajorMatterQuery>;

/** The due day for a date, as the form shows it while the organization types. */
export const ZMajorMatterDueDay = z.object({
  happensOn: z.string(),
  dueOn: z.string(),
  days: z.number().int(),
  /** Reporting today would be late. */
  late: z.boolean(),
  /** Years without holiday data: the due day is a weekday-only estimate. */
  missingYears: z.array(z.number().int()),
});
export type TMajorMatterDueDay = z.infer<typeof ZMajorMatterDueDay>;
