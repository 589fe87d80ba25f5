import dayjs, { type Dayjs } from 'dayjs';
import { yuanToFen } from '../../lib/money';
import type { FieldValues, TemplateField } from './api';

export type FormValue = string | number | Dayjs | null | undefined;

/** Form inputs → the values the API takes: dates as YYYY-MM-DD, money typed in 元 sent in fen, text trimmed. */
export function toFieldValues(fields: readonly TemplateField[], input: Record<string, FormValue>): FieldValues {
  const out: FieldValues = {};
  for (const f of fields) {
    const v = input[f.name];
    if (v === undefined || v === null || v === '') out[f.name] = null;
    else if (f.type === 'date') out[f.name] = dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : String(v);
    else if (f.type === 'money') out[f.name] = yuanToFen(v as number | string);
    else out[f.name] = String(v).trim() || null;
  }
  return out;
}

/** A template's defaults as initial form values (money defaults are stored in fen). */
export function initialFieldValues(fields: readonly TemplateField[]): Record<string, FormValue> {
  const out: Record<string, FormValue> = {};
  for (const f of fields) {
    if (f.default == null || f.default === '') continue;
    if (f.type === 'date') out[f.name] = dayjs(f.default);
    else if (f.type === 'money') out[f.name] = Number(f.default) / 100;
    else out[f.name] = f.default;
  }
  return out;
}

/** The API names field errors `fields.<name>` and `linkedTo.type`; these are the form's paths for them. */
export function issueFormPath(path: string): (string | number)[] | null {
  const [head, rest] = [path.split('.')[0], path.split('.').slice(1).join('.')];
  if (head === 'fields' && rest) return ['fields', rest];
  if (path === 'linkedTo.type') return ['linkedType'];
  if (path === 'linkedTo.id') return ['linkedId'];
  if (path === 'kind') return ['kind'];
  return null;
}
