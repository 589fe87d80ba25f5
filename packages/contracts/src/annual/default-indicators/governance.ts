import type { TIndicator } from '../indicator-set';
import { sectionBuilders } from './helpers';

const { x, n } = sectionBuilders('governance');
const group = { orgTypes: ['social_group' as const] };

/** 内部建设: 换届, meetings, internal rules (§A1 二(二)(三), §A3.2 三). */
export const GOVERNANCE_INDICATORS: TIndicator[] = [
  n('gov_term_years', '章程规定每届任期（年）', 'Term of office under the charter (years)', {
    required: true,
    simplified: true,
    min: 1,
    max: 10,
    prefill: 'previous',
  }),
  x('gov_last_election', 'date', '最近一次换届日期', 'Date of the last election', {
    required: true,
    simplified: true,
    public: true,
    prefill: 'previous',
  }),
  n('gov_general_meetings', '本年度召开会员（代表）大会次数', 'General assemblies held this year', group),
  n('gov_council_required', '章程规定理事会每年召开次数', 'Council meetings required per year', {
    required: true,
    prefill: 'previous',
  }),
  n('gov_council_held', '本年度召开理事会次数', 'Council meetings held this year', {
    required: true,
    simplified: true,
    public: true,
  }),
  n('gov_standing_required', '章程规定常务理事会每年召开次数', 'Standing council meetings required per year', {
    ...group,
    prefill: 'previous',
  }),
  n('gov_standing_held', '本年度召开常务理事会次数', 'Standing council meetings held this year', group),
  n('gov_supervisor_meetings', '本年度召开监事会次数', 'Supervisory board meetings held this year'),
  x('gov_meetings_reason', 'text', '未按章程如期如数召开会议的原因', 'Why meetings fell short of the charter', {
    maxLength: 1000,
  }),
  x('gov_legal_rep_changed', 'bool', '本年度是否更换法定代表人', 'Legal representative changed this year', {
    required: true,
  }),
  x('gov_change_audit', 'bool', '更换法定代表人或换届前是否进行财务审计', 'Financial audit before the change', {}),
  x('gov_seal_rules', 'bool', '是否建立证书、印章管理制度', 'Rules for certificates and seals', { required: true }),
  x('gov_finance_rules', 'bool', '是否建立财务管理制度', 'Financial management rules', { required: true }),
  n('gov_accountants', '专职财会人员数', 'Full-time accounting staff'),
];
