import type { AnnualSection, IndicatorType, TIndicator, TRiskRule, TValidationRule } from '../indicator-set';

export type IndicatorExtra = Partial<Omit<TIndicator, 'code' | 'section' | 'labelZh' | 'labelEn' | 'type'>>;

/** Builders for one section: `m` money (≥ 0 unless given), `n` whole-number counts, `x` any type. */
export function sectionBuilders(section: AnnualSection) {
  const x = (code: string, type: IndicatorType, labelZh: string, labelEn: string, extra: IndicatorExtra = {}) =>
    ({
      code,
      section,
      labelZh,
      labelEn,
      type,
      required: false,
      orgTypes: [],
      simplified: false,
      public: false,
      ...extra,
    }) satisfies TIndicator;
  return {
    x,
    m: (code: string, labelZh: string, labelEn: string, extra: IndicatorExtra = {}) =>
      x(code, 'money', labelZh, labelEn, { min: 0, ...extra }),
    n: (code: string, labelZh: string, labelEn: string, extra: IndicatorExtra = {}) =>
      x(code, 'number', labelZh, labelEn, { min: 0, integer: true, ...extra }),
  };
}

/** A validation rule; `fields[0]` is where the message shows. */
export function rule(
  code: string,
  severity: 'error' | 'warning',
  assert: string,
  fields: string[],
  messageZh: string,
  messageEn: string,
  basis: string,
  when?: string,
): TValidationRule {
  return { code, severity, assert, fields, messageZh, messageEn, basis, ...(when ? { when } : {}) };
}

export type RiskShow = TRiskRule['show'][number];
export const show = (labelZh: string, labelEn: string, formula: string, format: RiskShow['format']): RiskShow => ({
  labelZh,
  labelEn,
  formula,
  format,
});

/** Regulations named beside rules. */
export const BASIS = {
  accounting: '《民间非营利组织会计制度》（财会〔2004〕7号）',
  bs: '《民间非营利组织会计制度》会民非01表',
  ac: '《民间非营利组织会计制度》会民非02表',
  groupReg: '《社会团体登记管理条例》',
  instReg: '《民办非企业单位登记管理暂行条例》',
  foundationReg: '《基金会管理条例》',
  charityLaw: '《慈善法》',
  rules189: '《关于慈善组织开展慈善活动年度支出和管理费用的规定》',
  forms: '年检报告书填写说明（山东、江西年检系统）',
} as const;
