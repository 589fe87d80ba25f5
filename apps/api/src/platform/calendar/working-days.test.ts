import { describe, expect, it } from 'vitest';
import { SHIPPED_YEARS } from './holidays-2025-2026';
import { addWorkingDays, isWorkingDay, workingDaysBetween, type HolidayCalendar } from './working-days';

const cal: HolidayCalendar = {
  years: new Set(SHIPPED_YEARS.map((y) => y.year)),
  holidays: new Set(SHIPPED_YEARS.flatMap((y) => y.holidays.map((d) => d.date))),
  workdays: new Set(SHIPPED_YEARS.flatMap((y) => y.workdays.map((d) => d.date))),
};

describe('working days (国务院节假日安排 2025, 2026)', () => {
  it('ships the notices as published: 2025 has 5 make-up workdays, 2026 has 6; 春节 2026 is 9 days', () => {
    expect(SHIPPED_YEARS[0]!.workdays).toHaveLength(5);
    expect(SHIPPED_YEARS[1]!.workdays).toHaveLength(6);
    expect(SHIPPED_YEARS[1]!.holidays.filter((h) => h.name === '春节')).toHaveLength(9);
    for (const y of SHIPPED_YEARS)
      for (const w of y.workdays) expect([0, 6]).toContain(new Date(`${w.date}T00:00:00Z`).getUTCDay());
  });

  it('knows make-up Saturdays and Sundays as working days and holiday weekdays as days off', () => {
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true); // Saturday, 春节调休
    expect(isWorkingDay(cal, '2026-02-16')).toBe(false); // Monday in 春节
    expect(isWorkingDay(cal, '2026-10-10')).toBe(true); // Saturday after 国庆
    expect(isWorkingDay(cal, '2026-10-05')).toBe(false);
    expect(isWorkingDay(cal, '2026-03-07')).toBe(false); // ordinary Saturday
  });

  it('counts across 国庆 2026 with its make-up days', () => {
    // From Wed 30 Sep: 1–7 Oct off, Thu 8 and Fri 9 work, Sat 10 make-up work, Mon 12 work.
    expect(addWorkingDays(cal, '2026-09-30', 1).value).toBe('2026-10-08');
    expect(addWorkingDays(cal, '2026-09-30', 3).value).toBe('2026-10-10');
    expect(addWorkingDays(cal, '2026-09-30', 4).value).toBe('2026-10-12');
    // Sun 20 Sep is a make-up workday: from Fri 18 Sep one working day later is Sun 20.
    expect(addWorkingDays(cal, '2026-09-18', 1).value).toBe('2026-09-20');
    expect(workingDaysBetween(cal, '2026-09-30', '2026-10-12').value).toBe(4);
  });

  it('counts across 春节 2025 and 2026 with make-up days', () => {
    // 2025: Sun 26 Jan works; 28 Jan–4 Feb off; Sat 8 Feb works.
    expect(addWorkingDays(cal, '2025-01-24', 1).value).toBe('2025-01-26');
    expect(addWorkingDays(cal, '2025-01-27', 1).value).toBe('2025-02-05');
    // 26 Jan, 27 Jan, 5, 6, 7 Feb, Sat 8 Feb (make-up), 10 Feb.
    expect(workingDaysBetween(cal, '2025-01-24', '2025-02-10').value).toBe(7);
    // 2026: "within 5 working days" of Fri 13 Feb: Sat 14 (make-up), then 24, 25, 26, 27 Feb.
    expect(addWorkingDays(cal, '2026-02-13', 5).value).toBe('2026-02-27');
    expect(addWorkingDays(cal, '2026-02-27', 1).value).toBe('2026-02-28');
  });

  it('goes backwards and treats a zero count as the day itself', () => {
    expect(addWorkingDays(cal, '2026-10-08', -1).value).toBe('2026-09-30');
    expect(addWorkingDays(cal, '2026-10-03', 0).value).toBe('2026-10-03');
    expect(workingDaysBetween(cal, '2026-10-12', '2026-09-30').value).toBe(-4);
  });

  it('reports a year without data instead of silently counting weekdays', () => {
    const r = addWorkingDays(cal, '2026-12-28', 10);
    expect(r.missingYears).toEqual([2027]);
    expect(addWorkingDays(cal, '2026-06-01', 10).missingYears).toEqual([]);
    expect(workingDaysBetween(cal, '2024-12-30', '2025-01-03').missingYears).toEqual([2024]);
  });
});
