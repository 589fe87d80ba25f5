import type { ReportContext } from './check-types';
import type {
  AnnualSection,
  IndicatorValue,
  ReportValues,
  RowValue,
  TIndicator,
  TIndicatorSetDefinition,
} from './indicator-set';
import { isApplicable } from './engine-scope';
import { formatYuan } from '../registration-rules';

export interface CoerceResult {
  values: ReportValues;
  /** Indicator code → Chinese message. */
  issues: Record<string, string>;
}

const NOT_IN_SECTION = '该指标不属于本节';
const MAX_TEXT = 20000;
const MAX_ROWS = 500;
const MAX_FILES = 20;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER_RE = /^-?\d+(\.\d+)?$/;

type Bounds = Pick<TIndicator, 'min' | 'max' | 'integer'>;
type Coerced = { ok: true; value: IndicatorValue } | { ok: false; message: string };

const fail = (message: string): Coerced => ({ ok: false, message });
const ok = (value: IndicatorValue): Coerced => ({ ok: true, value });

/** Numbers may arrive as JSON numbers or as the text of an input box. */
function toNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string' && NUMBER_RE.test(raw.trim())) return Number(raw.trim());
  return null;
}

export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function coerceNumber(raw: unknown, b: Bounds): Coerced {
  const n = toNumber(raw);
  if (n === null) return fail('请填写数字');
  if (b.integer && !Number.isInteger(n)) return fail('应为整数');
  if (b.min !== undefined && n < b.min) return fail(b.min === 0 ? '不能为负数' : `不能小于${b.min}`);
  if (b.max !== undefined && n > b.max) return fail(`不能大于${b.max}`);
  return ok(n);
}

/** Money is integer fen (the form converts 元 to 分 before sending). */
function coerceMoney(raw: unknown, b: Bounds): Coerced {
  const n = toNumber(raw);
  if (n === null) return fail('请填写数字');
  if (!Number.isSafeInteger(n)) return fail('金额应为整数（分）');
  if (b.min !== undefined && n < b.min)
    return fail(b.min === 0 ? '金额不能为负数' : `金额不能小于${formatYuan(b.min)}`);
  if (b.max !== undefined && n > b.max) return fail(`金额不能大于${formatYuan(b.max)}`);
  return ok(n);
}

function coerceText(raw: unknown, maxLength: number): Coerced {
  if (typeof raw !== 'string') return fail('请填写文字');
  if (raw.trim() === '') return ok(null);
  return raw.length > maxLength ? fail(`不能超过${maxLength}个字`) : ok(raw);
}

function coerceDate(raw: unknown): Coerced {
  if (typeof raw !== 'string' || !DATE_RE.test(raw)) return fail('日期格式应为YYYY-MM-DD');
  return isIsoDate(raw) ? ok(raw) : fail('日期无效');
}

function coerceRows(raw: unknown, ind: TIndicator): Coerced {
  if (!Array.isArray(raw)) return fail('应为表格行的列表');
  if (raw.length > MAX_ROWS) return fail(`最多${MAX_ROWS}行`);
  const columns = ind.columns ?? [];
  const rows: RowValue[] = [];
  for (const [i, row] of raw.entries()) {
    const at = `第${i + 1}行`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return fail(`${at}格式不正确`);
    const unknown = Object.keys(row).find((k) => !columns.some((c) => c.code === k));
    if (unknown) return fail(`${at}含未知列“${unknown}”`);
    const out: RowValue = {};
    for (const col of columns) {
      const cell = (row as Record<string, unknown>)[col.code];
      if (cell === undefined || cell === null || cell === '') {
        out[col.code] = null;
        continue;
      }
      const c =
        col.type === 'money'
          ? coerceMoney(cell, { min: 0 })
          : col.type === 'number'
            ? coerceNumber(cell, {})
            : col.type === 'date'
              ? coerceDate(cell)
              : coerceText(cell, 2000);
      if (!c.ok) return fail(`${at}“${col.labelZh}”：${c.message}`);
      out[col.code] = c.value as number | string | null;
    }
    rows.push(out);
  }
  return ok(rows);
}

function coerceFiles(raw: unknown): Coerced {
  if (!Array.isArray(raw) || raw.some((id) => !Number.isSafeInteger(id) || (id as number) <= 0))
    return fail('附件应为文件编号列表');
  if (raw.length > MAX_FILES) return fail(`最多${MAX_FILES}个附件`);
  return ok(raw as number[]);
}

function coerceOne(ind: TIndicator, raw: unknown): Coerced {
  if (raw === null || raw === undefined || raw === '') return ok(null);
  switch (ind.type) {
    case 'number':
      return coerceNumber(raw, ind);
    case 'money':
      return coerceMoney(raw, ind);
    case 'text':
      return coerceText(raw, ind.maxLength ?? MAX_TEXT);
    case 'date':
      return coerceDate(raw);
    case 'choice':
      return typeof raw === 'string' && (ind.options ?? []).some((o) => o.value === raw)
        ? ok(raw)
        : fail('请选择列表中的选项');
    case 'bool':
      if (typeof raw === 'boolean') return ok(raw);
      if (raw === 'true' || raw === 'false') return ok(raw === 'true');
      return fail('请选择“是”或“否”');
    case 'rows':
      return coerceRows(raw, ind);
    case 'file':
      return coerceFiles(raw);
  }
}

/**
 * Type-checks one section's values as the organization saves it. Computed (`formula`) indicators are
 * dropped silently: the form may send back what it shows, but the engine always recomputes them.
 */
export function coerceSectionValues(
  def: TIndicatorSetDefinition,
  ctx: ReportContext,
  section: AnnualSection,
  raw: Record<string, unknown>,
): CoerceResult {
  const byCode = new Map(def.indicators.map((i) => [i.code, i]));
  const values: ReportValues = {};
  const issues: Record<string, string> = {};
  for (const [code, v] of Object.entries(raw)) {
    const ind = byCode.get(code);
    if (!ind || ind.section !== section || !isApplicable(def, ind, ctx)) {
      issues[code] = NOT_IN_SECTION;
      continue;
    }
    if (ind.formula) continue;
    const c = coerceOne(ind, v);
    if (c.ok) values[code] = c.value;
    else issues[code] = c.message;
  }
  return { values, issues };
}
