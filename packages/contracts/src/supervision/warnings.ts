import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { ZPageQuery } from '../paging';

/**
 * Risk warnings (风险预警): raised by rules from other modules' events or by hand, put on the organization's
 * and/or its supervising unit's to-do list, answered by them, and closed out by the bureau (or turned into a case).
 */
export const RISK_WARNING_LEVELS = ['hint', 'warning', 'serious'] as const;
export type RiskWarningLevel = (typeof RISK_WARNING_LEVELS)[number];
export const RISK_WARNING_LEVEL_LABELS: Record<RiskWarningLevel, string> = {
  hint: '提示',
  warning: '预警',
  serious: '严重',
};

export const RISK_WARNING_RULES = [
  'complaint_jump',
  'rectification_overdue',
  'annual_flagged',
  'major_matter_late',
  'manual',
] as const;
export type RiskWarningRule = (typeof RISK_WARNING_RULES)[number];
export const RISK_WARNING_RULE_LABELS: Record<RiskWarningRule, string> = {
  complaint_jump: '投诉举报短期内集中',
  rectification_overdue: '整改逾期未完成',
  annual_flagged: '年检结论为基本合格或不合格',
  major_matter_late: '重大事项未按规定提前报告',
  manual: '人工发起',
};

export const RISK_WARNING_TARGETS = ['org', 'supervisor', 'both'] as const;
export type RiskWarningTarget = (typeof RISK_WARNING_TARGETS)[number];
export const RISK_WARNING_TARGET_LABELS: Record<RiskWarningTarget, string> = {
  org: '社会组织',
  supervisor: '业务主管单位',
  both: '社会组织及业务主管单位',
};

export const RISK_WARNING_STATUSES = ['open', 'answered', 'closed', 'escalated'] as const;
export type RiskWarningStatus = (typeof RISK_WARNING_STATUSES)[number];
export const RISK_WARNING_STATUS_LABELS: Record<RiskWarningStatus, string> = {
  open: '待答复',
  answered: '已答复',
  closed: '已办结',
  escalated: '已转案件',
};

/** The complaint-jump rule's parameters: N or more complaints about one organization within D days. */
export const RISK_RULE_DEFAULTS = { complaintThreshold: 3, complaintWindowDays: 30 } as const;
export type RiskRuleParams = { complaintThreshold: number; complaintWindowDays: number };

/** Days an organization has to answer a warning, by level. */
export const RISK_WARNING_ANSWER_DAYS: Record<RiskWarningLevel, number> = { hint: 15, warning: 10, serious: 5 };

export const RISK_WARNING_FILE_PURPOSE = 'risk_warning_answer';

export const ZRiskWarning = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  uscc: z.string().nullable(),
  regionCode: z.string(),
  authorityRegionCode: z.string(),
  supervisorUnitId: z.number().int().nullable(),
  level: z.enum(RISK_WARNING_LEVELS),
  rule: z.enum(RISK_WARNING_RULES),
  reason: z.string(),
  target: z.enum(RISK_WARNING_TARGETS),
  status: z.enum(RISK_WARNING_STATUSES),
  raisedOn: ZIsoDate,
  dueDate: ZIsoDate,
  answerText: z.string().nullable(),
  answerFiles: z.array(z.number().int()),
  answeredByName: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closeNote: z.string().nullable(),
  closedByName: z.string().nullable(),
  closedAt: z.string().nullable(),
  caseId: z.number().int().nullable(),
  createdByName: z.string().nullable(),
  version: z.number().int(),
});
export type TRiskWarning = z.infer<typeof ZRiskWarning>;

export const ZRiskWarningQuery = ZPageQuery.extend({
  status: z.enum(RISK_WARNING_STATUSES).optional(),
  level: z.enum(RISK_WARNING_LEVELS).optional(),
  rule: z.enum(RISK_WARNING_RULES).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  region: z
    .string()
    .regex(/^\d{2,12}$/, '地区代码有误')
    .optional(),
});
export type TRiskWarningQuery = z.infer<typeof ZRiskWarningQuery>;

export const ZRiskWarningCreate = z.object({
  orgId: z.number().int().positive(),
  level: z.enum(RISK_WARNING_LEVELS),
  reason: z.string().trim().min(2, '请填写预警事由').max(1000, '预警事由不超过1000字'),
  target: z.enum(RISK_WARNING_TARGETS),
});
export type TRiskWarningCreate = z.infer<typeof ZRiskWarningCreate>;

export const ZRiskWarningAnswer = z.object({
  text: z.string().trim().min(2, '请填写答复内容').max(2000, '答复内容不超过2000字'),
  files: z.array(z.number().int().positive()).max(20, '附件不超过20个').default([]),
  version: z.number().int().optional(),
});
export type TRiskWarningAnswer = z.input<typeof ZRiskWarningAnswer>;

export const ZRiskWarningClose = z.object({
  note: z.string().trim().min(2, '请填写办结意见').max(1000, '办结意见不超过1000字'),
  version: z.number().int().optional(),
});
export type TRiskWarningClose = z.infer<typeof ZRiskWarningClose>;

export const ZRiskWarningEscalate = z.object({
  detail: z.string().trim().min(2, '请填写转案件的理由').max(1000, '理由不超过1000字'),
  version: z.number().int().optional(),
});
export type TRiskWarningEscalate = z.infer<typeof ZRiskWarningEscalate>;
