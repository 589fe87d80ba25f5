import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { ZPageQuery, pageOf } from '../paging';
import { SPOT_CHECK_ITEMS, SPOT_CHECK_KINDS, SPOT_CHECK_MODES, SPOT_CHECK_PURPOSES } from './spot-checks-rules';

/** HTTP shapes of the spot checks (双随机一公开): inspectors, plans, draws, checks and their results. */
const text = (max: number, what: string) =>
  z
    .string({ message: `请填写${what}` })
    .trim()
    .min(1, { message: `请填写${what}` })
    .max(max, { message: `${what}过长` });

export const ZInspectorInput = z.object({
  name: text(50, '姓名'),
  unitName: text(100, '所在单位'),
  /** The unit of the register (业务主管单位) the inspector belongs to, when there is one: excluded for its orgs. */
  unitId: z.number().int().positive().nullable().default(null),
  regionCode: z.string().regex(/^\d{2,9}$/, { message: '行政区划代码不正确' }),
  userId: z.number().int().positive().nullable().default(null),
  /** Organizations the inspector declared a conflict of interest with (回避). */
  conflictOrgIds: z.array(z.number().int().positive()).max(200).default([]),
  active: z.boolean().default(true),
});
export type TInspectorInput = z.input<typeof ZInspectorInput>;

export const ZInspector = z.object({
  id: z.number(),
  name: z.string(),
  unitName: z.string(),
  unitId: z.number().nullable(),
  regionCode: z.string(),
  userId: z.number().nullable(),
  conflictOrgIds: z.array(z.number()),
  active: z.boolean(),
});
export type TInspector = z.infer<typeof ZInspector>;

export const ZSpotCheckPlanInput = z.object({
  year: z
    .number({ message: '请填写年度' })
    .int()
    .min(2000, { message: '年度不正确' })
    .max(2100, { message: '年度不正确' }),
  title: text(100, '计划名称'),
  kind: z.enum(SPOT_CHECK_KINDS, { message: '请选择抽查类型' }),
  purpose: z.enum(SPOT_CHECK_PURPOSES).default('check'),
  /** Share in basis points (5 % = 500). */
  shareBp: z.number({ message: '请填写抽查比例' }).int({ message: '抽查比例最多两位小数' }),
  weighted: z.boolean().default(false),
  types: z.array(z.string().max(40)).max(10).default([]),
  categoryCodes: z.array(z.string().max(40)).max(50).default([]),
  items: z.array(z.enum(SPOT_CHECK_ITEMS)).min(1, { message: '请至少选择一项检查内容' }),
  mode: z.enum(SPOT_CHECK_MODES, { message: '请选择检查方式' }),
  inspectorsPerCheck: z.number().int().min(2, { message: '每项检查至少2名检查人员' }).max(5).default(2),
  campaignId: z.number().int().positive().nullable().default(null),
  /** The region whose register is drawn from; defaults to the clerk's own bureau. */
  authorityRegionCode: z.string().optional(),
});
export type TSpotCheckPlanInput = z.input<typeof ZSpotCheckPlanInput>;

export const SPOT_CHECK_PLAN_STATUSES = ['draft', 'drawn', 'concluded'] as const;
export const SPOT_CHECK_PLAN_STATUS_LABELS: Record<(typeof SPOT_CHECK_PLAN_STATUSES)[number], string> = {
  draft: '待抽取',
  drawn: '已抽取',
  concluded: '已完成',
};

export const ZSpotCheckPlan = z.object({
  id: z.number(),
  authorityRegionCode: z.string(),
  year: z.number(),
  title: z.string(),
  kind: z.enum(SPOT_CHECK_KINDS),
  purpose: z.enum(SPOT_CHECK_PURPOSES),
  shareBp: z.number(),
  weighted: z.boolean(),
  types: z.array(z.string()),
  categoryCodes: z.array(z.string()),
  items: z.array(z.enum(SPOT_CHECK_ITEMS)),
  mode: z.enum(SPOT_CHECK_MODES),
  inspectorsPerCheck: z.number(),
  campaignId: z.number().nullable(),
  status: z.enum(SPOT_CHECK_PLAN_STATUSES),
  draw: z
    .object({
      seed: z.string(),
      snapshotHash: z.string(),
      population: z.number(),
      drawn: z.number(),
      drawnAt: z.string(),
    })
    .nullable(),
  checks: z.object({ total: z.number(), concluded: z.number(), withProblems: z.number() }),
});
export type TSpotCheckPlan = z.infer<typeof ZSpotCheckPlan>;
export const ZSpotCheckPlanPage = pageOf(ZSpotCheckPlan);

