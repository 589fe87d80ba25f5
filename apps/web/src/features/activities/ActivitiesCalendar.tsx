import { useState } from 'react';
import { Alert, Calendar, Flex, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { activityKeys, fetchMonth, type ActivityFilter } from './api';
import { groupByDay } from './calendarGrouping';

const PER_DAY = 3;

/** The month's activities on a calendar (month view): each day lists titles linking to the activity. */
export function ActivitiesCalendar({ filter }: { filter: ActivityFilter }) {
  const { t, lang } = useI18n();
  const [value, setValue] = useState<Dayjs>(() => dayjs());
  const month = value.format('YYYY-MM');
  const query = useQuery({ queryKey: activityKeys.month(month, filter), queryFn: () => fetchMonth(month, filter) });
  const byDay = groupByDay(query.data ?? [], month);

  return (
    <div data-testid="act-calendar">
      {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
      <Calendar
        mode="month"
        value={value}
        onPanelChange={(d) => setValue(d)}
        onSelect={(d, info) => info.source !== 'date' && setValue(d)}
        cellRender={(d, info) => {
          // Only this month's days list activities (the month fetched); the panel draws the day numbers itself.
          if (info.type !== 'date' || d.format('YYYY-MM') !== month) return null;
          const list = byDay.get(d.format('YYYY-MM-DD')) ?? [];
          return (
            <Flex vertical gap={2} data-testid={`act-cal-${d.format('YYYY-MM-DD')}`}>
              {list.slice(0, PER_DAY).map((a) => (
                <Link
                  key={a.id}
                  to={`/activities/${a.id}`}
                  title={a.title}
                  style={{ fontSize: 12, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                >
                  {a.title}
                </Link>
              ))}
              {list.length > PER_DAY && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('act.cal.more', { n: list.length - PER_DAY })}
                </Typography.Text>
              )}
            </Flex>
          );
        }}
      />
    </div>
  );
}
