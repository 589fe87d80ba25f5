/**
 * Working-day arithmetic over the State Council's holiday notices (国务院办公厅关于部分节假日安排的通知):
 * a day is a working day when it is a make-up workday (调休上班), or a Monday–Friday that is not a
 * public holiday. Pure functions of the calendar data; dates are 'YYYY-MM-DD' (China dates).
 */
export interface HolidayCalendar {
  /** Years whose notice has been entered; other years fall back to weekdays and are reported. */
  years: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

export interface WorkingDayResult<T> {
  value: T;
  /** Years the computation crossed without holiday data: the value is a weekday-only estimate. */
  missingYears: number[];
}

const DAY = 86_400_000;
const toTime = (d: string) => Date.parse(`${d}T00:00:00Z`);
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);
export const addDays = (d: string, n: number) => fromTime(toTime(d) + n * DAY);

export function isWorkingDay(cal: HolidayCalendar, date: string): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const weekday = new Date(toTime(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function tracker(cal: HolidayCalendar) {
  const missing = new Set<number>();
  return {
    see(date: string) {
      const y = Number(date.slice(0, 4));
      if (!cal.years.has(y)) missing.add(y);
    },
    list: () => [...missing].sort((a, b) => a - b),
  };
}

/**
 * The date `n` working days after `date` (the start day itself is not counted): "within 5 working
 * days of D" ends on addWorkingDays(D, 5). Negative n counts backwards.
 */
export function addWorkingDays(cal: HolidayCalendar, date: string, n: number): WorkingDayResult<string> {
  const seen = tracker(cal);
  seen.see(date);
  const step = n < 0 ? -1 : 1;
  let d = date;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step);
    seen.see(d);
    if (isWorkingDay(cal, d)) left--;
  }
  return { value: d, missingYears: seen.list() };
}

/** Working days in (a, b]: 0 when equal, negative when b is before a. */
export function workingDaysBetween(cal: HolidayCalendar, a: string, b: string): WorkingDayResult<number> {
  const seen = tracker(cal);
  const [from, to, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  seen.see(from);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    seen.see(d);
    if (isWorkingDay(cal, d)) count++;
  }
  return { value: sign * count, missingYears: seen.list() };
}
