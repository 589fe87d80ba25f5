import { z } from 'zod';
import { ZRegionCode } from './regions';

/**
 * Domain events: what one module tells the others without importing them. Each contract has a name,
 * a version (raised when the payload changes incompatibly) and the payload schema checked at publish.
 * Every payload carries `regionCode`: the outbox stores it so that reading events is region-scoped.
 */
export interface EventContract<N extends string = string, P extends z.ZodType = z.ZodType> {
  name: N;
  version: number;
  description: string;
  payload: P;
}

const ZDate = z.iso.date({ message: '日期格式应为 YYYY-MM-DD' });
const ZDateTime = z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601' });
const ZId = z.number().int().positive();
const ZUscc = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '统一社会信用代码应为18位');
/** Money is an integer number of fen everywhere. */
const ZFen = z.number().int().nonnegative();

export const ORG_TYPES = ['social_group', 'service_institution', 'foundation', 'community_org'] as const;
export const INSPECTION_CONCLUSIONS = ['pass', 'basic_pass', 'fail'] as const;
export const PENALTY_KINDS = [
  'warning',
  'fine',
  'confiscation',
  'suspension',
  'leader_replacement',
  'revocation',
  'certificate_withdrawal',
] as const;
export const RECTIFICATION_MEASURES = ['reminder_talk', 'reminder_letter', 'rectification_order'] as const;

/** Who an organization event is about: enough for credit, notifications and scope checks. */
const ZOrgRef = z.object({
  orgId: ZId,
  orgName: z.string().min(1).max(200),
  /** Community organizations are filed, not registered: they have no credit code. */
  uscc: ZUscc.nullable(),
  regionCode: ZRegionCode,
  /** The bureau that registered the organization and decides on it (本级). */
  authorityRegionCode: ZRegionCode,
  /** Its supervising unit; null for directly registered categories. */
  supervisorUnitId: ZId.nullable().optional(),
});

function contract<N extends string, P extends z.ZodType>(c: EventContract<N, P>): EventContract<N, P> {
  return c;
}

export const EVENT_CONTRACTS = {
  org_registered: contract({
    name: 'org_registered',
    version: 1,
    description: '社会组织成立登记（或社区社会组织备案）获准',
    payload: ZOrgRef.extend({ orgType: z.enum(ORG_TYPES), registeredOn: ZDate, applicationId: ZId.nullable() }),
  }),
  org_changed: contract({
    name: 'org_changed',
    version: 1,
    description: '社会组织变更登记获准',
    payload: ZOrgRef.extend({
      changedFields: z.array(z.string().min(1)).min(1),
      changedOn: ZDate,
      applicationId: ZId.nullable(),
    }),
  }),
  org_deregistered: contract({
    name: 'org_deregistered',
    version: 1,
    description: '社会组织注销登记',
    payload: ZOrgRef.extend({ deregisteredOn: ZDate, applicationId: ZId.nullable() }),
  }),
  org_revoked: contract({
    name: 'org_revoked',
    version: 1,
    description: '社会组织被撤销登记',
    payload: ZOrgRef.extend({ revokedOn: ZDate, ground: z.string().min(1).max(500), penaltyId: ZId.nullable() }),
  }),
  org_certificate_withdrawn: contract({
    name: 'org_certificate_withdrawn',
    version: 1,
    description: '社会组织被吊销登记证书',
    payload: ZOrgRef.extend({ withdrawnOn: ZDate, ground: z.string().min(1).max(500), penaltyId: ZId.nullable() }),
  }),
  annual_report_submitted: contract({
    name: 'annual_report_submitted',
    version: 1,
    description: '社会组织提交年度报告',
    payload: ZOrgRef.extend({ reportId: ZId, year: z.number().int().min(2000).max(2100), submittedAt: ZDateTime }),
  }),
  annual_report_overdue: contract({
    name: 'annual_report_overdue',
    version: 1,
    description: '年度报告逾期未报（列入活动异常名录的情形之一）',
    payload: ZOrgRef.extend({ year: z.number().int().min(2000).max(2100), deadline: ZDate }),
  }),
  annual_inspection_concluded: contract({
    name: 'annual_inspection_concluded',
    version: 1,
    description: '年检结论作出（合格、基本合格、不合格）',
    payload: ZOrgRef.extend({
      reportId: ZId,
      year: z.number().int().min(2000).max(2100),
      conclusion: z.enum(INSPECTION_CONCLUSIONS),
      concludedOn: ZDate,
    }),
  }),
  org_revocation_candidate: contract({
    name: 'org_revocation_candidate',
    version: 1,
    description: '社会组织成为撤销登记候选（连续两年未年检，或民办非企业单位连续两年年检不合格）',
    payload: ZOrgRef.extend({ year: z.number().int().min(2000).max(2100), ground: z.string().min(1).max(200) }),
  }),
  penalty_decided: contract({
    name: 'penalty_decided',
    version: 1,
    description: '行政处罚决定作出（含其他部门作出的警告、罚款）',
    payload: ZOrgRef.extend({
      penaltyId: ZId.nullable(),
      decisionNumber: z.string().min(1).max(100),
      kinds: z.array(z.enum(PENALTY_KINDS)).min(1),
      fineFen: ZFen.nullable(),
      confiscatedFen: ZFen.nullable(),
      decidedOn: ZDate,
      /** The department that decided, when not the registration authority. */
      decidedBy: z.string().min(1).max(100).nullable(),
    }),
  }),
  rectification_overdue: contract({
    name: 'rectification_overdue',
    version: 1,
    description: '责令整改逾期未完成',
    payload: ZOrgRef.extend({
      caseId: ZId.nullable(),
      measureId: ZId,
      measure: z.enum(RECTIFICATION_MEASURES),
      deadline: ZDate,
    }),
  }),
  activity_published: contract({
    name: 'activity_published',
    version: 1,
    description: '社会组织活动审核通过并公开',
    payload: ZOrgRef.extend({ activityId: ZId, title: z.string().min(1).max(200), publishedAt: ZDateTime }),
  }),
  council_renewed: contract({
    name: 'council_renewed',
    version: 1,
    description: '社会组织完成理事会（董事会）换届',
    payload: ZOrgRef.extend({ majorMatterId: ZId, renewedOn: ZDate }),
  }),
  major_matter_late: contract({
    name: 'major_matter_late',
    version: 1,
    description: '重大事项未按规定提前报告',
    payload: ZOrgRef.extend({
      majorMatterId: ZId,
      kind: z.string().min(1).max(40),
      title: z.string().min(1).max(200),
      /** When the matter takes place, and the last day it should have been reported by. */
      happensOn: ZDate,
      dueOn: ZDate,
      reportedOn: ZDate,
    }),
  }),
  spot_check_concluded: contract({
    name: 'spot_check_concluded',
    version: 1,
    description: '双随机抽查结果确定',
    payload: ZOrgRef.extend({
      planId: ZId,
      checkId: ZId,
      concludedOn: ZDate,
      /** Whether any checked item found a problem (a rectification follows). */
      problemsFound: z.boolean(),
      title: z.string().min(1).max(200),
    }),
  }),
  complaint_received: contract({
    name: 'complaint_received',
    version: 1,
    description: '收到针对社会组织的投诉举报',
    payload: ZOrgRef.extend({ complaintId: ZId, receivedOn: ZDate }),
  }),
  complaint_substantiated: contract({
    name: 'complaint_substantiated',
    version: 1,
    description: '投诉举报经查属实',
    payload: ZOrgRef.extend({
      complaintId: ZId,
      caseId: ZId.nullable(),
      decidedOn: ZDate,
      summary: z.string().min(1).max(200),
    }),
  }),
  'platform.test_event': contract({
    name: 'platform.test_event',
    version: 1,
    description: '平台自检事件（测试与运维用）',
    payload: z.object({ regionCode: ZRegionCode, message: z.string().min(1).max(200), n: z.number().int().optional() }),
  }),
} as const;

