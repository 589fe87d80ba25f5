import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { REGISTERED_ORG_TYPES } from '../orgs';
import { ZPageQuery } from '../paging';
import { INSPECTION_CONCLUSIONS } from '../events';
import { ANNUAL_SECTIONS, ZIndicatorSetDefinition } from './indicator-set';
import { ZReportCheck } from './check-types';

/**
 * Annual inspection (年检) = an authority's yearly cycle; annual report (年度报告) = one organization's
 * filing in it. Review chain: supervising unit (skipped for 直接登记) → party-building body → authority.
 */
export const ANNUAL_REPORT_STATUSES = ['not_started', 'draft', 'in_review', 'returned', 'concluded'] as const;
export type AnnualReportStatus = (typeof ANNUAL_REPORT_STATUSES)[number];
export const ANNUAL_REVIEW_STEPS = ['supervisor', 'party', 'authority'] as const;
export type AnnualReviewStep = (typeof ANNUAL_REVIEW_STEPS)[number];
export type InspectionConclusion = (typeof INSPECTION_CONCLUSIONS)[number];
export const CONCLUSION_LABELS: Record<InspectionConclusion, string> = {
  pass: '合格',
  basic_pass: '基本合格',
  fail: '不合格',
};

/** Files attached to a report (audit report, statements): the purpose they are uploaded under. */
export const ANNUAL_ATTACHMENT_PURPOSE = 'annual_report_attachment';

const ZYear = z.coerce.number().int('年度应为整数').min(2000, '年度不正确').max(2100, '年度不正确');

/** Opening the inspection of report year `year` (opened in year + 1); dates default to the regulations'. */
export const ZCycleOpen = z.object({
  year: ZYear,
  /** 社团 and 民非 reach the supervising unit by 31 March. */
  supervisorDue: ZIsoDate.optional(),
  /** …and the authority by 31 May. */
  authorityDue: ZIsoDate.optional(),
  /** Foundations by 31 March (基金会管理条例 第三十六条). */
  foundationDue: ZIsoDate.optional(),
});
export type TCycleOpen = z.infer<typeof ZCycleOpen>;

export const ZCycle = z.object({
  id: z.number().int(),
  authorityRegionCode: z.string(),
  authorityName: z.string(),
  year: z.number().int(),
  indicatorSetId: z.number().int(),
  indicatorSetVersion: z.number().int(),
  status: z.enum(['open', 'closed']),
  supervisorDue: z.string(),
  authorityDue: z.string(),
  foundationDue: z.string(),
  openedAt: z.string(),
  openedByName: z.string().nullable(),
  reportCount: z.number().int(),
  /** Service institutions registered on 1 July or later of the year: they skip it. */
  skippedCount: z.number().int(),
});
export type TCycle = z.infer<typeof ZCycle>;

const ZCount = z.number().int();
export const ZCycleCounts = z.object({
  due: ZCount,
  notStarted: ZCount,
  draft: ZCount,
  submitted: ZCount,
  inReview: ZCount,
  atSupervisor: ZCount,
  atParty: ZCount,
  atAuthority: ZCount,
  returned: ZCount,
  concluded: ZCount,
  pass: ZCount,
  basicPass: ZCount,
  fail: ZCount,
  overdue: ZCount,
  late: ZCount,
});
export type TCycleCounts = z.infer<typeof ZCycleCounts>;

export const ZCycleDashboard = z.object({
  cycle: ZCycle,
  counts: ZCycleCounts,
  bySupervisor: z.array(
    z.object({
      unitId: z.number().int().nullable(),
      unitName: z.string(),
      due: ZCount,
      submitted: ZCount,
      concluded: ZCount,
      overdue: ZCount,
    }),
  ),
});
export type TCycleDashboard = z.infer<typeof ZCycleDashboard>;

