import { chinaDateString } from '../../lib/format';

/** The report year an inspection opened now is for: last year, in China time. */
export const defaultReportYear = (now: Date = new Date()) => Number(chinaDateString(now).slice(0, 4)) - 1;

/**
 * The regulations' deadlines in the year after the report year: 社团 and 民非 to the supervising unit by
 * 31 March and to the authority by 31 May; foundations by 31 March (基金会管理条例 第三十六条).
 */
export function defaultDeadlines(year: number) {
  const next = year + 1;
  return { supervisorDue: `${next}-03-31`, authorityDue: `${next}-05-31`, foundationDue: `${next}-03-31` };
}
