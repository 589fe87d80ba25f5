import { useState } from 'react';
import { Alert, Calendar, Flex, Typography } from 'antd';
import { useQuery, type QueryKey } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { groupByDay } from '../lib/calendarGrouping';
import { errorText } from '../lib/errors';
import { useI18n } from '../lib/i18n';

/** One line on the calendar: shown on each day from startsOn to endsOn, linking to href. */
export interface CalendarEntry {
  id: number;
  startsOn: string;
  endsOn: string;
  title: string;
  href: string;
}

const PER_DAY = 3;

/**
 * A month view (activities, major matters): fetches the shown month's entries and lists up to three a day,
 * linking to each. testId names the calendar and, with the date, each day (`${testId}-2026-10-16`).
 */
export function MonthCalendar({
  testId,
  queryKey,
  fetchMonth,
}: {
  testId: string;
  queryKey: (month: string) => QueryKey;
  fetchMonth: (month: string) => Promise<CalendarEntry[]>;
}) {
  const { t, lang } = useI18n();
  const [value, setValue] = useState<Dayjs>(() => dayjs());
  const month = value.format('YYYY-MM');
  const query = useQuery({ queryKey: queryKey(month), queryFn: () => fetchMonth(month) });
  const byDay = groupByDay(query.data ?? [], month);

  return (
    <div data-testid={testId}>
      {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
      <Calendar
        mode="month"
        value={value}
        onPanelChange={(d) => setValue(d)}
        onSelect={(d, info) => info.source !== 'date' && setValue(d)}
        cellRender={(d, info) => {
          // Only this month's days list entries (the month fetched); the panel draws the day numbers itself.
          if (info.type !== 'date' || d.format('YYYY-MM') !== month) return null;
          const list = byDay.get(d.format('YYYY-MM-DD')) ?? [];
          return (
            <Flex vertical gap={2} data-testid={`${testId}-${d.format('YYYY-MM-DD')}`}>
              {list.slice(0, PER_DAY).map((e) => (
                <Link
                  key={e.id}
                  to={e.href}
                  title={e.title}
                  style={{ fontSize: 12, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                >
                  {e.title}
                </Link>
              ))}
              {list.length > PER_DAY && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('calendar.more', { n: list.length - PER_DAY })}
                </Typography.Text>
              )}
            </Flex>
          );
        }}
      />
    </div>
  );
}
