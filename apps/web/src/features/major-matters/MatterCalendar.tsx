import { MonthCalendar } from '../../components/MonthCalendar';
import { fetchMatterMonth, matterKeys, type MatterFilter } from './api';

/** The month's major matters by the day each takes place, linking to the report. */
export function MatterCalendar({ filter }: { filter: MatterFilter }) {
  return (
    <MonthCalendar
      testId="mm-cal"
      queryKey={(month) => matterKeys.month(month, filter)}
      fetchMonth={async (month) =>
        (await fetchMatterMonth(month, filter)).map((m) => ({
          id: m.id,
          startsOn: m.happensOn,
          endsOn: m.happensOn,
          title: `${m.title}（${m.orgName}）`,
          href: `/major-matters/${m.id}`,
        }))
      }
    />
  );
}