export const ZSpotCheckPlanQuery = ZPageQuery.extend({ year: z.coerce.number().int().optional() });

export const ZSpotCheckVerify = z.object({
  /** The stored snapshot still hashes to the stored hash. */
  snapshotIntact: z.boolean(),
  /** Recomputing from seed + snapshot gives the stored draw. */
  drawReproduced: z.boolean(),
  /** Today's register in scope equals the snapshot. */
  registerUnchanged: z.boolean(),
  ok: z.boolean(),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  levelChanged: z.array(z.string()),
  mismatched: z.array(z.string()),
});
export type TSpotCheckVerify = z.infer<typeof ZSpotCheckVerify>;

export const SPOT_CHECK_STATUSES = ['assigned', 'notified', 'concluded'] as const;
export const SPOT_CHECK_STATUS_LABELS: Record<(typeof SPOT_CHECK_STATUSES)[number], string> = {
  assigned: '已分派',
  notified: '已通知',
  concluded: '已办结',
};

export const ZSpotCheckResult = z.object({
  item: z.enum(SPOT_CHECK_ITEMS),
  passed: z.boolean(),
  finding: z.string(),
});
export const ZSpotCheck = z.object({
  id: z.number(),
  planId: z.number(),
  planTitle: z.string(),
  /** The plan's items, the results to enter. */
  items: z.array(z.enum(SPOT_CHECK_ITEMS)),
  rank: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  uscc: z.string(),
  status: z.enum(SPOT_CHECK_STATUSES),
  inspectors: z.array(z.object({ id: z.number(), name: z.string(), unitName: z.string() })),
  noticeDocumentId: z.number().nullable(),
  results: z.array(ZSpotCheckResult),
  concludedOn: z.string().nullable(),
  problemsFound: z.boolean().nullable(),
  caseId: z.number().nullable(),
});
export type TSpotCheck = z.infer<typeof ZSpotCheck>;
export const ZSpotCheckPage = pageOf(ZSpotCheck);
export const ZSpotCheckQuery = ZPageQuery.extend({
  planId: z.coerce.number().int().optional(),
  mine: z.enum(['true', 'false']).optional(),
});

export const ZSpotCheckConclude = z
  .object({
    results: z.array(
      z.object({
        item: z.enum(SPOT_CHECK_ITEMS),
        passed: z.boolean(),
        finding: z.string().trim().max(1000, { message: '检查情况过长' }).default(''),
      }),
    ),
    rectificationDeadline: ZIsoDate.optional(),
    rectificationRequirement: z.string().trim().max(2000).optional(),
  })
  .superRefine((v, ctx) => {
    const failed = v.results.some((r) => !r.passed);
    if (failed && !v.rectificationDeadline)
      ctx.addIssue({ code: 'custom', path: ['rectificationDeadline'], message: '发现问题的，请填写整改期限' });
    if (failed && !v.rectificationRequirement)
      ctx.addIssue({ code: 'custom', path: ['rectificationRequirement'], message: '发现问题的，请填写整改要求' });
    v.results.forEach((r, i) => {
      if (!r.passed && r.finding === '')
        ctx.addIssue({ code: 'custom', path: ['results', i, 'finding'], message: '未通过的项目请写明问题' });
    });
  });
export type TSpotCheckConclude = z.input<typeof ZSpotCheckConclude>;

/** The portal's view (双随机一公开: results public, no personal data — no inspector names). */
export const ZPublicSpotCheckResult = z.object({
  id: z.number(),
  year: z.number(),
  planTitle: z.string(),
  orgName: z.string(),
  uscc: z.string(),
  concludedOn: z.string(),
  problemsFound: z.boolean(),
  items: z.array(z.object({ item: z.enum(SPOT_CHECK_ITEMS), passed: z.boolean() })),
});
export const ZPublicSpotCheckResultPage = pageOf(ZPublicSpotCheckResult);
export const ZPublicSpotCheckQuery = ZPageQuery.extend({ year: z.coerce.number().int().optional() });
