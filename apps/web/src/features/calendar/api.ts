import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type CalendarStatus = paths['/api/calendar/status']['get']['responses'][200]['content']['application/json'];
export type CalendarYear = CalendarStatus['years'][number];
export type CalendarDay =
  paths['/api/calendar/years/{year}/days']['get']['responses'][200]['content']['application/json'][number];
export type YearInput = paths['/api/calendar/years/{year}']['put']['requestBody']['content']['application/json'];

export const calendarKeys = {
  all: ['calendar'] as const,
  status: ['calendar', 'status'] as const,
  days: (year: number) => ['calendar', 'days', year] as const,
};

export const fetchCalendarStatus = (): Promise<CalendarStatus> => unwrap(api.GET('/api/calendar/status'));

export const fetchYearDays = (year: number): Promise<CalendarDay[]> =>
  unwrap(api.GET('/api/calendar/years/{year}/days', { params: { path: { year } } }));

export const saveYear = (year: number, body: YearInput): Promise<CalendarYear> =>
  unwrap(api.PUT('/api/calendar/years/{year}', { params: { path: { year } }, body }));