export const ZAnnualReportSummary = z.object({
  id: z.number().int(),
  cycleId: z.number().int(),
  year: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  uscc: z.string(),
  orgType: z.enum(REGISTERED_ORG_TYPES),
  regionCode: z.string(),
  authorityRegionCode: z.string(),
  supervisorUnitId: z.number().int().nullable(),
  supervisorUnitName: z.string().nullable(),
  partyUnitId: z.number().int().nullable(),
  form: z.enum(['full', 'simplified']),
  status: z.enum(ANNUAL_REPORT_STATUSES),
  step: z.enum(ANNUAL_REVIEW_STEPS).nullable(),
  dueDate: z.string(),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  overdue: z.boolean(),
  riskScore: z.number().int(),
  /** Rule findings at submission: errors (none can remain) plus warnings. */
  errorCount: z.number().int(),
  riskCount: z.number().int(),
  conclusion: z.enum(INSPECTION_CONCLUSIONS).nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TAnnualReportSummary = z.infer<typeof ZAnnualReportSummary>;

export const ZRectificationItem = z.object({
  item: z.string().trim().min(2, '请填写整改事项').max(300),
  dueDate: ZIsoDate,
});

export const ZReviewEntry = z.object({
  action: z.string(),
  step: z.enum(ANNUAL_REVIEW_STEPS).nullable(),
  comment: z.string().nullable(),
  /** Comments attached to indicators (code → comment). */
  indicatorComments: z.record(z.string(), z.string()),
  actorName: z.string().nullable(),
  at: z.string(),
  submissionNo: z.number().int(),
});
export type TReviewEntry = z.infer<typeof ZReviewEntry>;

export const ZAnnualReportDetail = ZAnnualReportSummary.extend({
  partyUnitName: z.string().nullable(),
  authorityName: z.string(),
  submissionNo: z.number().int(),
  values: z.record(z.string(), z.unknown()),
  /** Last year's submitted values, for prefill and year-over-year checks. */
  previousValues: z.record(z.string(), z.unknown()).nullable(),
  /** Register facts the form prefills from, keyed as definitions name them (`register.registered_funds`). */
  register: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  savedSections: z.record(z.string(), z.string()),
  indicatorSet: z.object({ id: z.number().int(), year: z.number().int(), version: z.number().int() }),
  definition: ZIndicatorSetDefinition,
  context: z.object({
    year: z.number().int(),
    form: z.enum(['full', 'simplified']),
    org: z.object({
      type: z.enum(REGISTERED_ORG_TYPES),
      charity: z.boolean(),
      publicFundraising: z.boolean(),
      registeredFundsFen: z.number(),
      grade: z.string().nullable(),
      foundedOn: z.string(),
      direct: z.boolean(),
      hasPartyOrg: z.boolean(),
    }),
  }),
  check: ZReportCheck,
  conclusionReasons: z.string().nullable(),
  rectifications: z.array(ZRectificationItem),
  concludedAt: z.string().nullable(),
  /** A numbered 年检结论通知书 was issued with the conclusion (download at /conclusion-notice). */
  hasConclusionNotice: z.boolean(),
  history: z.array(ZReviewEntry),
  versions: z.array(
    z.object({ no: z.number().int(), submittedAt: z.string(), submittedByName: z.string().nullable() }),
  ),
  /** What the caller may do now. */
  can: z.object({
    fill: z.boolean(),
    submit: z.boolean(),
    review: z.boolean(),
    conclude: z.boolean(),
  }),
});
export type TAnnualReportDetail = z.infer<typeof ZAnnualReportDetail>;

export const ZSectionParam = z.object({ id: z.coerce.number().int().positive(), section: z.enum(ANNUAL_SECTIONS) });
/** Autosave of one section: values are checked by type (money in fen); cross-field rules only warn until submit. */
export const ZSectionSave = z.object({ values: z.record(z.string(), z.unknown()) });
export const ZSectionSaved = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  status: z.enum(ANNUAL_REPORT_STATUSES),
  check: ZReportCheck,
});
export type TSectionSaved = z.infer<typeof ZSectionSaved>;

