import type { TIndicator } from '../indicator-set';
import { sectionBuilders } from './helpers';

const { m } = sectionBuilders('activity_statement');
const tot = { required: true, simplified: true, public: true };

/**
 * 业务活动表 (会民非02表), 本年累计数 合计 column, reference §B.2. Last year's comparatives come from `prev.*`.
 * The totals are entered; `ac_*_lines_sum` recompute them from the lines for the identity rules.
 */
export const ACTIVITY_STATEMENT_INDICATORS: TIndicator[] = [
  m('ac_donation_income', '捐赠收入', 'Donation income', { line: '1', public: true }),
  m('ac_membership_fees', '会费收入', 'Membership fees', { line: '2', public: true, orgTypes: ['social_group'] }),
  m('ac_service_income', '提供服务收入', 'Service income', { line: '3', public: true }),
  m('ac_gov_purchase_income', '其中：政府购买服务收入', 'Of which government purchase of services', { line: '3.1' }),
  m('ac_sales_income', '商品销售收入', 'Sales of goods', { line: '4' }),
  m('ac_gov_grant_income', '政府补助收入', 'Government grants', { line: '5', public: true }),
  // Investment results can be losses.
  m('ac_investment_income', '投资收益', 'Investment income', { line: '6', min: undefined }),
  m('ac_other_income', '其他收入', 'Other income', { line: '9', helpZh: '银行存款利息计入其他收入' }),
  m('ac_total_income', '收入合计', 'Total income', { line: '11', ...tot }),
  m('ac_income_lines_sum', '收入各项之和（校验）', 'Sum of the income lines (check)', {
    formula:
      'total(ac_donation_income, ac_membership_fees, ac_service_income, ac_sales_income, ac_gov_grant_income, ac_investment_income, ac_other_income)',
    min: undefined,
  }),
  m('ac_program_cost', '业务活动成本', 'Programme costs', { line: '12', ...tot }),
  m('ac_charity_spending', '其中：慈善活动支出', 'Of which charitable activities', {
    appliesWhen: 'org.charity',
    public: true,
    helpZh: '慈善活动支出计入业务活动成本（规定 第四条）',
  }),
  m('ac_mgmt_expense', '管理费用', 'Management expenses', { line: '21', ...tot }),
  m('ac_fundraising_expense', '筹资费用', 'Fundraising expenses', { line: '24', public: true }),
  m('ac_other_expense', '其他费用', 'Other expenses', { line: '28' }),
  m('ac_total_expense', '费用合计', 'Total expenses', { line: '35', ...tot }),
  m('ac_expense_lines_sum', '费用各项之和（校验）', 'Sum of the expense lines (check)', {
    formula: 'total(ac_program_cost, ac_mgmt_expense, ac_fundraising_expense, ac_other_expense)',
  }),
  m('ac_net_change', '净资产变动额', 'Change in net assets', {
    line: '45',
    ...tot,
    min: undefined,
    helpZh: '若为净资产减少额，以“-”号填列',
  }),
];
