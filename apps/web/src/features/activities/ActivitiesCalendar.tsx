import { MonthCalendar } from '../../components/MonthCalendar';
import { activityKeys, fetchMonth, type ActivityFilter } from './api';

/** The month's activities on a calendar: each day lists titles linking to the activity. */
export function ActivitiesCalendar({ filter }: { filter: ActivityFilter }) {
  return (
    <MonthCalendar
      testId="act-cal"
      queryKey={(month) => activityKeys.month(month, filter)}
      fetchMonth={async (month) =>
        (await fetchMonth(month, filter)).map((a) => ({ ...a, href: `/activities/${a.id}` }))
      }
    />
  );
}
