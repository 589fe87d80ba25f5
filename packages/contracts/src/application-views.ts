import { z } from 'zod';
import {
  APPLICATION_ACTIONS,
  APPLICATION_KINDS,
  APPLICATION_STATUSES,
  APPLICATION_STEPS,
  ATTACHMENT_ROLES,
} from './applications';
import { ZIsoDate } from './dates';
import { REGISTERED_ORG_TYPES } from './orgs';
import { ZRegionCode } from './regions';

/** One application as the queues list it. */
export const ZApplicationSummary = z.object({
  id: z.number().int(),
  kind: z.enum(APPLICATION_KINDS),
  status: z.enum(APPLICATION_STATUSES),
  /** Where a submitted application waits; null otherwise. */
  step: z.enum(APPLICATION_STEPS).nullable(),
  /** The organization (organization kinds; establishment once approved). */
  orgId: z.number().int().nullable(),
  /** The organization's name, or the proposed one. */
  orgName: z.string().nullable(),
  orgType: z.enum(REGISTERED_ORG_TYPES).nullable(),
  applicantId: z.number().int(),
  applicantName: z.string(),
  authorityRegionCode: z.string().nullable(),
  authorityName: z.string().nullable(),
  regionCode: z.string().nullable(),
  supervisorUnitId: z.number().int().nullable(),
  supervisorUnitName: z.string().nullable(),
  /** The category registers directly: no supervising-unit step. */
  directRegistration: z.boolean().nullable(),
  /** How many times it was submitted (each submission keeps a version). */
  submissionNo: z.number().int(),
  /** Time limit of the current step, in China dates (working days from the calendar). */
  dueDate: z.string().nullable(),
  /** The calendar lacked a year the limit crossed: the due date counts weekdays only. */
  dueEstimated: z.boolean(),
  overdue: z.boolean(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TApplicationSummary = z.infer<typeof ZApplicationSummary>;

export const ZApplicationChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type TApplicationChange = z.infer<typeof ZApplicationChange>;

export const ZApplicationAttachment = z.object({
  fileId: z.number().int(),
  role: z.enum(ATTACHMENT_ROLES),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
});

export const ZApplicationHistoryEntry = z.object({
  id: z.number().int(),
  action: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  step: z.enum(APPLICATION_STEPS).nullable(),
  comment: z.string().nullable(),
  actorName: z.string(),
  submissionNo: z.number().int(),
  at: z.string(),
});

export const ZApplicationVersion = z.object({
  no: z.number().int(),
  submittedAt: z.string(),
  submittedByName: z.string(),
  attachments: z.array(z.object({ fileId: z.number().int(), role: z.enum(ATTACHMENT_ROLES) })),
  /** What changed against the previous submission (personal data shown as ***); empty for the first. */
  changes: z.array(ZApplicationChange),
});

export const ZApplicationDetail = ZApplicationSummary.extend({
  /** The form's content; ID numbers and phones masked. */
  data: z.record(z.string(), z.unknown()),
  attachments: z.array(ZApplicationAttachment),
  history: z.array(ZApplicationHistoryEntry),
  versions: z.array(ZApplicationVersion),
  /** What the caller may do now (buttons). */
  allowedActions: z.array(z.enum(APPLICATION_ACTIONS)),
  decisionReason: z.string().nullable(),
  /** An approved preparation: the last day to apply for establishment. */
  establishmentDeadline: z.string().nullable(),
  certificateDocumentId: z.number().int().nullable(),
});
export type TApplicationDetail = z.infer<typeof ZApplicationDetail>;

const ZFlag = z
  .enum(['true', 'false'], { message: '应为 true 或 false' })
  .transform((v) => v === 'true')
  .optional();

export const ZApplicationListQuery = z.object({
  kind: z.enum(APPLICATION_KINDS).optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  step: z.enum(APPLICATION_STEPS).optional(),
  /** Submitted and past the current step's time limit. */
  overdue: ZFlag,
  /** Waiting for the caller: own drafts and returned ones, or the step the caller decides. */
  mine: ZFlag,
  /** Domicile within this region (subtree). */
  within: ZRegionCode.optional(),
  /** Part of the organization's name (2+ characters). */
  q: z.string().trim().min(2, '请至少输入2个字').max(50, '查询内容不能超过50个字').optional(),
  /** `due`: soonest due date first (a reviewer's queue); `newest` (default): latest first. */
  sort: z.enum(['newest', 'due']).default('newest'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type TApplicationListQuery = z.infer<typeof ZApplicationListQuery>;

const ZVersion = z.number().int().positive().max(2_147_483_647);
const comment = (message: string) => z.string().trim().min(2, message).max(1000, '意见不能超过1000个字');

export const ZApplicationActionBody = z.object({
  version: ZVersion,
  comment: z.string().trim().max(1000, '意见不能超过1000个字').optional(),
});
export const ZApplicationReturnBody = z.object({ version: ZVersion, comment: comment('请填写退回修改的意见') });
export const ZApplicationRejectBody = z.object({ version: ZVersion, reason: comment('请填写不予批准的理由') });
/** The authority's approval: the clerk enters the credit code (成立) or records what was handed back (注销). */
export const ZApplicationApproveBody = ZApplicationActionBody.extend({
  uscc: z.string().trim().toUpperCase().max(18, '统一社会信用代码应为18位').optional(),
  certificateReturnedOn: ZIsoDate.optional(),
  sealsReturnedOn: ZIsoDate.optional(),
});

/** Rules a region's administrators set; the nearest region up the tree that set them wins. */
export const ZRegistrationSettings = z.object({
  regionCode: z.string(),
  /** Social groups apply for preparation (筹备) before establishment; off where local rules dropped it. */
  preparationRequired: z.boolean(),
  /** Time limits in working days. */
  supervisorDays: z.number().int(),
  authorityDays: z.number().int(),
  /** Portal sign-ups wait for an administrator's approval. */
  signUpApproval: z.boolean(),
  /** Region whose settings apply ('100000' for the deployment-wide ones, 'default' when none were set). */
  definedIn: z.string(),
  /** Version of the region's own row, for editing it; null when it has none. */
  version: z.number().int().nullable(),
});
export type TRegistrationSettings = z.infer<typeof ZRegistrationSettings>;

const ZDays = z.number().int('应为整数').min(1, '至少1个工作日').max(120, '不能超过120个工作日');
export const ZRegistrationSettingsInput = z.object({
  preparationRequired: z.boolean(),
  supervisorDays: ZDays,
  authorityDays: ZDays,
  signUpApproval: z.boolean(),
  version: z.number().int().positive().max(2_147_483_647).nullable(),
});

export const ZRegionParam = z.object({ regionCode: ZRegionCode });
