import { describe, expect, it } from 'vitest';
import type { ReportContext } from './check-types';
import type { ReportValues } from './indicator-set';
import { applicableIndicators, checkReport, computedValues, publicValues } from './engine';
import { defaultIndicatorSet } from './default-set';
import { sampleReportContext, sampleReportValues } from './sample-report';

const def = defaultIndicatorSet(2025);
const ctxOf = (
  type: ReportContext['org']['type'],
  org: Partial<ReportContext['org']> = {},
  over: Partial<ReportContext> = {},
) => sampleReportContext(type, { ...over, org: { ...sampleReportContext(type).org, ...org } });
const group = ctxOf('social_group');
const check = (over: ReportValues, ctx: ReportContext = group) =>
  checkReport(
    def,
    {
      ...sampleReportValues(ctx.org.type, { charity: ctx.org.charity, publicFundraising: ctx.org.publicFundraising }),
      ...over,
    },
    ctx,
  );
const ruleCodes = (r: ReturnType<typeof checkReport>) => [...r.errors, ...r.warnings].map((i) => i.rule);

describe('applicableIndicators', () => {
  const codes = (ctx: ReportContext) => applicableIndicators(def, ctx).map((i) => i.code);

  it('filters by organization type, appliesWhen and the register', () => {
    expect(codes(group)).toContain('basic_individual_members');
    expect(codes(group)).toContain('ac_membership_fees');
    expect(codes(group)).toContain('basic_supervisor');
    const foundation = codes(ctxOf('foundation'));
    expect(foundation).not.toContain('basic_individual_members');
    expect(foundation).not.toContain('gov_standing_held');
    // Directly registered: no supervising unit to confirm.
    expect(foundation).not.toContain('basic_supervisor');
    expect(foundation).not.toContain('ch_charity_spending');
    expect(foundation).toContain('att_special_audit');
    expect(codes(ctxOf('foundation', { charity: true }))).toContain('ch_charity_spending');
    expect(codes(ctxOf('foundation', { charity: true }))).not.toContain('ch_fundraising_campaigns');
    expect(codes(ctxOf('foundation', { charity: true, publicFundraising: true }))).toContain(
      'ch_fundraising_campaigns',
    );
  });

  it('the simplified form asks only the simplified indicators', () => {
    const simple = applicableIndicators(def, ctxOf('social_group', {}, { form: 'simplified' }));
    expect(simple.length).toBeGreaterThanOrEqual(25);
    expect(simple.length).toBeLessThan(applicableIndicators(def, group).length);
    expect(simple.every((i) => i.simplified)).toBe(true);
    expect(simple.map((i) => i.code)).toContain('bs_total_assets_end');
    expect(simple.map((i) => i.code)).not.toContain('bs_cash_end');
  });
});

