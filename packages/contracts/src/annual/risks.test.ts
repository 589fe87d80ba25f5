import { describe, expect, it } from 'vitest';
import type { ReportContext } from './check-types';
import type { ReportValues } from './indicator-set';
import { checkReport } from './engine';
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

describe('risks', () => {
  const risk = (over: ReportValues, ctx: ReportContext = group) => check(over, ctx).risks;

  it('negative net assets shows the amount', () => {
    const [flag] = risk({ bs_net_assets_end: -12_345_600 });
    expect(flag).toMatchObject({
      code: 'risk_negative_net_assets',
      weight: 25,
      basis: expect.stringContaining('会民非01表'),
    });
    expect(flag?.numbers[0]).toEqual({
      labelZh: '净资产合计（期末）',
      labelEn: 'Net assets (end)',
      value: -12_345_600,
      format: 'money',
    });
  });

  it('expense swing shows both years and the change', () => {
    const ctx = ctxOf('social_group', {}, { previous: { ac_total_expense: 40_000_000 } });
    const flags = risk({}, ctx);
    expect(flags.map((f) => f.code)).toEqual(['risk_expense_swing']);
    expect(flags[0]?.numbers.map((n) => n.value)).toEqual([80_000_000, 40_000_000, 1]);
    expect(risk({}, ctxOf('social_group', {}, { previous: { ac_total_expense: 60_000_000 } }))).toEqual([]);
    // A subtotal not stored last year is recomputed from last year's lines.
    const fromLines = ctxOf('social_group', {}, { previous: { ac_net_change: -1 } });
    expect(risk({ ac_net_change: -5 }, fromLines).map((f) => f.code)).toEqual(['risk_deficit_two_years']);
  });

  it('net assets below registered funds, high liabilities, income without audit', () => {
    expect(risk({}, ctxOf('social_group', { registeredFundsFen: 500_000_000 })).map((f) => f.code)).toEqual([
      'risk_net_assets_below_funds',
    ]);
    const high = risk({ bs_total_liab_end: 400_000_000, bs_net_assets_end: 100_000_000 });
    expect(high.map((f) => f.code)).toEqual(['risk_high_liabilities']);
    expect(high[0]?.numbers.at(-1)?.value).toBe(0.8);
    expect(risk({ att_audit_report: [] }).map((f) => f.code)).toEqual(['risk_income_no_audit']);
    expect(risk({ att_audit_report: [] }, ctxOf('service_institution'))).toEqual([]);
  });

  it('governance: no council meeting, election overdue, branches of a 民非', () => {
    expect(risk({ gov_council_held: 0, gov_meetings_reason: '未召开' }).map((f) => f.code)).toEqual([
      'risk_no_council_meeting',
    ]);
    const overdue = risk({ gov_last_election: '2020-06-18' });
    expect(overdue.map((f) => f.code)).toEqual(['risk_election_overdue']);
    expect(overdue[0]?.numbers.map((n) => n.value)).toEqual(['2020-06-18', 5, '2025-06-18']);
    expect(risk({ gov_last_election: '2021-01-01' })).toEqual([]);
    expect(risk({ basic_branches: 2 }, ctxOf('service_institution')).map((f) => f.code)).toEqual([
      'risk_institution_branches',
    ]);
    expect(risk({ basic_branches: 2 })).toEqual([]);
  });

  it('charity: management share above the cap (unless under 20万元), spending below the floor', () => {
    const c = ctxOf('social_group', { charity: true });
    // 25万 of 80万: 31 % > 15 % (net assets 4.45 million yuan: 100万–500万 tier).
    const mgmt = { ac_mgmt_expense: 25_000_000, ac_program_cost: 55_000_000, ch_mgmt_expense: 25_000_000 };
    const flags = risk(mgmt, c);
    expect(flags.map((f) => f.code)).toEqual(['risk_mgmt_over_cap']);
    expect(flags[0]?.numbers.map((n) => n.value)).toEqual([25_000_000, 80_000_000, 0.3125, 0.15]);
    expect(risk({ ac_mgmt_expense: 19_999_999, ac_program_cost: 60_000_001, ch_mgmt_expense: 19_999_999 }, c)).toEqual(
      [],
    );
    const low = risk({ ch_charity_spending: 30_000_000, ac_charity_spending: 30_000_000 }, c);
    expect(low.map((f) => f.code)).toEqual(['risk_spending_below_floor']);
    // 8 % of last year-end net assets of 4.45 million yuan.
    expect(low[0]?.numbers[1]?.value).toBe(35_600_000);
    // The three-year average basis (规定 第十条) may clear it.
    expect(
      risk({ ch_charity_spending: 30_000_000, ac_charity_spending: 30_000_000, ch_avg3_net_assets: 300_000_000 }, c),
    ).toEqual([]);
  });

  it('risk score: weights plus 10 per error, capped at 100', () => {
    const r = check({ bs_net_assets_end: -1, bs_total_assets_end: 1 });
    const weights = r.risks.reduce((s, f) => s + f.weight, 0);
    expect(r.riskScore).toBe(Math.min(100, weights + 10 * r.errors.length));
    const bad = check({
      gov_council_held: 0,
      gov_last_election: '2001-01-01',
      basic_civil_servant_leaders: 1,
      bs_net_assets_end: -1,
      staff_total: 1,
      att_audit_report: [],
    });
    expect(bad.riskScore).toBe(100);
  });
});
