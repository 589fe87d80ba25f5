import { describe, expect, it } from 'vitest';
import type { ReportContext } from './check-types';
import type { ReportValues } from './indicator-set';
import { DEFAULT_CHARITY_LIMITS } from './charity-limits';
import {
  addYears,
  compileFormula,
  evaluateFormula,
  FormulaError,
  formulaReferences,
  formulaSymbols,
  parseFormula,
  type FormulaScope,
} from './formula';
import { sampleReportContext } from './sample-report';

function scopeOf(values: ReportValues = {}, over: Partial<ReportContext> = {}, params: Record<string, number> = {}) {
  const ctx = sampleReportContext('social_group', over);
  const scope: FormulaScope = {
    value: (code) => values[code] ?? null,
    prev: (code) => ctx.previous?.[code] ?? null,
    param: (name) => params[name] ?? null,
    ctx,
    charityLimits: DEFAULT_CHARITY_LIMITS,
  };
  return scope;
}
const ev = (src: string, values?: ReportValues, over?: Partial<ReportContext>, params?: Record<string, number>) =>
  evaluateFormula(parseFormula(src), scopeOf(values, over, params));

describe('formula syntax', () => {
  it('literals: integers, decimals, strings, booleans, null', () => {
    expect(ev('42')).toBe(42);
    expect(ev('0.07')).toBe(0.07);
    expect(ev('"基金会"')).toBe('基金会');
    expect(ev('"a\\"b"')).toBe('a"b');
    expect(ev('true')).toBe(true);
    expect(ev('false')).toBe(false);
    expect(ev('null')).toBe(null);
  });

  it('precedence: unary, * /, + -, comparisons, &&, ||, parentheses', () => {
    expect(ev('1 + 2 * 3')).toBe(7);
    expect(ev('(1 + 2) * 3')).toBe(9);
    expect(ev('10 - 4 - 3')).toBe(3);
    expect(ev('12 / 4 / 3')).toBe(1);
    expect(ev('-2 * -3')).toBe(6);
    expect(ev('1 + 1 = 2 && 3 > 2 || false')).toBe(true);
    expect(ev('false && true || true')).toBe(true);
    expect(ev('!(1 < 2)')).toBe(false);
    expect(ev('!false && false')).toBe(false);
    expect(ev('2 <= 2 && 2 >= 3')).toBe(false);
    expect(ev('1 != 2')).toBe(true);
  });

  it('indicator codes, org.*, prev.*, param.*, year, year_end, form', () => {
    const prev = { ac_total_expense: 500 };
    expect(ev('ac_total_expense * 2', { ac_total_expense: 300 })).toBe(600);
    expect(ev('org.type = "social_group"')).toBe(true);
    expect(ev('org.charity', {}, { org: { ...sampleReportContext('foundation').org, charity: true } })).toBe(true);
    expect(ev('org.public_fundraising')).toBe(false);
    expect(ev('org.registered_funds')).toBe(3_000_000);
    expect(ev('org.grade')).toBe(null);
    expect(ev('org.founded_on < "2016-01-01"')).toBe(true);
    expect(ev('org.direct')).toBe(false);
    expect(ev('org.has_party_org')).toBe(true);
    expect(ev('prev.ac_total_expense', {}, { previous: prev })).toBe(500);
    expect(ev('prev.ac_total_expense')).toBe(null);
    expect(ev('param.liability_ratio_max', {}, {}, { liability_ratio_max: 0.7 })).toBe(0.7);
    expect(ev('year')).toBe(2025);
    expect(ev('year_end')).toBe('2025-12-31');
    expect(ev('form = "full"')).toBe(true);
  });

  it('dates compare as ISO strings; = on strings and booleans', () => {
    expect(ev('gov_last_election < year_end', { gov_last_election: '2025-06-30' })).toBe(true);
    expect(ev('"2025-12-31" <= "2025-12-30"')).toBe(false);
    expect(ev('party_org_form = "none"', { party_org_form: 'none' })).toBe(true);
    expect(ev('x = true', { x: false })).toBe(false);
    expect(ev('"1" = 1')).toBe(false);
  });

  it('money equality is exact on integers; ratios get a tolerance', () => {
    expect(ev('a = b', { a: 100_000_000_001, b: 100_000_000_000 })).toBe(false);
    expect(ev('a + b = 0.3', { a: 0.1, b: 0.2 })).toBe(true);
  });
});