describe('checkReport', () => {
  it('a clean report has nothing to say, for every type', () => {
    for (const type of ['social_group', 'service_institution', 'foundation'] as const) {
      expect(checkReport(def, sampleReportValues(type), ctxOf(type))).toEqual({
        missing: [],
        errors: [],
        warnings: [],
        risks: [],
        riskScore: 0,
      });
    }
  });

  it('missing: required blanks in definition order; computed indicators are never missing', () => {
    const v = sampleReportValues('social_group');
    delete v.basic_contact_name;
    v.bs_total_assets_end = null;
    v.act_work_summary = '';
    v.bs_cash_end = null;
    const r = checkReport(def, v, group);
    expect(r.missing).toEqual(['basic_contact_name', 'bs_total_assets_end', 'act_work_summary']);
    // With the total blank, the identities it takes part in are skipped, not failed.
    expect(r.errors).toEqual([]);
  });

  it('unbalanced sheet: the L60 = L120 error sits on 资产总计', () => {
    const r = check({
      bs_total_liab_net_end: 499_999_999,
      bs_total_liab_end: 14_999_999,
      bs_wages_payable_end: 4_999_999,
    });
    expect(r.errors.map((e) => [e.rule, e.field])).toEqual([['bs_balance_end', 'bs_total_assets_end']]);
    expect(r.errors[0]).toMatchObject({
      severity: 'error',
      fields: ['bs_total_assets_end', 'bs_total_liab_net_end'],
      messageZh: expect.stringContaining('资产总计的期末数与负债和净资产总计的期末数不相等'),
    });
    expect(r.riskScore).toBe(10);
    expect(ruleCodes(check({ bs_total_assets_begin: 1 }))).toContain('bs_balance_begin');
  });

  it('subtotal identities: the entered total against the detail lines', () => {
    expect(ruleCodes(check({ bs_cash_end: 450_000_001 }))).toEqual(['bs_assets_sum_end']);
    expect(ruleCodes(check({ ac_other_income: 5_000_001 }))).toEqual(['ac_income_sum']);
    expect(ruleCodes(check({ ac_other_expense: 1 }))).toEqual(['ac_expense_sum']);
    expect(ruleCodes(check({ ac_net_change: 1 }))).toEqual(['ac_net_change_identity', 'bs_net_assets_rollforward']);
  });

  it('net-assets roll-forward is a warning', () => {
    const r = check({
      bs_net_assets_begin: 1,
      bs_unrestricted_begin: -49_999_999,
      bs_total_liab_net_begin: 20_000_001,
      bs_total_assets_begin: 20_000_001,
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.rule)).toEqual(['bs_net_assets_rollforward']);
  });

  it('≤ rules', () => {
    expect(ruleCodes(check({ basic_standing_council_size: 26 }))).toEqual(['basic_standing_le_council']);
    expect(ruleCodes(check({ staff_rehired: 3 }))).toEqual(['staff_rehired_le_parttime']);
    expect(ruleCodes(check({ party_members_fulltime: 7, party_members: 7 }))).toEqual(['party_fulltime_le_staff']);
    expect(ruleCodes(check({ party_members_fulltime: 3, party_members: 2 }))).toEqual(['party_fulltime_le_members']);
    expect(ruleCodes(check({ ac_gov_purchase_income: 30_000_001 }))).toEqual(['ac_gov_purchase_le_service']);
    expect(ruleCodes(check({ staff_parttime: 3 }))).toEqual(['staff_sum']);
  });

  it('required_if rules: 应建未建 explanation, meetings below the charter', () => {
    const party = { party_org_form: 'none', party_members: 3, party_members_fulltime: 3 };
    const r = check(party);
    expect(r.errors.map((e) => e.field)).toEqual(['party_not_established_reason']);
    expect(r.risks.map((x) => x.code)).toEqual(['risk_party_not_established']);
    expect(check({ ...party, party_not_established_reason: '正在筹建' }).errors).toEqual([]);
    expect(check({ ...party, party_members_fulltime: 2 }).errors).toEqual([]);
    expect(check({ gov_council_held: 1 }).errors.map((e) => e.rule)).toEqual(['gov_council_reason_required']);
    expect(check({ gov_council_held: 1, gov_meetings_reason: '疫情' }).errors).toEqual([]);
    expect(check({ gov_standing_held: 0 }).errors.map((e) => e.rule)).toEqual(['gov_standing_reason_required']);
  });

  it('rules of indicators not asked of the organization are skipped', () => {
    // 常务理事 is a social-group indicator: a foundation never gets the rule.
    const f = ctxOf('foundation');
    expect(
      checkReport(def, { ...sampleReportValues('foundation'), basic_standing_council_size: 99 }, f).errors,
    ).toEqual([]);
  });

  it('audit report: required for foundations and public-fundraising charities only', () => {
    const f = check({ att_audit_report: [] }, ctxOf('foundation'));
    expect(f.errors.map((e) => [e.rule, e.field])).toEqual([['att_audit_required', 'att_audit_report']]);
    expect(check({ att_audit_report: [] }).errors).toEqual([]);
    const pf = ctxOf('social_group', { charity: true, publicFundraising: true });
    expect(check({ att_audit_report: null }, pf).errors.map((e) => e.rule)).toEqual(['att_audit_required']);
  });

  it('foundation council at least twice a year; members below the statutory minimum (warnings)', () => {
    const f = check({ gov_council_held: 1, gov_council_required: 1 }, ctxOf('foundation'));
    expect(f.warnings.map((w) => w.rule)).toEqual(['gov_foundation_council_twice']);
    expect(f.warnings[0]?.messageZh).toContain('《基金会管理条例》第二十一条');
    expect(check({ basic_individual_members: 49, basic_unit_members: 0 }).warnings.map((w) => w.rule)).toEqual([
      'basic_members_minimum',
    ]);
    expect(check({ basic_individual_members: 0, basic_unit_members: 30 }).warnings).toEqual([]);
    expect(check({ basic_individual_members: 20, basic_unit_members: 29 }).warnings.map((w) => w.rule)).toEqual([
      'basic_members_minimum',
    ]);
    expect(check({ basic_individual_members: null }).warnings).toEqual([]);
  });

  it('bounds of computed indicators: depreciation above cost', () => {
    const r = check({ bs_depreciation_end: 25_000_000, bs_cash_end: 470_000_000 });
    expect(r.errors.map((e) => [e.rule, e.field])).toEqual([['bs_fixed_net_end_min', 'bs_fixed_net_end']]);
    expect(r.errors[0]?.messageZh).toBe('固定资产净值（期末）不能为负数，当前为-50000元');
  });
});

describe('computedValues and publicValues', () => {
  it('computes the subtotals the form shows', () => {
    const c = computedValues(def, sampleReportValues('social_group'), group);
    expect(c).toMatchObject({
      bs_current_assets_end: 485_000_000,
      bs_fixed_net_end: 15_000_000,
      bs_fixed_assets_end: 15_000_000,
      bs_current_liab_end: 15_000_000,
      bs_lt_liab_end: null,
      ac_income_lines_sum: 120_000_000,
      ac_expense_lines_sum: 80_000_000,
    });
    expect(c).not.toHaveProperty('ch_spending_ratio');
    const charity = computedValues(
      def,
      sampleReportValues('foundation', { charity: true }),
      ctxOf('foundation', { charity: true }),
    );
    expect(charity.ch_mgmt_ratio).toBe(0.1);
  });

  it('publishes only public indicators, never personal data', () => {
    const p = publicValues(def, sampleReportValues('social_group'), group);
    expect(p.basic_name).toBe('示例市软件行业协会');
    expect(p.bs_total_assets_end).toBe(500_000_000);
    expect(p.act_work_summary).toContain('遵守法律法规');
    for (const personal of ['basic_legal_rep', 'basic_contact_name', 'basic_contact_phone', 'staff_avg_salary'])
      expect(p).not.toHaveProperty(personal);
    expect(p).not.toHaveProperty('bs_cash_end');
  });
});
