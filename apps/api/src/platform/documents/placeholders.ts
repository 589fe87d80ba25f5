import { SYSTEM_PLACEHOLDERS, type TFieldValues, type TTemplateField, type TTemplateLayout } from '@shezu/contracts';

const TOKEN = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The placeholder names in a text, or null when a brace is not part of a well-formed `{name}`. */
export function placeholdersIn(text: string): string[] | null {
  const names = [...text.matchAll(TOKEN)].map((m) => m[1]!);
  return /[{}]/.test(text.replace(TOKEN, '')) ? null : names;
}

/** 'YYYY-MM-DD' → '2026年3月2日' (GB/T 9704-2012 writes dates in Arabic numerals). */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Integer fen → '3万元', '12.5万元' (registered funds are stated in 万元 on certificates). */
export function formatWanYuan(fen: number): string {
  const whole = Math.floor(fen / 1_000_000);
  const rest = String(fen % 1_000_000)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${whole}${rest ? '.' + rest : ''}万元`;
}

function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

type Errors = Record<string, string>;

/** Checks a template before it is saved: every placeholder known, field names unique and not reserved. */
export function validateTemplate(fields: TTemplateField[], layout: TTemplateLayout): Errors {
  const errors: Errors = {};
  const system = new Set<string>(SYSTEM_PLACEHOLDERS);
  const names = new Set<string>();
  fields.forEach((f, i) => {
    if (system.has(f.name)) errors[`fields.${i}.name`] = `“${f.name}”由系统填写，不能作为字段名`;
    else if (names.has(f.name)) errors[`fields.${i}.name`] = `字段名“${f.name}”重复`;
    names.add(f.name);
    if (f.default) {
      const e = checkValue(f, f.default);
      if (e) errors[`fields.${i}.default`] = e;
    }
  });
  const known = new Set([...names, ...system]);
  const check = (path: string, text: string | null | undefined, allowed: Set<string> = known) => {
    if (text === null || text === undefined) return;
    const found = placeholdersIn(text);
    if (!found) errors[path] = '花括号只能用于占位符，如 {orgName}';
    else {
      const unknown = found.filter((n) => !allowed.has(n));
      if (unknown.length) errors[path] = `未定义的占位符：${unknown.map((n) => `{${n}}`).join('、')}`;
    }
  };
  // The number prefix and issuer are fixed for an authority: only system values may vary them.
  const fixed = new Set(['authorityName', 'regionAbbr']);
  check('layout.issuer', layout.issuer, fixed);
  check('layout.numberPrefix', layout.numberPrefix, fixed);
  check('layout.title', layout.title);
  check('layout.addressee', layout.addressee);
  layout.body.forEach((p, i) => check(`layout.body.${i}`, p));
  layout.rows.forEach((r, i) => check(`layout.rows.${i}.value`, r.value));
  check('layout.signature.issuer', layout.signature.issuer);
  check('layout.signature.date', layout.signature.date);
  check('layout.seal.text', layout.seal?.text);
  check('layout.footer', layout.footer);
  if (layout.style === 'certificate' && layout.rows.length === 0) errors['layout.rows'] = '证书版式至少需要一个项目';
  if (layout.style === 'official' && layout.body.length === 0) errors['layout.body'] = '正文至少需要一段';
  return errors;
}

function checkValue(f: TTemplateField, v: string | number): string | null {
  switch (f.type) {
    case 'money':
      return Number.isSafeInteger(Number(v)) && Number(v) >= 0 && String(v).trim() !== ''
        ? null
        : `${f.label}应为以分为单位的非负整数`;
    case 'date':
      return typeof v === 'string' && isValidDate(v) ? null : `${f.label}应为有效日期（YYYY-MM-DD）`;
    case 'text':
      if (typeof v !== 'string') return `${f.label}应为文字`;
      if (/[\r\n]/.test(v)) return `${f.label}不能换行`;
      return v.length > 200 ? `${f.label}不能超过200个字` : null;
    case 'multiline':
      if (typeof v !== 'string') return `${f.label}应为文字`;
      return v.length > 5000 ? `${f.label}不能超过5000个字` : null;
  }
}

/** Issuer input → stored values: defaults applied, types checked, unknown names refused. */
export function normalizeValues(
  fields: TTemplateField[],
  input: TFieldValues,
): { values: Record<string, string | number | null>; errors: Errors } {
  const errors: Errors = {};
  const values: Record<string, string | number | null> = {};
  const declared = new Set(fields.map((f) => f.name));
  for (const key of Object.keys(input)) if (!declared.has(key)) errors[`fields.${key}`] = '模板中没有该字段';
  for (const f of fields) {
    let v = input[f.name];
    if (typeof v === 'string') v = v.trim();
    if (v === undefined || v === null || v === '') v = f.default ?? null;
    if (v === null || v === '') {
      if (f.required) errors[`fields.${f.name}`] = `请填写${f.label}`;
      values[f.name] = null;
      continue;
    }
    const e = checkValue(f, v);
    if (e) errors[`fields.${f.name}`] = e;
    values[f.name] = f.type === 'money' ? Number(v) : String(v);
  }
  return { values, errors };
}

/** Values as printed: dates in Chinese form, money in 万元; empty optional fields become ''. */
export function displayValues(
  fields: TTemplateField[],
  values: Record<string, string | number | null>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (v === null || v === undefined) out[f.name] = '';
    else if (f.type === 'date') out[f.name] = formatChineseDate(String(v));
    else if (f.type === 'money') out[f.name] = formatWanYuan(Number(v));
    else out[f.name] = String(v);
  }
  return out;
}

/** Fills a text; null when it refers to a value left empty (the line is then left out). */
export function fill(text: string, values: Record<string, string>): string | null {
  let empty = false;
  const out = text.replace(TOKEN, (_m, name: string) => {
    const v = values[name] ?? '';
    if (v === '') empty = true;
    return v;
  });
  return empty ? null : out;
}
