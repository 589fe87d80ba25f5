import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { ZPageQuery } from '../paging';
import { RECTIFICATION_MEASURES } from '../events';

/** Coordinated cases (违规违法行为协同处置): where they come from, how they move, what measures they take. */
export const CASE_SOURCES = [
  'complaint',
  'spot_check',
  'annual_inspection',
  'referral',
  'risk_warning',
  'campaign',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** open → in_progress (measures under way) → feedback_given → verified → closed (反馈销号). */
export const CASE_STATUSES = ['open', 'in_progress', 'feedback_given', 'verified', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** 谈话提醒/约谈, 工作提醒函, 责令改正通知书. */
export const CASE_MEASURE_KINDS = RECTIFICATION_MEASURES;
export type CaseMeasureKind = (typeof CASE_MEASURE_KINDS)[number];
export const MEASURE_STATUSES = ['issued', 'answered', 'returned', 'verified'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const CASE_TASK_STATUSES = ['assigned', 'done'] as const;
export const CASE_ALARM_KINDS = ['measure_overdue', 'task_overdue', 'verification_overdue'] as const;
export type CaseAlarmKind = (typeof CASE_ALARM_KINDS)[number];

/** Working days the clerk has to verify an answer before 电子监察 raises an alarm. */
export const VERIFY_WITHIN_WORKING_DAYS = 5;

const ZText = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `不超过${max}字`);
const ZFiles = z.array(z.number().int().positive('文件编号不正确')).max(20, '证明材料最多20个');
const ZRegion = z.string().regex(/^\d{2,12}$/, '行政区划代码不正确');

export const ZCaseQuery = ZPageQuery.extend({
  status: z.enum(CASE_STATUSES, { message: '状态不正确' }).optional(),
  source: z.enum(CASE_SOURCES, { message: '来源不正确' }).optional(),
  alarm: z.enum(['1', '0'], { message: '告警筛选不正确' }).optional(),
  region: ZRegion.optional(),
  orgId: z.coerce.number().int().positive().optional(),
});
export type TCaseQuery = z.infer<typeof ZCaseQuery>;

export const ZCaseCreate = z.object({
  orgId: z.number().int().positive('请选择社会组织'),
  source: z.enum(CASE_SOURCES, { message: '请选择案件来源' }),
  /** For a referral: the referring department and its letter. */
  sourceRef: z.string().trim().max(100, '来源编号过长').optional(),
  title: ZText(200, '请填写案件标题'),
  detail: ZText(5000, '请填写案情'),
  partnerUnitIds: z.array(z.number().int().positive()).max(20, '协办部门最多20个').default([]),
  partnerRequest: z.string().trim().max(2000, '不超过2000字').optional(),
  partnerDeadline: ZIsoDate.optional(),
});
export type TCaseCreate = z.infer<typeof ZCaseCreate>;

export const ZCaseTaskCreate = z.object({
  unitId: z.number().int().positive('请选择协办部门'),
  request: ZText(2000, '请填写协办事项'),
  deadline: ZIsoDate,
});
export type TCaseTaskCreate = z.infer<typeof ZCaseTaskCreate>;

export const ZTalkRecord = z.object({
  date: ZIsoDate,
  place: ZText(200, '请填写谈话地点'),
  participants: ZText(500, '请填写参加人员'),
  content: ZText(5000, '请填写谈话内容'),
});
export type TTalkRecord = z.infer<typeof ZTalkRecord>;

export const ZMeasureCreate = z.object({
  kind: z.enum(CASE_MEASURE_KINDS, { message: '请选择措施' }),
  deadline: ZIsoDate,
  /** What the organization must do (the order's 改正要求, the letter's 提醒事项, the talk's requirements). */
  requirement: ZText(2000, '请填写要求'),
  /** 谈话提醒/约谈: the talk's record. */
  talk: ZTalkRecord.optional(),
  /** 谈话提醒/约谈: also issue a 约谈通知书. */
  talkNotice: z
    .object({ talkDate: ZIsoDate, place: ZText(200, '请填写约谈地点'), attendees: ZText(200, '请填写应到人员') })
    .optional(),
  /** The facts stated in a 责令改正通知书 (defaults to the case detail). */
  facts: z.string().trim().max(2000, '不超过2000字').optional(),
  contact: z.string().trim().max(100, '不超过100字').optional(),
});
export type TMeasureCreate = z.infer<typeof ZMeasureCreate>;

export const ZMeasureAnswer = z.object({
  answer: ZText(5000, '请填写整改情况'),
  fileIds: ZFiles.default([]),
});
export type TMeasureAnswer = z.infer<typeof ZMeasureAnswer>;

export const ZMeasureVerify = z
  .object({ accepted: z.boolean(), reason: z.string().trim().max(1000, '不超过1000字').optional() })
  .refine((v) => v.accepted || !!v.reason, { message: '退回须说明理由', path: ['reason'] });
export type TMeasureVerify = z.infer<typeof ZMeasureVerify>;

export const ZTaskFeedback = z.object({ feedback: ZText(5000, '请填写办理情况') });
export type TTaskFeedback = z.infer<typeof ZTaskFeedback>;

export const ZCaseFeedback = z.object({ feedback: ZText(5000, '请填写核查反馈') });
export const ZCaseClose = z.object({
  conclusion: ZText(2000, '请填写办结结论'),
  /** Complaint cases: whether the complaint was found true. */
  substantiated: z.boolean().optional(),
});
export type TCaseClose = z.infer<typeof ZCaseClose>;

const ZFileRef = z.object({ id: z.number().int(), name: z.string() });

export const ZCaseMeasure = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  kind: z.enum(CASE_MEASURE_KINDS),
  deadline: z.string(),
  requirement: z.string(),
  talk: ZTalkRecord.nullable(),
  documentId: z.number().int().nullable(),
  documentNumber: z.string().nullable(),
  status: z.enum(MEASURE_STATUSES),
  overdue: z.boolean(),
  issuedOn: z.string(),
  issuedByName: z.string(),
  answer: z.string().nullable(),
  answerFiles: z.array(ZFileRef),
  answeredOn: z.string().nullable(),
  returnReason: z.string().nullable(),
  verifiedOn: z.string().nullable(),
  verifiedByName: z.string().nullable(),
  /** For the organization's view. */
  caseTitle: z.string().optional(),
  orgName: z.string().optional(),
});
export type TCaseMeasure = z.infer<typeof ZCaseMeasure>;

