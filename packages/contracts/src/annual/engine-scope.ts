import type { ReportContext } from './check-types';
import type { ReportValues, TIndicator, TIndicatorSetDefinition } from './indicator-set';
import { compileFormula, evaluateFormula, isTruthy, type FormulaScope, type FormulaValue } from './formula';

function contextScope(def: TIndicatorSetDefinition, ctx: ReportContext): FormulaScope {
  return {
    value: () => null,
    prev: () => null,
    param: (name) => def.params[name] ?? null,
    ctx,
    charityLimits: def.charityLimits,
  };
}

/** Whether an indicator is asked of this organization in this form. */
export function isApplicable(def: TIndicatorSetDefinition, ind: TIndicator, ctx: ReportContext): boolean {
  if (ind.orgTypes.length > 0 && !ind.orgTypes.includes(ctx.org.type)) return false;
  if (ctx.form === 'simplified' && !ind.simplified) return false;
  if (!ind.appliesWhen) return true;
  // appliesWhen reads only org.*, year, form and params (validateDefinition enforces it).
  return isTruthy(evaluateFormula(compileFormula(ind.appliesWhen), contextScope(def, ctx)));
}

/** Indicators asked of this organization, in definition order. */
export function applicableIndicators(def: TIndicatorSetDefinition, ctx: ReportContext): TIndicator[] {
  return def.indicators.filter((ind) => isApplicable(def, ind, ctx));
}

/** The scope the checks evaluate in: blanks and non-applicable indicators read as null, subtotals computed lazily. */
export class ReportScope implements FormulaScope {
  readonly byCode: Map<string, TIndicator>;
  readonly applicable: Set<string>;
  readonly charityLimits: TIndicatorSetDefinition['charityLimits'];
  private readonly memo = new Map<string, FormulaValue>();
  private readonly computing = new Set<string>();
  private prevScope: ReportScope | null | undefined;

  constructor(
    readonly def: TIndicatorSetDefinition,
    readonly values: ReportValues,
    readonly ctx: ReportContext,
    applicable?: Set<string>,
  ) {
    this.byCode = new Map(def.indicators.map((i) => [i.code, i]));
    this.applicable = applicable ?? new Set(applicableIndicators(def, ctx).map((i) => i.code));
    this.charityLimits = def.charityLimits;
  }

  value(code: string): FormulaValue {
    if (!this.applicable.has(code)) return null;
    const ind = this.byCode.get(code);
    if (!ind?.formula) return this.values[code] ?? null;
    if (this.memo.has(code)) return this.memo.get(code) ?? null;
    // A cycle is refused by validateDefinition; here it only must not recurse forever.
    if (this.computing.has(code)) return null;
    this.computing.add(code);
    let v: FormulaValue;
    try {
      v = evaluateFormula(compileFormula(ind.formula), this);
    } finally {
      this.computing.delete(code);
    }
    this.memo.set(code, v);
    return v;
  }

  /** Last year's stored value; a subtotal not stored last year is computed from last year's values. */
  prev(code: string): FormulaValue {
    const previous = this.ctx.previous;
    if (previous === null) return null;
    if (previous[code] !== undefined) return previous[code] ?? null;
    if (!this.byCode.get(code)?.formula) return null;
    if (this.prevScope === undefined) {
      const prevCtx: ReportContext = { ...this.ctx, year: this.ctx.year - 1, previous: null };
      this.prevScope = new ReportScope(this.def, previous, prevCtx, this.applicable);
    }
    return this.prevScope?.value(code) ?? null;
  }

  param(name: string): number | null {
    return this.def.params[name] ?? null;
  }
}
