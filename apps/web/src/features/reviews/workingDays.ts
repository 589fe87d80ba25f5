/**
 * Working days left until a due date, counted as the API counts them (platform/calendar/working-days.ts):
 * a make-up workday (调休上班) works, a public holiday does not, otherwise Monday–Friday. Years without
 * holiday data fall back to weekdays and are reported, so an estimate is never silent.
 */
export interface HolidayData {
  /** Years whose State Council notice has been entered. */
  years: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

const DAY = 86_400_000;
const toTime = (d: string) => Date.parse(`${d}T00:00:00Z`);
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

export function isWorkingDay(cal: HolidayData, date: string): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const weekday = new Date(toTime(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working days in (a, b]: 0 when equal, negative when b is before a; `missingYears` when estimated. */
export function workingDaysBetween(cal: HolidayData, a: string, b: string): { days: number; missingYears: number[] } {
  const [from, to, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  const missing = new Set<number>();
  const see = (d: string) => {
    const y = Number(d.slice(0, 4));
    if (!cal.years.has(y)) missing.add(y);
  };
  see(from);
  let count = 0;
  for (let t = toTime(from) + DAY; t <= toTime(to); t += DAY) {
    const d = fromTime(t);
    see(d);
    if (isWorkingDay(cal, d)) count++;
  }
  return { days: sign * count, missingYears: [...missing].sort((x, y) => x - y) };
}

export type DueLevel = 'overdue' | 'today' | 'soon' | 'ok';

export interface DueState {
  level: DueLevel;
  /** Working days left (≥ 0), or working days past the due date when overdue (> 0). */
  days: number;
  missingYears: number[];
}

/** Within this many working days a due date is shown as close. */
export const SOON_DAYS = 3;

/**
 * How a due date stands today. The API's own `overdue` flag wins (it compares with the server's China
 * date); the count of working days only says by how much.
 */
export function dueState(cal: HolidayData, today: string, due: string, overdue: boolean): DueState {
  const { days, missingYears } = workingDaysBetween(cal, today, due);
  if (overdue || due < today) return { level: 'overdue', days: Math.max(1, -days), missingYears };
  if (due === today) return { level: 'today', days: 0, missingYears };
  return { level: days <= SOON_DAYS ? 'soon' : 'ok', days, missingYears };
}
