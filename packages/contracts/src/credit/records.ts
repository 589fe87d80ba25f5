/**
 * Credit information (信用信息) of 民政部令第60号 has five kinds; the credit module records each fact it
 * learns from another module's event, or that staff enter, as one credit record of a subtype. Score providers
 * and dormant detection read these subtypes; a subtype nobody writes yet simply has no data.
 */
export const CREDIT_RECORD_KINDS = ['basic', 'annual_report', 'check', 'penalty', 'other'] as const;
export type CreditRecordKind = (typeof CREDIT_RECORD_KINDS)[number];

export const CREDIT_RECORD_KIND_LABELS: Record<CreditRecordKind, string> = {
  basic: '基础信息',
  annual_report: '年报信息',
  check: '行政检查信息',
  penalty: '行政处罚信息',
  other: '其他信息',
};

/** Subtype → kind, label and where it comes from. */
export const CREDIT_RECORD_SUBTYPES = {
  annual_submitted: { kind: 'annual_report', label: '提交年度报告', source: 'annual_report_submitted' },
  annual_overdue: { kind: 'annual_report', label: '年度报告逾期未报', source: 'annual_report_overdue' },
  annual_concluded: { kind: 'annual_report', label: '年检结论', source: 'annual_inspection_concluded' },
  revocation_candidate: { kind: 'annual_report', label: '撤销登记候选', source: 'org_revocation_candidate' },
  penalty: { kind: 'penalty', label: '行政处罚', source: 'penalty_decided' },
  rectification_overdue: { kind: 'check', label: '整改逾期', source: 'rectification_overdue' },
  spot_check: { kind: 'check', label: '抽查结果', source: 'spot_check_concluded' },
  complaint: { kind: 'other', label: '投诉举报查实', source: 'complaint_substantiated' },
  activity: { kind: 'other', label: '活动公开', source: 'activity_published' },
  registered_letter: { kind: 'other', label: '登记住所专用信函', source: 'manual' },
  council_renewed: { kind: 'basic', label: '理事会换届', source: 'council_renewed' },
  revoked: { kind: 'basic', label: '撤销登记', source: 'org_revoked' },
  withdrawn: { kind: 'basic', label: '吊销登记证书', source: 'org_certificate_withdrawn' },
  deregistered: { kind: 'basic', label: '注销登记', source: 'org_deregistered' },
  other_fact: { kind: 'other', label: '其他信用信息', source: 'manual' },
} as const satisfies Record<string, { kind: CreditRecordKind; label: string; source: string }>;
export type CreditRecordSubtype = keyof typeof CREDIT_RECORD_SUBTYPES;
export const CREDIT_RECORD_SUBTYPE_NAMES = Object.keys(CREDIT_RECORD_SUBTYPES) as CreditRecordSubtype[];
