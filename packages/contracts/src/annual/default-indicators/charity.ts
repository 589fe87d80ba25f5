import type { TIndicator } from '../indicator-set';
import { sectionBuilders } from './helpers';

const { x, m, n } = sectionBuilders('charity');
const charity = { appliesWhen: 'org.charity' };

/**
 * 慈善活动支出和管理费用情况 (§A4.3, §C): the inputs of the spending floor and management-fee cap.
 * 上年总收入 = 上年实际收入 − 时间限定为上年不得使用的限定性收入 + 于上年解除时间限定的净资产 (§C.2).
 */
export const CHARITY_INDICATORS: TIndicator[] = [
  m('ch_prev_actual_income', '上年度实际收入合计', 'Last year’s actual income', { ...charity, required: true }),
  m(
    'ch_prev_restricted_income',
    '上年收入中时间限定为上年不得使用的限定性收入',
    'Last year’s income restricted beyond that year',
    charity,
  ),
  m(
    'ch_prev_released_assets',
    '于上年解除时间限定的净资产',
    'Net assets released from time restrictions last year',
    charity,
  ),
  m('ch_prev_adjusted_income', '调整后的上年度总收入', 'Adjusted income of last year', {
    ...charity,
    required: true,
    simplified: true,
    public: true,
  }),
  m('ch_prev_net_assets', '上年末净资产', 'Net assets at last year-end', {
    ...charity,
    required: true,
    simplified: true,
    public: true,
    min: undefined,
  }),
  m('ch_avg3_income', '前三年收入平均数', 'Average income of the three previous years', {
    ...charity,
    helpZh: '可选：按规定第十条以前三年平均数计算比例时填写',
  }),
  m('ch_avg3_net_assets', '前三年年末净资产平均数', 'Average year-end net assets of the three previous years', {
    ...charity,
    min: undefined,
  }),
  m('ch_charity_spending', '本年度慈善活动支出', 'Charitable spending this year', {
    ...charity,
    required: true,
    simplified: true,
    public: true,
  }),
  m('ch_mgmt_expense', '本年度管理费用', 'Management expenses this year', {
    ...charity,
    required: true,
    simplified: true,
    public: true,
  }),
  x('ch_spending_ratio', 'number', '慈善活动支出占比', 'Charitable spending ratio', {
    ...charity,
    public: true,
    helpZh: '具有公开募捐资格的除以上年总收入，其他除以上年末净资产',
    formula:
      'if(org.public_fundraising, ch_charity_spending / ch_prev_adjusted_income, ch_charity_spending / ch_prev_net_assets)',
  }),
  x('ch_mgmt_ratio', 'number', '管理费用占总支出比例', 'Management expenses / total expenses', {
    ...charity,
    public: true,
    formula: 'ch_mgmt_expense / ac_total_expense',
  }),
  n('ch_fundraising_campaigns', '本年度公开募捐活动项数', 'Public fundraising campaigns this year', {
    appliesWhen: 'org.charity && org.public_fundraising',
    required: true,
    public: true,
  }),
  m('ch_fundraising_income', '本年度公开募捐收入', 'Public fundraising income this year', {
    appliesWhen: 'org.charity && org.public_fundraising',
    public: true,
  }),
  x('ch_related_party_tx', 'bool', '本年度是否发生关联交易', 'Related-party transactions this year', {
    ...charity,
    required: true,
  }),
];
