import type { RegisteredOrgType } from '../orgs';
import type { ReportContext } from './check-types';
import type { ReportValues } from './indicator-set';

/** A report context for tests and benchmarks: a registered organization of the type, full form, no previous report. */
export function sampleReportContext(type: RegisteredOrgType, over: Partial<ReportContext> = {}): ReportContext {
  const { org, ...rest } = over;
  return {
    year: 2025,
    form: 'full',
    previous: null,
    ...rest,
    org: {
      type,
      charity: false,
      publicFundraising: false,
      // 3万元 local social group, 开办资金 10万元, 原始基金 200万元 (non-public foundation).
      registeredFundsFen: type === 'social_group' ? 3_000_000 : type === 'foundation' ? 200_000_000 : 10_000_000,
      grade: null,
      foundedOn: '2015-04-20',
      direct: type !== 'social_group',
      hasPartyOrg: true,
      ...org,
    },
  };
}

export interface SampleOptions {
  year?: number;
  /** Add the charity section (consistent with the statements, above the spending floor). */
  charity?: boolean;
  publicFundraising?: boolean;
}

/**
 * A complete, clean report for the default indicator set: balanced statements, every required value, no rule
 * error or warning and no risk flag. Amounts in fen: total assets ¥5,000,000, net assets ¥4,850,000.
 */
export function sampleReportValues(type: RegisteredOrgType, opts: SampleOptions = {}): ReportValues {
  const year = opts.year ?? 2025;
  const group = type === 'social_group';
  const fees = group ? 20_000_000 : null;
  const income = 60_000_000 + (fees ?? 0) + 30_000_000 + 5_000_000 + 5_000_000;
  const expense = 72_000_000 + 8_000_000;
  const change = income - expense;
  const netEnd = 485_000_000;
  const netBegin = netEnd - change;
  const v: ReportValues = {
    basic_name: group ? '示例市软件行业协会' : type === 'foundation' ? '示例市助学基金会' : '示例市阳光养老服务中心',
    basic_uscc: group ? '51500235MJP000001X' : '52500235MJP000001X',
    basic_legal_rep: '张三',
    basic_legal_rep_duty: type === 'service_institution' ? 'director' : 'chair',
    basic_address: '示例市示例区示例路1号',
    basic_registered_funds: group ? 3_000_000 : type === 'foundation' ? 200_000_000 : 10_000_000,
    basic_founded_on: '2015-04-20',
    basic_business_scope: '行业服务、培训、交流',
    basic_contact_name: '李四',
    basic_contact_phone: '023-00000000',
    basic_council_size: 25,
    basic_supervisor_count: 3,
    basic_leaders: 5,
    basic_civil_servant_leaders: 0,
    basic_retired_leaders: 1,
    basic_retired_leaders_over70: 0,
    basic_branches: 0,
    basic_rep_offices: 0,

    bs_cash_end: 450_000_000,
    bs_receivables_end: 35_000_000,
    bs_fixed_cost_end: 20_000_000,
    bs_depreciation_end: 5_000_000,
    bs_total_assets_begin: netBegin + 20_000_000,
    bs_total_assets_end: 500_000_000,
    bs_payables_end: 10_000_000,
    bs_wages_payable_end: 5_000_000,
    bs_total_liab_begin: 20_000_000,
    bs_total_liab_end: 15_000_000,
    bs_unrestricted_begin: netBegin - 50_000_000,
    bs_unrestricted_end: netEnd - 50_000_000,
    bs_restricted_begin: 50_000_000,
    bs_restricted_end: 50_000_000,
    bs_net_assets_begin: netBegin,
    bs_net_assets_end: netEnd,
    bs_total_liab_net_begin: netBegin + 20_000_000,
    bs_total_liab_net_end: 500_000_000,

    ac_donation_income: 60_000_000,
    ac_service_income: 30_000_000,
    ac_gov_purchase_income: 10_000_000,
    ac_gov_grant_income: 5_000_000,
    ac_other_income: 5_000_000,
    ac_total_income: income,
    ac_program_cost: 72_000_000,
    // Under 20万元: outside the management-fee cap in any case.
    ac_mgmt_expense: 8_000_000,
    ac_total_expense: expense,
    ac_net_change: change,

    act_work_summary: `${year}年度，本组织遵守法律法规，按照章程开展业务活动，财务管理规范。`,
    act_events: 4,
    act_trainings: 6,
    act_training_participants: 320,
    act_welfare_projects: 2,
    act_beneficiaries: 800,
    act_awards: [],
    act_donation_domestic: 60_000_000,
    act_donation_foreign: 0,
    act_foreign_cooperation: false,

    gov_term_years: 5,
    gov_last_election: `${year - 2}-06-18`,
    gov_council_required: 2,
    gov_council_held: 2,
    gov_supervisor_meetings: 2,
    gov_legal_rep_changed: false,
    gov_seal_rules: true,
    gov_finance_rules: true,
    gov_accountants: 1,

    party_org_form: 'branch',
    party_members: 3,
    party_members_fulltime: 3,
    party_activities: 12,
    party_instructor: true,

    staff_total: 8,
    staff_fulltime: 6,
    staff_parttime: 2,
    staff_rehired: 1,
    staff_contracts: 6,
    staff_insured: 6,
    staff_volunteers: 40,
    staff_volunteer_hours: 1200.5,
    staff_avg_salary: 7_200_000,

    disc_annual_report_published: true,
    disc_certificate_displayed: true,
    disc_fee_standard_published: true,
    disc_donor_reports: true,
    disc_channels: '本组织网站、民政部门门户网站',

    att_financial_statements: [101],
    att_audit_report: [102],
  };
  if (group) {
    Object.assign(v, {
      basic_supervisor: '示例市经济和信息化委员会',
      basic_individual_members: 120,
      basic_unit_members: 35,
      basic_standing_council_size: 9,
      basic_special_funds: 0,
      basic_fee_standard: '单位会员每年2000元，个人会员每年200元',
      ac_membership_fees: fees,
      gov_general_meetings: 1,
      gov_standing_required: 2,
      gov_standing_held: 2,
    });
  }
  if (type === 'foundation') v.basic_special_funds = 1;
  if (opts.charity) {
    Object.assign(v, {
      ac_charity_spending: 55_000_000,
      ch_prev_actual_income: 70_000_000,
      ch_prev_adjusted_income: 70_000_000,
      ch_prev_net_assets: netBegin,
      ch_charity_spending: 55_000_000,
      ch_mgmt_expense: 8_000_000,
      ch_related_party_tx: false,
      disc_charity_platform: true,
      disc_related_parties: true,
      ...(opts.publicFundraising ? { ch_fundraising_campaigns: 2, ch_fundraising_income: 20_000_000 } : {}),
    });
  }
  return v;
}
