import { useCallback, useMemo } from 'react';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { chinaDateString } from '../../lib/format';
import { fetchYearDays, type CalendarDay } from '../calendar/api';
import { dueState, type DueState, type HolidayData } from './workingDays';

interface YearDays {
  year: number;
  days: CalendarDay[];
}

/** A year whose notice was never entered has no days: its working days are an estimate. */
function toHolidayData(results: UseQueryResult<YearDays>[]): HolidayData {
  const cal = { years: new Set<number>(), holidays: new Set<string>(), workdays: new Set<string>() };
  for (const r of results) {
    if (!r.data || r.data.days.length === 0) continue;
    cal.years.add(r.data.year);
    for (const d of r.data.days) (d.kind === 'holiday' ? cal.holidays : cal.workdays).add(d.date);
  }
  return cal;
}

/** How each due date stands today, in working days; null for applications without one. */
export function useDueState(dueDates: readonly (string | null)[]) {
  const today = chinaDateString(new Date());
  const first = Number(today.slice(0, 4));
  const latest = Math.max(first, ...dueDates.filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4))));
  // A due date years away would be a data error; fetch at most this year and the next two.
  const last = Math.min(latest, first + 2);
  const years = useMemo(() => Array.from({ length: last - first + 1 }, (_, i) => first + i), [first, last]);
  const cal = useQueries({
    queries: years.map((year) => ({
      queryKey: ['reviews', 'holidays', year] as const,
      queryFn: async (): Promise<YearDays> => ({ year, days: await fetchYearDays(year) }),
      staleTime: 3_600_000,
    })),
    combine: toHolidayData,
  });
  return useCallback(
    (a: { dueDate: string | null; overdue: boolean }): DueState | null =>
      a.dueDate ? dueState(cal, today, a.dueDate, a.overdue) : null,
    [cal, today],
  );
}
