import type { ReportContext } from './check-types';
import type { IndicatorValue, TCharityLimit } from './indicator-set';
import { findCharityLimit, spendingFloorFen } from './charity-limits';
import { ORG_FIELDS, type BinaryOp, type FormulaNode } from './formula-parse';

export type FormulaValue = IndicatorValue;

/** What a formula can see. The engine builds one per check (with computed subtotals resolved lazily). */
export interface FormulaScope {
  /** This year's value of an indicator (null when blank or not applicable). */
  value(code: string): FormulaValue;
  /** Last year's value (null when there is no previous report). */
  prev(code: string): FormulaValue;
  param(name: string): number | null;
  ctx: ReportContext;
  charityLimits: readonly TCharityLimit[];
}

/** Null, '' and empty lists are "not filled in". */
export function isBlank(v: FormulaValue | undefined): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/** Truthiness for &&, ||, !, if() and `when`: null counts as false. */
export function isTruthy(v: FormulaValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return !isBlank(v);
}

const num = (v: FormulaValue): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function equals(a: FormulaValue, b: FormulaValue): boolean | null {
  if (a === null || b === null) return null;
  if (typeof a === 'number' && typeof b === 'number') {
    // Money is integer fen: exact. Ratios get a relative tolerance for binary fractions.
    if (Number.isInteger(a) && Number.isInteger(b)) return a === b;
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if ((typeof a === 'string' || typeof a === 'boolean') && typeof a === typeof b) return a === b;
  return false;
}

function compare(op: BinaryOp, a: FormulaValue, b: FormulaValue): boolean | null {
  const bothNum = typeof a === 'number' && typeof b === 'number';
  // ISO dates compare as strings.
  const bothStr = typeof a === 'string' && typeof b === 'string';
  if (!bothNum && !bothStr) return null;
  const [x, y] = [a, b] as [number | string, number | string];
  if (op === '<') return x < y;
  if (op === '<=') return x <= y;
  if (op === '>') return x > y;
  return x >= y;
}

function arithmetic(op: BinaryOp, a: FormulaValue, b: FormulaValue): number | null {
  const x = num(a);
  const y = num(b);
  if (x === null || y === null) return null;
  if (op === '+') return x + y;
  if (op === '-') return x - y;
  if (op === '*') return x * y;
  return y === 0 ? null : x / y;
}

/** 'YYYY-MM-DD' + n years; 29 February falls back to 28 February in a common year. */
export function addYears(iso: string, years: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !Number.isInteger(years)) return null;
  const y = Number(m[1]) + years;
  const mo = Number(m[2]);
  const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const d = Math.min(Number(m[3]), lastDay);
  if (y < 1 || y > 9999 || mo < 1 || mo > 12) return null;
  return `${String(y).padStart(4, '0')}-${m[2]}-${String(d).padStart(2, '0')}`;
}

function rowsOf(v: FormulaValue): Record<string, unknown>[] | null {
  if (v === null) return [];
  if (!Array.isArray(v)) return null;
  return (v as unknown[]).filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
}

function callFunction(node: Extract<FormulaNode, { kind: 'call' }>, scope: FormulaScope): FormulaValue {
  const { fn, args } = node;
  if (fn === 'if') {
    const [c, a, b] = args as [FormulaNode, FormulaNode, FormulaNode];
    return evaluateFormula(isTruthy(evaluateFormula(c, scope)) ? a : b, scope);
  }
  if (fn === 'coalesce') {
    for (const a of args) {
      const v = evaluateFormula(a, scope);
      if (v !== null) return v;
    }
    return null;
  }
  const vals = args.map((a) => evaluateFormula(a, scope));
  const nums = vals.map(num);
  const first = nums[0] ?? null;
  switch (fn) {
    case 'present':
      return !isBlank(vals[0] ?? null);
    case 'abs':
      return first === null ? null : Math.abs(first);
    case 'min':
    case 'max':
      if (nums.some((n) => n === null)) return null;
      return fn === 'min' ? Math.min(...(nums as number[])) : Math.max(...(nums as number[]));
    case 'round': {
      const digits = args.length > 1 ? nums[1] : 0;
      if (first === null || digits === null || digits === undefined) return null;
      const f = 10 ** Math.trunc(digits);
      const r = (Math.sign(first) * Math.round(Math.abs(first) * f)) / f;
      return r === 0 ? 0 : r;
    }
    case 'total': {
      if (vals.some((v) => v !== null && num(v) === null)) return null;
      const present = nums.filter((n): n is number => n !== null);
      return present.length === 0 ? null : present.reduce((s, n) => s + n, 0);
    }
    case 'count': {
      const rows = rowsOf(vals[0] ?? null);
      return rows === null ? null : rows.length;
    }
    case 'sum': {
      const rows = rowsOf(vals[0] ?? null);
      const col = vals[1] as string;
      if (rows === null) return null;
      return rows.reduce((s, r) => s + (typeof r[col] === 'number' ? (r[col] as number) : 0), 0);
    }
    case 'add_years':
      return typeof vals[0] === 'string' && typeof nums[1] === 'number' ? addYears(vals[0], nums[1]) : null;
    case 'spending_floor': {
      const row = findCharityLimit(scope.charityLimits, scope.ctx.org, nums[1] ?? null);
      return row ? spendingFloorFen(row, first, nums[1] ?? null) : null;
    }
    case 'mgmt_cap': {
      const row = findCharityLimit(scope.charityLimits, scope.ctx.org, first);
      return row ? row.mgmtCap : null;
    }
  }
}

/** Evaluates an AST. Null in arithmetic or comparison gives null; && and || read null as false. */
export function evaluateFormula(node: FormulaNode, scope: FormulaScope): FormulaValue {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'code':
      return scope.value(node.code) ?? null;
    case 'prev':
      return scope.ctx.previous === null ? null : (scope.prev(node.code) ?? null);
    case 'param':
      return scope.param(node.name);
    case 'org':
      return scope.ctx.org[ORG_FIELDS[node.field]] ?? null;
    case 'year':
      return scope.ctx.year;
    case 'year_end':
      return `${scope.ctx.year}-12-31`;
    case 'form':
      return scope.ctx.form;
    case 'unary': {
      const v = evaluateFormula(node.operand, scope);
      if (node.op === '!') return v === null ? null : !isTruthy(v);
      const n = num(v);
      return n === null ? null : n === 0 ? 0 : -n;
    }
    case 'binary': {
      const { op } = node;
      if (op === '&&')
        return isTruthy(evaluateFormula(node.left, scope)) && isTruthy(evaluateFormula(node.right, scope));
      if (op === '||')
        return isTruthy(evaluateFormula(node.left, scope)) || isTruthy(evaluateFormula(node.right, scope));
      const a = evaluateFormula(node.left, scope);
      const b = evaluateFormula(node.right, scope);
      if (op === '=') return equals(a, b);
      if (op === '!=') {
        const e = equals(a, b);
        return e === null ? null : !e;
      }
      if (op === '<' || op === '<=' || op === '>' || op === '>=')
        return a === null || b === null ? null : compare(op, a, b);
      return arithmetic(op, a, b);
    }
    case 'call':
      return callFunction(node, scope);
  }
}
