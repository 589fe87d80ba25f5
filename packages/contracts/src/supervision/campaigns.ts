import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { ZPageQuery } from '../paging';
import { ZRegionCode } from '../regions';
import { REGISTERED_ORG_TYPES, ZCategoryCode } from '../orgs';

/**
 * Special campaigns (专项整治, e.g. 行业协会商会乱收费专项清理整治): a scope within the bureau's own
 * registrations snapshotted at the start, a self-inspection form as data that every organization in scope
 * fills, spot checks and audits drawn within the campaign (spot-check plans with its campaignId), and the
 * problems found and rectified.
 */
export const CAMPAIGN_QUESTION_KINDS = ['yes_no', 'text', 'number'] as const;
export type CampaignQuestionKind = (typeof CAMPAIGN_QUESTION_KINDS)[number];
export const CAMPAIGN_STATUSES = ['open', 'closed'] as const;
export const SELF_INSPECTION_STATUSES = ['pending', 'submitted'] as const;
/** none: no problem; pending: problem found, not yet rectified; claimed: the org says rectified; confirmed. */
export const RECTIFICATION_STATES = ['none', 'pending', 'claimed', 'confirmed'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

const ZId = z.number().int();
/** Files an organization attaches to its rectification report (整改佐证材料). */
export const CAMPAIGN_EVIDENCE_PURPOSE = 'campaign_evidence';
export const ZEvidenceFile = z.object({ id: ZId, name: z.string() });

export const ZCampaignQuestion = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,29}$/, '题目代码为小写字母、数字和下划线'),
  text: z.string().trim().min(2, '请填写题目').max(300, '题目不超过300字'),
  kind: z.enum(CAMPAIGN_QUESTION_KINDS, { message: '请选择题型' }),
  required: z.boolean().default(true),
});
export type TCampaignQuestion = z.infer<typeof ZCampaignQuestion>;

export const ZCampaignForm = z
  .object({ questions: z.array(ZCampaignQuestion).min(1, '自查表至少一个题目').max(50, '自查表不超过50个题目') })
  .refine((f) => new Set(f.questions.map((q) => q.key)).size === f.questions.length, {
    path: ['questions'],
    message: '题目代码不能重复',
  });
export type TCampaignForm = z.infer<typeof ZCampaignForm>;

export const ZCampaignScopeInput = z.object({
  /** A domicile subtree within the bureau's region; the bureau's whole region when absent. */
  regionCode: ZRegionCode.optional(),
  types: z.array(z.enum(REGISTERED_ORG_TYPES)).min(1, '请至少选择一种组织类型'),
  /** 行业协会商会 is `industry_association`; none: every category. */
  categoryCodes: z.array(ZCategoryCode).max(50).default([]),
});

export const ZSpecialCampaignCreate = z
  .object({
    title: z.string().trim().min(2, '请填写名称').max(100, '名称不超过100字'),
    basis: z.string().trim().min(2, '请填写依据').max(500, '依据不超过500字'),
    startsOn: ZIsoDate,
    endsOn: ZIsoDate,
    scope: ZCampaignScopeInput,
    form: ZCampaignForm,
  })
  .refine((c) => c.endsOn >= c.startsOn, { path: ['endsOn'], message: '结束日期不能早于开始日期' });
export type TSpecialCampaignCreate = z.input<typeof ZSpecialCampaignCreate>;

/** The campaign's figures (衢州 example: in scope 321, checked 102, audited 57, with problems 58, rectified 53). */
export const ZCampaignFigures = z.object({
  inScope: z.number().int(),
  selfInspected: z.number().int(),
  checked: z.number().int(),
  audited: z.number().int(),
  withProblems: z.number().int(),
  rectified: z.number().int(),
});
export type TCampaignFigures = z.infer<typeof ZCampaignFigures>;

