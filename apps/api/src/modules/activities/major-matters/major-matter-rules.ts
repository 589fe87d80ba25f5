import type { MajorMatterStatus } from '@shezu/contracts';
import { addWorkingDays, type HolidayCalendar, type WorkingDayResult } from '../../../platform/calendar/working-days';

/**
 * 广州市社会组织重大事项报告: a major matter is reported to the registration authority (and the supervising
 * unit) 15 working days before it takes place; a bureau sets its own N (activity_settings.major_matter_days).
 * The due day is the working day N working days before `happensOn` (the day itself not counted); reporting on
 * the due day is in time, a day later is late.
 */
export function majorMatterDueOn(happensOn: string, days: number, calendar: HolidayCalendar): WorkingDayResult<string> {
  return addWorkingDays(calendar, happensOn, -days);
}

/** Reported after the due day: accepted, marked late (and a risk hint raised). */
export const isLateReport = (reportedOn: string, dueOn: string): boolean => reportedOn > dueOn;

export type MajorMatterAction = 'acknowledge' | 'object' | 'withdraw' | 'complete';

/**
 * What the viewer may do with a matter in `status`: staff who decide it (本级 or the supervising unit) answer a
 * fresh report once; the organization withdraws before that answer and records the outcome once the day came.
 */
export function majorMatterActions(input: {
  status: MajorMatterStatus;
  happensOn: string;
  today: string;
  canDecide: boolean;
  canReport: boolean;
}): MajorMatterAction[] {
  const out: MajorMatterAction[] = [];
  if (input.status === 'reported' && input.canDecide) out.push('acknowledge', 'object');
  // After an objection the organization may still drop the matter (its to-do then closes).
  if ((input.status === 'reported' || input.status === 'objected') && input.canReport) out.push('withdraw');
  if (
    (input.status === 'reported' || input.status === 'acknowledged') &&
    input.canReport &&
    input.today >= input.happensOn
  )
    out.push('complete');
  return out;
}
