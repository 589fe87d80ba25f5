/**
 * Cell values of a ledger sheet as exceljs reads them, turned into field values. Each parser returns
 * the value or a message for the row's error column; none of them guesses.
 */
export type CellValue = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** exceljs gives rich text, formulas, hyperlinks and errors as objects; keep what a person sees. */
export function plainCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((r: { text?: string }) => r.text ?? '').join('');
    if ('result' in o) return plainCell(o.result);
    if ('text' in o) return plainCell(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

/** Text of a cell, trimmed; numbers as Excel shows them in General format; empty → null. */
export function cellText(v: CellValue): string | null {
  if (v === null) return null;
  if (v instanceof Date) return isoDateOf(v);
  const s = String(v)
    .replace(/\u00a0/g, ' ')
    .trim();
  return s === '' ? null : s;
}

function isoDateOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Yuan in the sheet → integer fen, exactly: the decimal text is split, never multiplied as a float
 * (0.07 × 100 = 7.000000000000001). A number cell is taken in its shortest decimal form.
 */
export function parseYuanToFen(v: CellValue, maxFen = 1e15): Parsed<number> {
  if (v === null) return bad('请填写金额');
  if (typeof v === 'boolean' || v instanceof Date) return bad('金额应为数字（单位：元）');
  let s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v.trim();
  s = s
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '')
    .replace(/,/g, '')
    .trim();
  if (/e/i.test(s)) return bad('金额过大或格式不正确');
  const m = /^(-)?(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return bad('金额应为数字（单位：元），如 30000 或 30000.50');
  if (m[1]) return bad('金额不能为负数');
  const frac = m[3] ?? '';
  if (frac.replace(/0+$/, '').length > 2) return bad('金额最多保留两位小数（到分）');
  const fen = BigInt(m[2]!) * 100n + BigInt((frac + '00').slice(0, 2));
  if (fen > BigInt(maxFen)) return bad('金额过大');
  return ok(Number(fen));
}

/** Days from 1899-12-30: Excel's 1900 date system (its fictitious 1900-02-29 lies before any date we take). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return null;
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

function validIso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A date cell, a serial number, `YYYY-MM-DD` (or / and .) or `YYYY年M月D日` → `YYYY-MM-DD`. */
export function parseDate(v: CellValue): Parsed<string> {
  const hint = '日期格式应为 YYYY-MM-DD 或 YYYY年M月D日';
  if (v === null) return bad('请填写日期');
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? bad(hint) : ok(isoDateOf(v));
  if (typeof v === 'number') {
    const iso = excelSerialToIso(v);
    return iso ? ok(iso) : bad(hint);
  }
  if (typeof v === 'boolean') return bad(hint);
  const s = v.trim();
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (!m) return bad(hint);
  const iso = validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  return iso ? ok(iso) : bad(`日期“${s}”不存在`);
}

/** A whole number ≥ 0 (member or staff counts). */
export function parseCount(v: CellValue, max: number): Parsed<number> {
  if (v === null) return bad('请填写数量');
  const s =
    typeof v === 'number'
      ? String(v)
      : typeof v === 'string'
        ? v
            .trim()
            .replace(/,/g, '')
            .replace(/[人个名家]$/, '')
        : '';
  if (!/^\d+$/.test(s)) return bad('应为不小于0的整数');
  const n = Number(s);
  return n > max ? bad(`不能超过${max}`) : ok(n);
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '有']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '无']);

/** 是 / 否 (also Y/N, 1/0, TRUE/FALSE); empty is 否. */
export function parseYesNo(v: CellValue): Parsed<boolean> {
  if (v === null) return ok(false);
  if (typeof v === 'boolean') return ok(v);
  const s = String(v).trim().toUpperCase();
  if (YES.has(s)) return ok(true);
  if (NO.has(s)) return ok(false);
  return bad('应填“是”或“否”');
}

/** Header text as compared: width and case folded, spaces, asterisks and a trailing note dropped. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*＊]/g, '')
    .replace(/[（(][^）)]*必填[^）)]*[）)]$/, '')
    .toLowerCase();
}