export const ZSpecialCampaign = z.object({
  id: ZId,
  authorityRegionCode: z.string(),
  authorityName: z.string(),
  title: z.string(),
  basis: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  scope: z.object({
    regionCode: z.string(),
    regionName: z.string(),
    types: z.array(z.string()),
    categoryCodes: z.array(z.string()),
  }),
  status: z.enum(CAMPAIGN_STATUSES),
  inScopeCount: z.number().int(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TSpecialCampaign = z.infer<typeof ZSpecialCampaign>;

export const ZSpecialCampaignDetail = ZSpecialCampaign.extend({
  form: ZCampaignForm,
  figures: ZCampaignFigures,
  canManage: z.boolean(),
});
export type TSpecialCampaignDetail = z.infer<typeof ZSpecialCampaignDetail>;

export const ZSelfInspectionAnswer = z.object({
  key: z.string().max(30),
  value: z.union([z.boolean(), z.number(), z.string().max(2000, '回答不超过2000字'), z.null()]),
  /** 发现问题 */
  problem: z.boolean().default(false),
  /** 整改说明: required when a problem is flagged. */
  note: z.string().trim().max(1000, '整改说明不超过1000字').default(''),
});
export type TSelfInspectionAnswer = z.infer<typeof ZSelfInspectionAnswer>;

export const ZCampaignOrg = z.object({
  id: ZId,
  campaignId: ZId,
  orgId: ZId,
  orgName: z.string(),
  uscc: z.string().nullable(),
  orgType: z.string(),
  categoryCode: z.string(),
  regionCode: z.string(),
  status: z.enum(SELF_INSPECTION_STATUSES),
  /** A problem the organization found in its own self-inspection. */
  problemFound: z.boolean(),
  submittedAt: z.string().nullable(),
  rectification: z.enum(RECTIFICATION_STATES),
  rectificationEvidence: z.string().nullable(),
  /** The files attached to the rectification report. */
  evidenceFiles: z.array(ZEvidenceFile),
  rectifiedAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  version: z.number().int(),
});
export type TCampaignOrg = z.infer<typeof ZCampaignOrg>;

export const ZCampaignOrgQuery = ZPageQuery.extend({
  status: z.enum(SELF_INSPECTION_STATUSES).optional(),
  /** Only organizations with a problem found in self-inspection. */
  problem: z.enum(['yes']).optional(),
});

/** Organizations with a problem: found in self-inspection, by the campaign's checks, or both. */
export const ZCampaignProblem = z.object({
  orgId: ZId,
  orgName: z.string(),
  uscc: z.string().nullable(),
  selfInspection: z.boolean(),
  checks: z.boolean(),
  rectification: z.enum(RECTIFICATION_STATES),
  campaignOrgId: ZId.nullable(),
  version: z.number().int().nullable(),
});
export type TCampaignProblem = z.infer<typeof ZCampaignProblem>;

/** One organization's self-inspection as it fills it in (also what staff read). */
export const ZSelfInspection = ZCampaignOrg.extend({
  campaign: z.object({
    id: ZId,
    title: z.string(),
    basis: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    authorityName: z.string(),
    status: z.enum(CAMPAIGN_STATUSES),
  }),
  form: ZCampaignForm,
  answers: z.array(ZSelfInspectionAnswer).nullable(),
});
export type TSelfInspection = z.infer<typeof ZSelfInspection>;

export const ZSelfInspectionSubmit = z.object({
  answers: z.array(ZSelfInspectionAnswer).max(50),
  version: z.number().int().positive(),
});
export type TSelfInspectionSubmit = z.input<typeof ZSelfInspectionSubmit>;

export const ZRectificationClaim = z.object({
  evidence: z.string().trim().min(5, '请说明整改情况（至少5个字）').max(2000, '整改情况不超过2000字'),
  files: z.array(z.number().int().positive()).max(20, '佐证材料不超过20个').default([]),
  version: z.number().int().positive(),
});
export const ZRectificationConfirm = z.object({ version: z.number().int().positive() });

/**
 * Checks a self-inspection against its form; answers field errors keyed `answers.<key>.value|note` (empty when
 * valid). Every required question answered in its kind, no unknown question, and a flagged problem needs
 * its rectification note (整改说明).
 */
export function validateSelfInspection(
  form: TCampaignForm,
  answers: readonly TSelfInspectionAnswer[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  const byKey = new Map(answers.map((a) => [a.key, a]));
  const known = new Set(form.questions.map((q) => q.key));
  for (const a of answers) if (!known.has(a.key)) errors[`answers.${a.key}.value`] = '自查表中没有该题目';
  for (const q of form.questions) {
    const a = byKey.get(q.key);
    const v = a?.value;
    const empty = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
    const field = `answers.${q.key}.value`;
    if (empty) {
      if (q.required) errors[field] = '请回答该题';
    } else if (q.kind === 'yes_no' && typeof v !== 'boolean') errors[field] = '请选择是或否';
    else if (q.kind === 'number' && (typeof v !== 'number' || !Number.isFinite(v))) errors[field] = '请填写数字';
    else if (q.kind === 'text' && typeof v !== 'string') errors[field] = '请填写文字';
    if (a?.problem && !a.note.trim()) errors[`answers.${q.key}.note`] = '发现问题的，请填写整改说明';
  }
  return errors;
}

/** Whether a submitted self-inspection found a problem (any answer flagged). */
export const selfInspectionProblem = (answers: readonly TSelfInspectionAnswer[]) => answers.some((a) => a.problem);