export const ZReportAction = z.object({
  version: z.number().int().positive(),
  comment: z.string().trim().max(1000).optional(),
});
export const ZReportReturn = z.object({
  version: z.number().int().positive(),
  comment: z.string().trim().min(2, '请填写退回意见').max(1000),
  indicatorComments: z.record(z.string(), z.string().trim().min(1).max(500)).default({}),
});
export const ZReportConclude = z
  .object({
    version: z.number().int().positive(),
    conclusion: z.enum(INSPECTION_CONCLUSIONS, { message: '请选择年检结论' }),
    reasons: z.string().trim().max(2000).optional(),
    rectifications: z.array(ZRectificationItem).max(30).default([]),
  })
  .superRefine((b, ctx) => {
    if (b.conclusion !== 'pass' && !(b.reasons && b.reasons.length >= 2))
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: '基本合格和不合格须写明理由' });
    if (b.conclusion === 'basic_pass' && b.rectifications.length === 0)
      ctx.addIssue({ code: 'custom', path: ['rectifications'], message: '基本合格须列明整改事项和期限' });
  });
export type TReportConclude = z.infer<typeof ZReportConclude>;

export const ZBatchApprove = z.object({
  items: z
    .array(z.object({ id: z.number().int().positive(), version: z.number().int().positive() }))
    .min(1, '请选择报告')
    .max(200, '一次最多200份'),
  comment: z.string().trim().max(1000).optional(),
});
export const ZBatchResult = z.object({
  results: z.array(z.object({ id: z.number().int(), ok: z.boolean(), code: z.string().nullable() })),
});

const ZFlag = z
  .enum(['true', 'false'], { message: '应为 true 或 false' })
  .transform((v) => v === 'true')
  .optional();

export const ZAnnualReportQuery = ZPageQuery.extend({
  year: ZYear.optional(),
  cycleId: z.coerce.number().int().positive().optional(),
  status: z.enum(ANNUAL_REPORT_STATUSES).optional(),
  step: z.enum(ANNUAL_REVIEW_STEPS).optional(),
  /** Only what waits for the caller's own action (their unit's or their bureau's step). */
  mine: ZFlag,
  overdue: ZFlag,
  /** Submitted after the due date (allowed, marked). */
  late: ZFlag,
  /** Only reports without errors or risk flags (batch approval). */
  clean: ZFlag,
  conclusion: z.enum(INSPECTION_CONCLUSIONS).optional(),
  supervisorUnitId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(50).optional(),
});
export type TAnnualReportQuery = z.infer<typeof ZAnnualReportQuery>;

/** What the public sees of a concluded inspection. */
export const ZPublicInspectionResult = z.object({
  reportId: z.number().int(),
  year: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  uscc: z.string(),
  authorityName: z.string(),
  conclusion: z.enum(INSPECTION_CONCLUSIONS),
  concludedOn: z.string(),
  /** The public part of the report: label and value per published indicator. */
  publicPart: z.array(
    z.object({
      code: z.string(),
      labelZh: z.string(),
      labelEn: z.string(),
      type: z.string(),
      value: z.unknown(),
      /** The value as the register shows it in Chinese (money in 元, choices by label). */
      text: z.string(),
    }),
  ),
});
export type TPublicInspectionResult = z.infer<typeof ZPublicInspectionResult>;

export const ZPublicInspectionQuery = ZPageQuery.extend({
  year: ZYear,
  authorityRegionCode: z
    .string()
    .regex(/^\d{2,9}$/)
    .optional(),
  conclusion: z.enum(INSPECTION_CONCLUSIONS).optional(),
});

export const ZIndicatorSetSave = z.object({
  definition: ZIndicatorSetDefinition,
  note: z.string().trim().max(300).optional(),
  /** The version the editor started from: a concurrent edit answers 409. */
  baseVersion: z.number().int().nonnegative(),
});
