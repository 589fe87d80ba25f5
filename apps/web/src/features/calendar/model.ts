import type { CalendarDay } from './api';

/** A run of consecutive holidays under one name (春节 8 days), as the editor shows it. */
export interface HolidayRange {
  name: string;
  from: string;
  to: string;
}

export interface NamedDay {
  date: string;
  name: string;
}

const DAY_MS = 86_400_000;
const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Consecutive holidays with the same name become one range; make-up workdays stay single days. */
export function groupDays(days: readonly CalendarDay[]): { holidays: HolidayRange[]; workdays: NamedDay[] } {
  const holidays: HolidayRange[] = [];
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  for (const d of sorted) {
    if (d.kind !== 'holiday') continue;
    const last = holidays.at(-1);
    if (last && last.name === d.name && toMs(d.date) - toMs(last.to) === DAY_MS) last.to = d.date;
    else holidays.push({ name: d.name, from: d.date, to: d.date });
  }
  const workdays = sorted.filter((d) => d.kind === 'workday').map(({ date, name }) => ({ date, name }));
  return { holidays, workdays };
}

/**
 * The days the API stores, one per date, and for each the editor row it came from: the API names its
 * errors by day (`holidays.3.date`), the editor shows them beside the range holding that day.
 */
export function expandRanges(ranges: readonly HolidayRange[]): { days: NamedDay[]; rowOf: number[] } {
  const days: NamedDay[] = [];
  const rowOf: number[] = [];
  ranges.forEach((r, row) => {
    for (let ms = toMs(r.from); ms <= toMs(r.to); ms += DAY_MS) {
      days.push({ date: toDate(ms), name: r.name });
      rowOf.push(row);
    }
  });
  return { days, rowOf };
}

export type FieldPath = (string | number)[];

/**
 * The API's field errors as editor fields: `holidays.3.date` → the range row holding day 3, `workdays.1.name`
 * → that row's name; `source` as is. Paths the editor has no field for are returned apart.
 */
export function editorErrors(
  fields: Readonly<Record<string, string>>,
  holidayRowOf: readonly number[],
): { matched: { name: FieldPath; errors: string[] }[]; unmatched: string[] } {
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const unmatched: string[] = [];
  const put = (name: FieldPath, msg: string) => {
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(msg)) entry.errors.push(msg);
    byField.set(key, entry);
  };
  for (const [path, msg] of Object.entries(fields)) {
    const [list, index, leaf] = path.split('.');
    const i = Number(index);
    if (path === 'source') put(['source'], msg);
    else if (list === 'holidays' && Number.isInteger(i) && holidayRowOf[i] !== undefined) {
      put(['holidays', holidayRowOf[i]!, leaf === 'name' ? 'name' : 'range'], msg);
    } else if (list === 'workdays' && Number.isInteger(i)) put(['workdays', i, leaf === 'name' ? 'name' : 'date'], msg);
    else unmatched.push(msg);
  }
  return { matched: [...byField.values()], unmatched };
}

/** The cells of a month grid starting on Monday (as Chinese calendars do): null pads the first week. */
export function monthCells(year: number, month: number): (string | null)[] {
  const first = Date.UTC(year, month - 1, 1);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (new Date(first).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 0; d < days; d++) cells.push(toDate(first + d * DAY_MS));
  return cells;
}

export const isWeekend = (date: string) => {
  const wd = new Date(toMs(date)).getUTCDay();
  return wd === 0 || wd === 6;
};
