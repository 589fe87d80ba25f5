/**
 * The annual report engine: which indicators apply, the automatic checks, computed subtotals and the public
 * part. Pure functions of (definition, values, context), so the browser and the server agree.
 */
import type { ReportContext, TCheckIssue, TReportCheck, TRiskFlag } from './check-types';
import type { ReportValues, TIndicator, TIndicatorSetDefinition, TValidationRule } from './indicator-set';
import { compileFormula, evaluateFormula, formulaReferences, isBlank, isTruthy, type FormulaValue } from './formula';
import { ReportScope } from './engine-scope';
import { formatYuan } from '../registration-rules';

export { applicableIndicators, isApplicable, ReportScope } from './engine-scope';
export { coerceSectionValues, type CoerceResult } from './coerce';
export { validateDefinition, type DefinitionProblem } from './validate-definition';

/** Values of the applicable computed (`formula`) indicators, so the form can show subtotals. */
export function computedValues(def: TIndicatorSetDefinition, values: ReportValues, ctx: ReportContext): ReportValues {
  const scope = new ReportScope(def, values, ctx);
  const out: ReportValues = {};
  for (const ind of def.indicators) {
    if (ind.formula && scope.applicable.has(ind.code)) out[ind.code] = scope.value(ind.code);
  }
  return out;
}

/** The published part: applicable `public` indicators only (computed ones included). */
export function publicValues(def: TIndicatorSetDefinition, values: ReportValues, ctx: ReportContext): ReportValues {
  const scope = new ReportScope(def, values, ctx);
  const out: ReportValues = {};
  for (const ind of def.indicators) {
    if (ind.public && scope.applicable.has(ind.code)) out[ind.code] = scope.value(ind.code);
  }
  return out;
}

/** Whether a rule's indicators are all asked of this organization (else the rule does not concern it). */
function ruleApplies(codes: string[], scope: ReportScope): boolean {
  return codes.every((c) => scope.applicable.has(c));
}

function formulaCodes(...formulas: (string | undefined)[]): string[] {
  return formulas.flatMap((f) => (f ? formulaReferences(compileFormula(f)) : []));
}

function ruleIssue(rule: TValidationRule): TCheckIssue {
  return {
    rule: rule.code,
    severity: rule.severity,
    field: rule.fields[0] as string,
    fields: rule.fields,
    messageZh: rule.basis ? `${rule.messageZh}（${rule.basis}）` : rule.messageZh,
    messageEn: rule.messageEn,
  };
}

function formatBound(ind: TIndicator, n: number): string {
  return ind.type === 'money' ? formatYuan(n) : String(n);
}

/** Bounds of computed indicators (e.g. 固定资产净值 ≥ 0): the inputs are fine one by one, the result is not. */
function boundIssue(ind: TIndicator, v: FormulaValue): TCheckIssue | null {
  if (typeof v !== 'number') return null;
  const low = ind.min !== undefined && v < ind.min;
  const high = ind.max !== undefined && v > ind.max;
  if (!low && !high) return null;
  const bound = (low ? ind.min : ind.max) as number;
  const zh =
    low && bound === 0
      ? `${ind.labelZh}不能为负数，当前为${formatBound(ind, v)}`
      : `${ind.labelZh}${low ? '不能小于' : '不能大于'}${formatBound(ind, bound)}，当前为${formatBound(ind, v)}`;
  return {
    rule: `${ind.code}_${low ? 'min' : 'max'}`,
    severity: 'error',
    field: ind.code,
    fields: [ind.code],
    messageZh: zh,
    messageEn: `${ind.labelEn} must be ${low ? 'at least' : 'at most'} ${bound}; it is ${v}`,
  };
}

/** Missing required values, rule errors and warnings, risk flags and the risk score. */
export function checkReport(def: TIndicatorSetDefinition, values: ReportValues, ctx: ReportContext): TReportCheck {
  const scope = new ReportScope(def, values, ctx);
  const missing: string[] = [];
  const errors: TCheckIssue[] = [];
  const warnings: TCheckIssue[] = [];

  for (const ind of def.indicators) {
    if (!scope.applicable.has(ind.code)) continue;
    if (ind.formula) {
      const issue = boundIssue(ind, scope.value(ind.code));
      if (issue) errors.push(issue);
    } else if (ind.required && isBlank(values[ind.code])) {
      missing.push(ind.code);
    }
  }

  for (const rule of def.rules) {
    if (!ruleApplies([...rule.fields, ...formulaCodes(rule.assert, rule.when)], scope)) continue;
    if (rule.when && !isTruthy(evaluateFormula(compileFormula(rule.when), scope))) continue;
    const ok = evaluateFormula(compileFormula(rule.assert), scope);
    // Null: something is blank, which is the `required` flag's business, not this rule's.
    if (ok === null || isTruthy(ok)) continue;
    (rule.severity === 'error' ? errors : warnings).push(ruleIssue(rule));
  }

  const risks: TRiskFlag[] = [];
  for (const risk of def.risks) {
    if (!ruleApplies(formulaCodes(risk.when), scope)) continue;
    if (!isTruthy(evaluateFormula(compileFormula(risk.when), scope))) continue;
    risks.push({
      code: risk.code,
      labelZh: risk.labelZh,
      labelEn: risk.labelEn,
      weight: risk.weight,
      explanationZh: risk.explanationZh,
      explanationEn: risk.explanationEn,
      basis: risk.basis ?? null,
      numbers: risk.show.map((s) => {
        const v = evaluateFormula(compileFormula(s.formula), scope);
        return {
          labelZh: s.labelZh,
          labelEn: s.labelEn,
          value: typeof v === 'object' && v !== null ? null : v,
          format: s.format,
        };
      }),
    });
  }

  const riskScore = Math.min(100, risks.reduce((s, r) => s + r.weight, 0) + 10 * errors.length);
  return { missing, errors, warnings, risks, riskScore };
}