describe('functions', () => {
  it('present: null, empty string and empty list are absent', () => {
    expect(ev('present(x)', { x: 0 })).toBe(true);
    expect(ev('present(x)', { x: false })).toBe(true);
    expect(ev('present(x)', { x: '' })).toBe(false);
    expect(ev('present(x)', { x: [] })).toBe(false);
    expect(ev('present(x)')).toBe(false);
  });

  it('abs, min, max, round, if', () => {
    expect(ev('abs(-5)')).toBe(5);
    expect(ev('min(3, 1, 2)')).toBe(1);
    expect(ev('max(3, 1, 2)')).toBe(3);
    expect(ev('round(2.345, 2)')).toBe(2.35);
    expect(ev('round(-2.5)')).toBe(-3);
    expect(ev('round(1234.5)')).toBe(1235);
    expect(ev('if(1 > 2, "a", "b")')).toBe('b');
    expect(ev('if(null, 1, 2)')).toBe(2);
    // Only the chosen branch is evaluated.
    expect(ev('if(true, 1, 1 / 0)')).toBe(1);
  });

  it('count and sum over table rows', () => {
    const rows = [
      { name: 'A', fee: 1000 },
      { name: 'B', fee: null },
      { name: 'C', fee: 250 },
    ];
    expect(ev('count(act_awards)', { act_awards: rows })).toBe(3);
    expect(ev('sum(act_awards, "fee")', { act_awards: rows })).toBe(1250);
    expect(ev('count(act_awards)')).toBe(0);
    expect(ev('sum(act_awards, "fee")')).toBe(0);
  });

  it('add_years, including 29 February', () => {
    expect(ev('add_years("2020-06-18", 5)')).toBe('2025-06-18');
    expect(ev('add_years(d, n)', { d: '2020-02-29', n: 1 })).toBe('2021-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(ev('add_years(d, 5)')).toBe(null);
    expect(ev('add_years("2020-13-40x", 5)')).toBe(null);
  });

  it('total skips blanks; coalesce takes the first non-null', () => {
    expect(ev('total(a, b, c)', { a: 1, c: 3 })).toBe(4);
    expect(ev('total(a, b)')).toBe(null);
    expect(ev('total(a, -b)', { a: 10, b: 4 })).toBe(6);
    expect(ev('coalesce(a, b, 7)', { b: 2 })).toBe(2);
    expect(ev('coalesce(a, 7)')).toBe(7);
  });

  it('spending_floor and mgmt_cap read the charity table for the organization', () => {
    const charity = { org: { ...sampleReportContext('social_group').org, charity: true } };
    // Non-public group, net assets 300万 (100万–500万 tier): 8 % of net assets, cap 15 %.
    expect(ev('spending_floor(90000000, 300000000)', {}, charity)).toBe(24_000_000);
    expect(ev('mgmt_cap(300000000)', {}, charity)).toBe(0.15);
    // < 100万: also ≥ 50 % of last year's income.
    expect(ev('spending_floor(60000000, 50000000)', {}, charity)).toBe(30_000_000);
    const pf = { org: { ...sampleReportContext('foundation').org, charity: true, publicFundraising: true } };
    expect(ev('spending_floor(100000000, null)', {}, pf)).toBe(70_000_000);
    expect(ev('mgmt_cap(null)', {}, pf)).toBe(0.1);
    // Not a charity: no floor.
    expect(ev('spending_floor(100000000, 300000000)')).toBe(null);
    expect(ev('mgmt_cap(300000000)')).toBe(null);
    // A tiered row needs the net assets.
    expect(ev('mgmt_cap(null)', {}, charity)).toBe(null);
  });
});

describe('null semantics', () => {
  it('arithmetic and comparison with null give null; division by zero gives null', () => {
    expect(ev('a + 1')).toBe(null);
    expect(ev('a * 0')).toBe(null);
    expect(ev('-a')).toBe(null);
    expect(ev('a < 1')).toBe(null);
    expect(ev('a = null')).toBe(null);
    expect(ev('1 / 0')).toBe(null);
    expect(ev('a / b', { a: 5, b: 0 })).toBe(null);
    expect(ev('abs(a)')).toBe(null);
    expect(ev('!a')).toBe(null);
  });

  it('&& and || read null as false', () => {
    expect(ev('a > 1 && true')).toBe(false);
    expect(ev('a > 1 || true')).toBe(true);
    expect(ev('a > 1 || false')).toBe(false);
  });

  it('mixed types in arithmetic give null, not NaN', () => {
    expect(ev('"a" + 1')).toBe(null);
    expect(ev('true * 2')).toBe(null);
    expect(ev('"a" < 1')).toBe(null);
  });
});

describe('parse errors and analysis', () => {
  const failure = (src: string) => {
    try {
      parseFormula(src);
    } catch (e) {
      expect(e).toBeInstanceOf(FormulaError);
      return { message: (e as FormulaError).message, position: (e as FormulaError).position };
    }
    throw new Error(`parsed: ${src}`);
  };

  it('gives a Chinese message and the character position', () => {
    expect(failure('1 + ')).toEqual({
      message: '公式错误（第5个字符）：此处应为数值、名称或左括号，实际为公式结尾',
      position: 4,
    });
    expect(failure('(1 + 2')).toMatchObject({ position: 6 });
    expect(failure('foo(1)').message).toContain('未知函数“foo”');
    expect(failure('a # b')).toMatchObject({ position: 2 });
    expect(failure('org.color').message).toContain('未知的组织属性');
    expect(failure('x.y').message).toContain('未知名称');
    expect(failure('1 < 2 < 3').message).toContain('比较不能连写');
    expect(failure('round()').message).toContain('需要1–2个参数');
    expect(failure('sum(x, y)').message).toContain('列代码字符串');
    expect(failure('count(1)').message).toContain('表格指标代码');
    expect(failure('"abc').message).toContain('双引号');
    expect(failure('').message).toContain('公式为空');
    expect(failure('1 2')).toMatchObject({ position: 2 });
    expect(failure('Bad_Code').message).toContain('不是有效的指标代码');
  });

  it('lists the references', () => {
    const ast = parseFormula('a_one + prev.b_two > param.limit && sum(rows_x, "fee") > 0 && org.charity && a_one > 0');
    expect(formulaReferences(ast)).toEqual(['a_one', 'rows_x']);
    expect(formulaSymbols(ast)).toEqual({
      codes: ['a_one', 'rows_x'],
      prevCodes: ['b_two'],
      params: ['limit'],
      rowColumns: [{ code: 'rows_x', column: 'fee' }],
      usesContext: true,
    });
  });

  it('parses each formula text once', () => {
    const a = compileFormula('bs_cash_end + 1');
    expect(compileFormula('bs_cash_end + 1')).toBe(a);
    expect(() => compileFormula('bs_cash_end +')).toThrow(FormulaError);
  });
});
