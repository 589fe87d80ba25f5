/**
 * The org page's `sections` come from modules the web does not know yet (inspection results, list status,
 * penalties, activities); their `data` is typed `unknown`. These helpers turn any JSON into what the page
 * can show generically: a key/value list, a list of such lists, or one text.
 */

export interface SectionEntry {
  key: string;
  /** A label the provider sent itself (`{ label, value }` items), shown as it is. */
  label?: string;
  value: unknown;
}

export type SectionBlock =
  | { kind: 'entries'; entries: SectionEntry[] }
  | { kind: 'records'; records: SectionEntry[][] }
  | { kind: 'value'; value: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `[{ label, value }, …]`: a provider that labels its own lines. */
const isLabelled = (v: unknown[]): v is { label: string; value: unknown }[] =>
  v.length > 0 && v.every((x) => isRecord(x) && typeof x.label === 'string' && 'value' in x);

const entriesOf = (o: Record<string, unknown>): SectionEntry[] =>
  Object.entries(o).map(([key, value]) => ({ key, value }));

export function sectionBlock(data: unknown): SectionBlock {
  if (Array.isArray(data)) {
    if (isLabelled(data)) {
      return { kind: 'entries', entries: data.map((x, i) => ({ key: String(i), label: x.label, value: x.value })) };
    }
    if (data.every(isRecord)) return { kind: 'records', records: data.map(entriesOf) };
    return { kind: 'value', value: data };
  }
  if (isRecord(data)) return { kind: 'entries', entries: entriesOf(data) };
  return { kind: 'value', value: data };
}

export interface ValueFormat {
  date: (v: string) => string;
  dateTime: (v: string) => string;
  number: (v: number) => string;
  yes: string;
  no: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const EMPTY = '—';

/** A year is a number nobody writes with a thousands separator (2025, not 2,025). */
const YEAR_KEY = /year$/i;

/**
 * One value as a reader expects it: dates as officials write them, numbers grouped (years not), 是/否,
 * lists joined. `key` is the field the value belongs to, when there is one.
 */
export function sectionValueText(value: unknown, fmt: ValueFormat, key?: string): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? fmt.yes : fmt.no;
  if (typeof value === 'number')
    return key && YEAR_KEY.test(key) && Number.isInteger(value) ? String(value) : fmt.number(value);
  if (typeof value === 'string') {
    if (DATE.test(value)) return fmt.date(value);
    if (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return fmt.dateTime(value);
    return value;
  }
  if (Array.isArray(value) && value.every((v) => !isRecord(v) && !Array.isArray(v))) {
    return value.length ? value.map((v) => sectionValueText(v, fmt)).join('、') : EMPTY;
  }
  return JSON.stringify(value);
}
