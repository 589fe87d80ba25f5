import { describe, expect, it } from 'vitest';
import { SHIPPED_YEARS } from '../../../src/platform/calendar/holidays-2025-2026';
import type { HolidayCalendar } from '../../../src/platform/calendar/working-days';
import {
  isLateReport,
  majorMatterActions,
  majorMatterDueOn,
} from '../../../src/modules/activities/major-matters/major-matter-rules';

const cal: HolidayCalendar = {
  years: new Set(SHIPPED_YEARS.map((y) => y.year)),
  holidays: new Set(SHIPPED_YEARS.flatMap((y) => y.holidays.map((d) => d.date))),
  workdays: new Set(SHIPPED_YEARS.flatMap((y) => y.workdays.map((d) => d.date))),
};

describe('major-matter due day (广州: 15 working days ahead)', () => {
  it('counts back across 国庆 and 中秋 2026 and lands on the make-up Sunday 20 September', () => {
    expect(majorMatterDueOn('2026-10-16', 15, cal)).toEqual({ value: '2026-09-20', missingYears: [] });
    expect(majorMatterDueOn('2026-10-20', 15, cal).value).toBe('2026-09-22');
    // The make-up Saturday 10 October counts as a working day.
    expect(majorMatterDueOn('2026-10-12', 1, cal).value).toBe('2026-10-10');
  });

  it('a bureau with fewer days; a year without a notice is a weekday-only estimate', () => {
    expect(majorMatterDueOn('2026-10-16', 5, cal).value).toBe('2026-10-10');
    expect(majorMatterDueOn('2027-06-14', 5, cal)).toEqual({ value: '2027-06-07', missingYears: [2027] });
  });

  it('the due day itself is in time, the day after is late', () => {
    expect(isLateReport('2026-09-19', '2026-09-20')).toBe(false);
    expect(isLateReport('2026-09-20', '2026-09-20')).toBe(false);
    expect(isLateReport('2026-09-21', '2026-09-20')).toBe(true);
  });
});

describe('major-matter actions', () => {
  const base = { happensOn: '2026-10-16', today: '2026-09-01', canDecide: false, canReport: false };
  it('staff who decide answer a fresh report once', () => {
    expect(majorMatterActions({ ...base, status: 'reported', canDecide: true })).toEqual(['acknowledge', 'object']);
    expect(majorMatterActions({ ...base, status: 'acknowledged', canDecide: true })).toEqual([]);
  });
  it('the organization withdraws before an answer or after an objection, and completes once the day came', () => {
    expect(majorMatterActions({ ...base, status: 'reported', canReport: true })).toEqual(['withdraw']);
    expect(majorMatterActions({ ...base, status: 'acknowledged', canReport: true, today: '2026-10-16' })).toEqual([
      'complete',
    ]);
    expect(majorMatterActions({ ...base, status: 'objected', canReport: true, today: '2026-10-20' })).toEqual([
      'withdraw',
    ]);
    expect(majorMatterActions({ ...base, status: 'withdrawn', canReport: true, today: '2026-10-20' })).toEqual([]);
  });
});
