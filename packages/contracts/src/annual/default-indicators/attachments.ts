import type { TIndicator } from '../indicator-set';
import { sectionBuilders } from './helpers';

const { x } = sectionBuilders('attachments');

/** 附件. Whether the audit report is required depends on the organization: see the rule `att_audit_required`. */
export const ATTACHMENT_INDICATORS: TIndicator[] = [
  x('att_financial_statements', 'file', '财务会计报告（资产负债表、业务活动表、现金流量表）', 'Financial statements', {
    required: true,
    simplified: true,
  }),
  x('att_audit_report', 'file', '注册会计师审计报告', 'Auditor’s report', { simplified: true }),
  x('att_special_audit', 'file', '专项信息审核报告', 'Special information review report', {
    appliesWhen: 'org.type = "foundation" || org.charity && org.public_fundraising',
  }),
  x('att_other', 'file', '其他附件', 'Other attachments'),
];
