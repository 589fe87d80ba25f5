import type { TIndicator } from '../indicator-set';
import { sectionBuilders, type IndicatorExtra } from './helpers';

const { m } = sectionBuilders('balance_sheet');

/**
 * 资产负债表 (会民非01表), reference §B.1. Detail lines 期末 only; subtotals are computed; the totals (L60, L100,
 * L101, L105, L110, L120) are entered for 年初 and 期末 and checked against the details by the rules, as the
 * provincial 年检 systems do. Blank detail lines count as 0 (`total()`).
 */
const line = (code: string, l: string, zh: string, en: string, extra: IndicatorExtra = {}) =>
  m(code, zh, en, { line: l, ...extra });
const sub = (code: string, l: string, zh: string, en: string, formula: string, extra: IndicatorExtra = {}) =>
  m(code, zh, en, { line: l, formula, min: undefined, ...extra });
/** Entered totals: asked in the simplified form too, published. */
const tot = { required: true, simplified: true, public: true };

export const BALANCE_SHEET_INDICATORS: TIndicator[] = [
  line('bs_cash_end', '1', '货币资金（期末）', 'Cash (end)'),
  line('bs_short_invest_end', '2', '短期投资（期末）', 'Short-term investments (end)'),
  line('bs_receivables_end', '3', '应收款项（期末）', 'Receivables (end)'),
  line('bs_prepayments_end', '4', '预付账款（期末）', 'Prepayments (end)'),
  line('bs_inventory_end', '8', '存货（期末）', 'Inventory (end)'),
  line('bs_prepaid_exp_end', '9', '待摊费用（期末）', 'Deferred expenses (end)'),
  line(
    'bs_lt_debt_due_end',
    '15',
    '一年内到期的长期债权投资（期末）',
    'Long-term debt investments due within a year (end)',
  ),
  line('bs_other_current_end', '18', '其他流动资产（期末）', 'Other current assets (end)'),
  sub(
    'bs_current_assets_end',
    '20',
    '流动资产合计（期末）',
    'Total current assets (end)',
    'total(bs_cash_end, bs_short_invest_end, bs_receivables_end, bs_prepayments_end, bs_inventory_end, bs_prepaid_exp_end, bs_lt_debt_due_end, bs_other_current_end)',
  ),
  line('bs_lt_equity_end', '21', '长期股权投资（期末）', 'Long-term equity investments (end)'),
  line('bs_lt_debt_invest_end', '24', '长期债权投资（期末）', 'Long-term debt investments (end)'),
  sub(
    'bs_lt_invest_end',
    '30',
    '长期投资合计（期末）',
    'Total long-term investments (end)',
    'total(bs_lt_equity_end, bs_lt_debt_invest_end)',
  ),
  line('bs_fixed_cost_end', '31', '固定资产原价（期末）', 'Fixed assets at cost (end)'),
  line('bs_depreciation_end', '32', '减：累计折旧（期末）', 'Less accumulated depreciation (end)'),
  // Computed, but bounded: depreciation above cost is an error of the inputs.
  sub(
    'bs_fixed_net_end',
    '33',
    '固定资产净值（期末）',
    'Fixed assets, net (end)',
    'total(bs_fixed_cost_end, -bs_depreciation_end)',
    {
      min: 0,
    },
  ),
  line('bs_construction_end', '34', '在建工程（期末）', 'Construction in progress (end)'),
  line('bs_cultural_assets_end', '35', '文物文化资产（期末）', 'Cultural heritage assets (end)'),
  // 固定资产清理 may carry a credit balance.
  line('bs_fixed_disposal_end', '38', '固定资产清理（期末）', 'Fixed assets in disposal (end)', { min: undefined }),
  sub(
    'bs_fixed_assets_end',
    '40',
    '固定资产合计（期末）',
    'Total fixed assets (end)',
    'total(bs_fixed_net_end, bs_construction_end, bs_cultural_assets_end, bs_fixed_disposal_end)',
  ),
  line('bs_intangible_end', '41', '无形资产（期末）', 'Intangible assets (end)'),
  line('bs_entrusted_assets_end', '51', '受托代理资产（期末）', 'Assets held as agent (end)'),
  line('bs_total_assets_begin', '60', '资产总计（年初）', 'Total assets (beginning)', tot),
  line('bs_total_assets_end', '60', '资产总计（期末）', 'Total assets (end)', tot),

  line('bs_st_loans_end', '61', '短期借款（期末）', 'Short-term loans (end)'),
  line('bs_payables_end', '62', '应付款项（期末）', 'Payables (end)'),
  line('bs_wages_payable_end', '63', '应付工资（期末）', 'Wages payable (end)'),
  line('bs_taxes_payable_end', '65', '应交税金（期末）', 'Taxes payable (end)'),
  line('bs_advances_end', '66', '预收账款（期末）', 'Advances received (end)'),
  line('bs_accrued_end', '71', '预提费用（期末）', 'Accrued expenses (end)'),
  line('bs_provisions_end', '72', '预计负债（期末）', 'Provisions (end)'),
  line('bs_lt_liab_due_end', '74', '一年内到期的长期负债（期末）', 'Long-term liabilities due within a year (end)'),
  line('bs_other_current_liab_end', '78', '其他流动负债（期末）', 'Other current liabilities (end)'),
  sub(
    'bs_current_liab_end',
    '80',
    '流动负债合计（期末）',
    'Total current liabilities (end)',
    'total(bs_st_loans_end, bs_payables_end, bs_wages_payable_end, bs_taxes_payable_end, bs_advances_end, bs_accrued_end, bs_provisions_end, bs_lt_liab_due_end, bs_other_current_liab_end)',
  ),
  line('bs_lt_loans_end', '81', '长期借款（期末）', 'Long-term loans (end)'),
  line('bs_lt_payables_end', '84', '长期应付款（期末）', 'Long-term payables (end)'),
  line('bs_other_lt_liab_end', '88', '其他长期负债（期末）', 'Other long-term liabilities (end)'),
  sub(
    'bs_lt_liab_end',
    '90',
    '长期负债合计（期末）',
    'Total long-term liabilities (end)',
    'total(bs_lt_loans_end, bs_lt_payables_end, bs_other_lt_liab_end)',
  ),
  line('bs_entrusted_liab_end', '91', '受托代理负债（期末）', 'Liabilities held as agent (end)'),
  line('bs_total_liab_begin', '100', '负债合计（年初）', 'Total liabilities (beginning)', tot),
  line('bs_total_liab_end', '100', '负债合计（期末）', 'Total liabilities (end)', tot),
  line('bs_unrestricted_begin', '101', '非限定性净资产（年初）', 'Unrestricted net assets (beginning)', {
    min: undefined,
  }),
  line('bs_unrestricted_end', '101', '非限定性净资产（期末）', 'Unrestricted net assets (end)', {
    min: undefined,
    required: true,
    public: true,
  }),
  line('bs_restricted_begin', '105', '限定性净资产（年初）', 'Restricted net assets (beginning)'),
  line('bs_restricted_end', '105', '限定性净资产（期末）', 'Restricted net assets (end)', { public: true }),
  // Net assets can be negative: that is a risk flag, not an input error.
  line('bs_net_assets_begin', '110', '净资产合计（年初）', 'Total net assets (beginning)', { ...tot, min: undefined }),
  line('bs_net_assets_end', '110', '净资产合计（期末）', 'Total net assets (end)', { ...tot, min: undefined }),
  line(
    'bs_total_liab_net_begin',
    '120',
    '负债和净资产总计（年初）',
    'Total liabilities and net assets (beginning)',
    tot,
  ),
  line('bs_total_liab_net_end', '120', '负债和净资产总计（期末）', 'Total liabilities and net assets (end)', tot),
];