export type EventName = keyof typeof EVENT_CONTRACTS;
export type EventPayload<N extends EventName> = z.infer<(typeof EVENT_CONTRACTS)[N]['payload']>;
export const EVENT_NAMES = Object.keys(EVENT_CONTRACTS) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(EVENT_CONTRACTS, name);
}

/** Events about organizations that users may follow; `platform.*` events are for operators only. */
export type NotifiableEventName = Exclude<EventName, `platform.${string}`>;
export const NOTIFIABLE_EVENTS = EVENT_NAMES.filter((n): n is NotifiableEventName => !n.startsWith('platform.'));

export const EVENT_LABELS: Record<EventName, string> = {
  org_registered: '社会组织成立登记',
  org_changed: '社会组织变更登记',
  org_deregistered: '社会组织注销登记',
  org_revoked: '社会组织被撤销登记',
  org_certificate_withdrawn: '社会组织被吊销登记证书',
  annual_report_submitted: '年度报告提交',
  annual_report_overdue: '年度报告逾期未报',
  annual_inspection_concluded: '年检结论',
  org_revocation_candidate: '撤销登记候选',
  penalty_decided: '行政处罚决定',
  rectification_overdue: '整改逾期',
  activity_published: '活动公开',
  council_renewed: '理事会换届',
  major_matter_late: '重大事项逾期报告',
  spot_check_concluded: '双随机抽查结果',
  complaint_received: '收到投诉举报',
  complaint_substantiated: '投诉举报查实',
  'platform.test_event': '平台自检事件',
};

export const DELIVERY_STATUSES = ['pending', 'done', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** An outbox event as the admin API shows it, with where each consumer stands. */
export const ZOutboxEvent = z.object({
  id: z.number().int(),
  name: z.string(),
  label: z.string(),
  version: z.number().int(),
  regionCode: z.string(),
  payload: z.unknown(),
  actorId: z.number().int().nullable(),
  actorName: z.string(),
  requestId: z.string().nullable(),
  createdAt: z.string(),
  deliveries: z.array(z.object({ id: z.number().int(), consumer: z.string(), status: z.enum(DELIVERY_STATUSES) })),
});
export type TOutboxEvent = z.infer<typeof ZOutboxEvent>;

export const ZEventDelivery = z.object({
  id: z.number().int(),
  eventId: z.number().int(),
  eventName: z.string(),
  regionCode: z.string(),
  consumer: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  /** A dispatcher holds it right now (its lease has not run out). */
  inProgress: z.boolean(),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  processedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TEventDelivery = z.infer<typeof ZEventDelivery>;