export const ZCaseTask = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  request: z.string(),
  deadline: z.string(),
  status: z.enum(CASE_TASK_STATUSES),
  overdue: z.boolean(),
  feedback: z.string().nullable(),
  feedbackFiles: z.array(ZFileRef),
  doneOn: z.string().nullable(),
  doneByName: z.string().nullable(),
  caseTitle: z.string(),
  caseDetail: z.string(),
  orgName: z.string(),
});
export type TCaseTask = z.infer<typeof ZCaseTask>;

export const ZCaseAlarm = z.object({
  id: z.number().int(),
  kind: z.enum(CASE_ALARM_KINDS),
  targetType: z.string(),
  targetId: z.number().int(),
  dueOn: z.string(),
  raisedOn: z.string(),
  resolvedOn: z.string().nullable(),
  summary: z.string(),
});
export type TCaseAlarm = z.infer<typeof ZCaseAlarm>;

export const ZCaseSummary = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  uscc: z.string().nullable(),
  regionCode: z.string(),
  source: z.enum(CASE_SOURCES),
  sourceRef: z.string().nullable(),
  title: z.string(),
  handlerName: z.string(),
  status: z.enum(CASE_STATUSES),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  alarmed: z.boolean(),
});
export type TCaseSummary = z.infer<typeof ZCaseSummary>;

export const ZCaseDetail = ZCaseSummary.extend({
  detail: z.string(),
  authorityRegionCode: z.string(),
  feedback: z.string().nullable(),
  feedbackOn: z.string().nullable(),
  verifiedOn: z.string().nullable(),
  conclusion: z.string().nullable(),
  substantiated: z.boolean().nullable(),
  measures: z.array(ZCaseMeasure),
  tasks: z.array(ZCaseTask),
  alarms: z.array(ZCaseAlarm),
  timeline: z.array(
    z.object({ id: z.number().int(), action: z.string(), summary: z.string(), actorName: z.string(), at: z.string() }),
  ),
  /** What the reader may do now. */
  canManage: z.boolean(),
});
export type TCaseDetail = z.infer<typeof ZCaseDetail>;
