import { describe, expect, it } from 'vitest';
import type { ReportContext } from './check-types';
import { coerceSectionValues } from './engine';
import { defaultIndicatorSet } from './default-set';
import { sampleReportContext } from './sample-report';

const def = defaultIndicatorSet(2025);
const ctxOf = (
  type: ReportContext['org']['type'],
  org: Partial<ReportContext['org']> = {},
  over: Partial<ReportContext> = {},
) => sampleReportContext(type, { ...over, org: { ...sampleReportContext(type).org, ...org } });
const group = ctxOf('social_group');

describe('coerceSectionValues', () => {
  const coerce = (section: Parameters<typeof coerceSectionValues>[2], raw: Record<string, unknown>, ctx = group) =>
    coerceSectionValues(def, ctx, section, raw);

  it('accepts well-typed values and strings from inputs; empty string is null', () => {
    expect(
      coerce('balance_sheet', {
        bs_cash_end: 12_345,
        bs_receivables_end: '500',
        bs_inventory_end: '',
        bs_fixed_disposal_end: -100,
      }),
    ).toEqual({
      values: { bs_cash_end: 12_345, bs_receivables_end: 500, bs_inventory_end: null, bs_fixed_disposal_end: -100 },
      issues: {},
    });
    expect(coerce('governance', { gov_last_election: '2023-06-18', gov_legal_rep_changed: 'false' }).values).toEqual({
      gov_last_election: '2023-06-18',
      gov_legal_rep_changed: false,
    });
    expect(coerce('staff', { staff_volunteer_hours: 12.5 }).values).toEqual({ staff_volunteer_hours: 12.5 });
  });

  it('money: numbers only, integer fen, not negative where min is 0', () => {
    expect(
      coerce('balance_sheet', { bs_cash_end: 'abc', bs_receivables_end: 12.5, bs_inventory_end: -1 }).issues,
    ).toEqual({
      bs_cash_end: '请填写数字',
      bs_receivables_end: '金额应为整数（分）',
      bs_inventory_end: '金额不能为负数',
    });
    // Net assets may be negative.
    expect(coerce('balance_sheet', { bs_net_assets_end: -500 }).issues).toEqual({});
  });

  it('counts: whole numbers within bounds', () => {
    expect(coerce('staff', { staff_total: 12.5, staff_fulltime: -1, staff_parttime: 'x' }).issues).toEqual({
      staff_total: '应为整数',
      staff_fulltime: '不能为负数',
      staff_parttime: '请填写数字',
    });
    expect(coerce('governance', { gov_term_years: 0 }).issues).toEqual({ gov_term_years: '不能小于1' });
    expect(coerce('governance', { gov_term_years: 11 }).issues).toEqual({ gov_term_years: '不能大于10' });
  });

  it('dates, options, booleans, text length', () => {
    expect(coerce('governance', { gov_last_election: '2023/06/18' }).issues).toEqual({
      gov_last_election: '日期格式应为YYYY-MM-DD',
    });
    expect(coerce('governance', { gov_last_election: '2023-02-30' }).issues).toEqual({ gov_last_election: '日期无效' });
    expect(coerce('party', { party_org_form: 'cell' }).issues).toEqual({ party_org_form: '请选择列表中的选项' });
    expect(coerce('governance', { gov_seal_rules: 'yes' }).issues).toEqual({ gov_seal_rules: '请选择“是”或“否”' });
    expect(coerce('activities', { act_work_summary: 'x'.repeat(1501) }).issues).toEqual({
      act_work_summary: '不能超过1500个字',
    });
    expect(coerce('activities', { act_work_summary: 42 }).issues).toEqual({ act_work_summary: '请填写文字' });
  });

  it('rows shaped by the columns; files as positive ids', () => {
    const ok = coerce('activities', { act_awards: [{ name: '优秀会员单位', date: '2025-05-01', fee: '0' }] });
    expect(ok).toEqual({
      values: { act_awards: [{ name: '优秀会员单位', kind: null, date: '2025-05-01', approved_by: null, fee: 0 }] },
      issues: {},
    });
    expect(coerce('activities', { act_awards: [{ name: 'A', fee: 1.5 }] }).issues).toEqual({
      act_awards: '第1行“收费金额”：金额应为整数（分）',
    });
    expect(coerce('activities', { act_awards: [{ name: 'A' }, { colour: 'red' }] }).issues).toEqual({
      act_awards: '第2行含未知列“colour”',
    });
    expect(coerce('activities', { act_awards: 'A' }).issues).toEqual({ act_awards: '应为表格行的列表' });
    expect(coerce('attachments', { att_audit_report: [3, 4] }).values).toEqual({ att_audit_report: [3, 4] });
    expect(coerce('attachments', { att_audit_report: [0] }).issues).toEqual({
      att_audit_report: '附件应为文件编号列表',
    });
  });

  it('refuses codes of other sections, unknown or not applicable; drops computed ones', () => {
    expect(coerce('balance_sheet', { ac_total_income: 1, nope: 1, bs_current_assets_end: 5 })).toEqual({
      values: {},
      issues: { ac_total_income: '该指标不属于本节', nope: '该指标不属于本节' },
    });
    expect(coerce('basic', { basic_individual_members: 60 }, ctxOf('foundation')).issues).toEqual({
      basic_individual_members: '该指标不属于本节',
    });
    expect(
      coerce('balance_sheet', { bs_cash_end: 1 }, ctxOf('social_group', {}, { form: 'simplified' })).issues,
    ).toEqual({
      bs_cash_end: '该指标不属于本节',
    });
  });
});
