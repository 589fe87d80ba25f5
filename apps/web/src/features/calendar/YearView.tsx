import { Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { calendarKeys, fetchYearDays, type CalendarDay } from './api';
import { expandRanges, groupDays, isWeekend, monthCells } from './model';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function MonthGrid({ year, month, days }: { year: number; month: number; days: Map<string, CalendarDay> }) {
  const t = useT();
  const weekdays = t('calendar.weekdays').split(',');
  return (
    <div className="shezu-month" data-testid={`calendar-month-${month}`}>
      <Typography.Text strong>{t('calendar.month', { month })}</Typography.Text>
      <div className="shezu-month-grid">
        {weekdays.map((w) => (
          <span key={w} className="shezu-month-head">
            {w}
          </span>
        ))}
        {monthCells(year, month).map((date, i) => {
          if (!date) return <span key={`pad-${i}`} />;
          const day = days.get(date);
          const cls = day ? `shezu-day-${day.kind}` : isWeekend(date) ? 'shezu-day-weekend' : '';
          return (
            <span key={date} className={`shezu-day ${cls}`} title={day ? day.name : undefined} data-date={date}>
              {Number(date.slice(8))}
              {day && <small>{t(day.kind === 'holiday' ? 'calendar.holiday' : 'calendar.workday')}</small>}
            </span>
          );
        })}
      </div>
    </div>
  );
}

/** One year: the ranges in words (readable on a phone) and twelve month grids. */
export function YearView({ year }: { year: number }) {
  const t = useT();
  const f = useFormat();
  const query = useQuery({ queryKey: calendarKeys.days(year), queryFn: () => fetchYearDays(year) });
  if (query.isPending) return <Skeleton active />;
  const list = query.data ?? [];
  if (list.length === 0) return <Empty description={t('calendar.noneInYear')} />;
  const byDate = new Map(list.map((d) => [d.date, d]));
  const { holidays, workdays } = groupDays(list);
  return (
    <Flex vertical gap={16} data-testid={`calendar-year-${year}`}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'holidays',
            label: t('calendar.holidayRanges'),
            children: (
              <Flex vertical gap={4}>
                {holidays.map((h) => (
                  <span key={h.from}>
                    <Tag color="red">{h.name}</Tag>
                    {t('calendar.rangeText', {
                      from: f.date(h.from),
                      to: f.date(h.to),
                      days: expandRanges([h]).days.length,
                    })}
                  </span>
                ))}
              </Flex>
            ),
          },
          {
            key: 'workdays',
            label: t('calendar.workdayList'),
            children: (
              <Flex vertical gap={4}>
                {workdays.length === 0
                  ? t('calendar.noneInYear')
                  : workdays.map((w) => (
                      <span key={w.date}>
                        <Tag color="orange">{w.name}</Tag>
                        {f.date(w.date)}
                      </span>
                    ))}
              </Flex>
            ),
          },
        ]}
      />
      <Flex gap={12} wrap>
        <span className="shezu-day shezu-day-holiday shezu-legend">{t('calendar.legendHoliday')}</span>
        <span className="shezu-day shezu-day-workday shezu-legend">{t('calendar.legendWorkday')}</span>
        <span className="shezu-day shezu-day-weekend shezu-legend">{t('calendar.legendWeekend')}</span>
      </Flex>
      <Row gutter={[12, 12]}>
        {MONTHS.map((m) => (
          <Col key={m} xs={24} sm={12} lg={8} xxl={6}>
            <Card size="small">
              <MonthGrid year={year} month={m} days={byDate} />
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
