import { describe, expect, it } from 'vitest';
import { ANNUAL_SECTIONS, type TIndicatorSetDefinition } from './indicator-set';
import { checkReport, validateDefinition } from './engine';
import { defaultIndicatorSet } from './default-set';
import { sampleReportContext, sampleReportValues } from './sample-report';

const def = defaultIndicatorSet(2025);

describe('default indicator set', () => {
  it('is a valid definition', () => {
    expect(validateDefinition(def)).toEqual([]);
    expect(validateDefinition(defaultIndicatorSet(2026))).toEqual([]);
  });

  it('has at least 80 indicators, some in every section, ~30 in the simplified form', () => {
    expect(def.indicators.length).toBeGreaterThanOrEqual(80);
    for (const section of ANNUAL_SECTIONS) expect(def.indicators.some((i) => i.section === section)).toBe(true);
    const simplified = def.indicators.filter((i) => i.simplified).length;
    expect(simplified).toBeGreaterThanOrEqual(25);
    expect(simplified).toBeLessThanOrEqual(40);
    expect(def.rules.length).toBeGreaterThanOrEqual(20);
    expect(def.risks.length).toBeGreaterThanOrEqual(10);
  });

  it('carries the statement line numbers of the 会计制度', () => {
    const line = (code: string) => def.indicators.find((i) => i.code === code)?.line;
    expect(line('bs_cash_end')).toBe('1');
    expect(line('bs_total_assets_end')).toBe('60');
    expect(line('bs_total_liab_end')).toBe('100');
    expect(line('bs_net_assets_begin')).toBe('110');
    expect(line('bs_total_liab_net_end')).toBe('120');
    expect(line('ac_total_income')).toBe('11');
    expect(line('ac_total_expense')).toBe('35');
    expect(line('ac_net_change')).toBe('45');
  });

  it('names the basis of every rule and explains every risk in both languages', () => {
    for (const r of def.rules) expect(r.basis, r.code).toBeTruthy();
    for (const r of def.risks) {
      expect(r.basis, r.code).toBeTruthy();
      expect(r.explanationZh && r.explanationEn, r.code).toBeTruthy();
    }
  });

  it('publishes no personal data', () => {
    const pub = def.indicators.filter((i) => i.public).map((i) => i.code);
    for (const code of ['basic_legal_rep', 'basic_contact_name', 'basic_contact_phone', 'staff_avg_salary'])
      expect(pub).not.toContain(code);
  });

  it('notes the revised accounting rules from FY2026 on', () => {
    const help = (year: number) => defaultIndicatorSet(year).indicators.find((i) => i.code === 'bs_cash_end')?.helpZh;
    expect(help(2025)).toBeUndefined();
    expect(help(2026)).toContain('财会〔2024〕25号');
  });

  it('returns a fresh copy', () => {
    const a = defaultIndicatorSet(2025);
    a.params.party_min_members = 99;
    expect(defaultIndicatorSet(2025).params.party_min_members).toBe(3);
  });

  it('the sample report is clean for every type, also as a charity and in the simplified form', () => {
    for (const type of ['social_group', 'service_institution', 'foundation'] as const) {
      const clean = { missing: [], errors: [], warnings: [], risks: [], riskScore: 0 };
      expect(checkReport(def, sampleReportValues(type), sampleReportContext(type))).toEqual(clean);
      expect(checkReport(def, sampleReportValues(type), sampleReportContext(type, { form: 'simplified' }))).toEqual(
        clean,
      );
      for (const publicFundraising of [false, true]) {
        const ctx = sampleReportContext(type, {
          org: { ...sampleReportContext(type).org, charity: true, publicFundraising },
        });
        expect(checkReport(def, sampleReportValues(type, { charity: true, publicFundraising }), ctx)).toEqual(clean);
      }
    }
  });
});

describe('validateDefinition', () => {
  const edit = (f: (d: TIndicatorSetDefinition) => void) => {
    const d = defaultIndicatorSet(2025);
    f(d);
    return validateDefinition(d);
  };

  it('duplicate codes', () => {
    expect(edit((d) => d.indicators.push({ ...d.indicators[0]! }))).toEqual([
      { path: `indicators[${def.indicators.length}].code`, message: '指标代码“basic_name”重复' },
    ]);
    expect(edit((d) => d.rules.push({ ...d.rules[0]! }))[0]?.message).toBe('校验规则代码“bs_balance_end”重复');
  });

  it('formulas that do not parse, unknown codes and params', () => {
    expect(edit((d) => (d.rules[0]!.assert = 'bs_total_assets_end = '))).toEqual([
      { path: 'rules[0].assert', message: expect.stringContaining('公式错误（第22个字符）') },
    ]);
    expect(edit((d) => (d.rules[0]!.when = 'bs_nothing > 0'))).toEqual([
      { path: 'rules[0].when', message: '引用了不存在的指标“bs_nothing”' },
    ]);
    expect(edit((d) => (d.risks[0]!.when = 'prev.bs_gone < param.nope'))).toEqual([
      { path: 'risks[0].when', message: '引用了不存在的上年指标“prev.bs_gone”' },
      { path: 'risks[0].when', message: '引用了未定义的参数“param.nope”' },
    ]);
    expect(edit((d) => (d.risks[0]!.show[0]!.formula = 'sum(act_awards, "price")'))).toEqual([
      { path: 'risks[0].show[0].formula', message: '表格“act_awards”没有列“price”' },
    ]);
  });

  it('choice without options, rows without columns, unknown rule fields', () => {
    const choice = def.indicators.findIndex((i) => i.type === 'choice');
    expect(edit((d) => (d.indicators[choice]!.options = []))).toEqual([
      { path: `indicators[${choice}].options`, message: '选择题需要选项' },
    ]);
    const rows = def.indicators.findIndex((i) => i.type === 'rows');
    expect(edit((d) => delete d.indicators[rows]!.columns)).toEqual([
      { path: `indicators[${rows}].columns`, message: '表格指标需要列' },
    ]);
    expect(edit((d) => (d.rules[2]!.fields = ['bs_total_assets_end', 'bs_ghost']))).toEqual([
      { path: 'rules[2].fields[1]', message: '字段“bs_ghost”不是本年度的指标' },
    ]);
  });

  it('appliesWhen reads the organization only; computed indicators may not loop', () => {
    const i = def.indicators.findIndex((x) => x.code === 'basic_supervisor');
    expect(edit((d) => (d.indicators[i]!.appliesWhen = 'basic_branches > 0'))).toEqual([
      { path: `indicators[${i}].appliesWhen`, message: '适用条件只能使用 org.*、year、form 和 param.*，不能引用指标' },
    ]);
    const a = def.indicators.findIndex((x) => x.code === 'bs_current_assets_end');
    const problems = edit((d) => {
      d.indicators[a]!.formula = 'bs_lt_invest_end + 1';
      d.indicators.find((x) => x.code === 'bs_lt_invest_end')!.formula = 'bs_current_assets_end';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /^公式循环引用：bs_current_assets_end → bs_lt_invest_end → bs_current_assets_end$/,
    );
  });

  it('refuses a malformed definition by path', () => {
    const problems = validateDefinition({ ...def, indicators: [{ ...def.indicators[0], code: 'Bad Code' }] });
    expect(problems[0]?.path).toBe('indicators[0].code');
    expect(problems[0]?.message).toMatch(/^格式错误：/);
  });
});
