import { useState } from 'react';
import { Alert, Button, Card, Flex, InputNumber, Popover, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../app/session';
import { chinaDateString } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { calendarKeys, fetchCalendarStatus, fetchYearDays, type CalendarDay, type CalendarYear } from './api';
import { YearEditor } from './YearEditor';
import { YearView } from './YearView';

interface Editing {
  year: number;
  version: number | null;
  source: string;
  days: CalendarDay[];
}

function NewYearButton({
  suggested,
  taken,
  onPick,
}: {
  suggested: number;
  taken: number[];
  onPick: (y: number) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState<number | null>(suggested);
  const exists = year !== null && taken.includes(year);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('calendar.newYear')}
      content={
        <Flex vertical gap={8}>
          <InputNumber<number>
            min={2000}
            max={2100}
            precision={0}
            value={year}
            onChange={setYear}
            data-testid="calendar-new-year"
          />
          {exists && <Typography.Text type="danger">{t('calendar.yearExists', { year })}</Typography.Text>}
          <Button
            type="primary"
            disabled={year === null || exists}
            onClick={() => {
              setOpen(false);
              onPick(year!);
            }}
          >
            {t('common.confirm')}
          </Button>
        </Flex>
      }
    >
      <Button icon={<PlusOutlined />} data-testid="calendar-add-year">
        {t('calendar.addYear')}
      </Button>
    </Popover>
  );
}

export default function CalendarPage() {
  const t = useT();
  const f = useFormat();
  const canManage = useCan('calendar.manage');
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: calendarKeys.status, queryFn: fetchCalendarStatus });
  const years = status.data?.years ?? [];
  const missing = status.data?.missingYears ?? [];
  const [chosen, setChosen] = useState<number | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const thisYear = Number(chinaDateString(new Date()).slice(0, 4));
  const shown = chosen ?? years.find((y) => y.year === thisYear)?.year ?? years.at(-1)?.year ?? null;

  const edit = async (y: CalendarYear) => {
    const days = await queryClient.fetchQuery({
      queryKey: calendarKeys.days(y.year),
      queryFn: () => fetchYearDays(y.year),
    });
    setEditing({ year: y.year, version: y.version, source: y.source, days });
  };

  const columns: TableColumnsType<CalendarYear> = [
    {
      title: t('calendar.year'),
      dataIndex: 'year',
      width: 90,
      render: (v: number) => t('calendar.yearValue', { year: v }),
    },
    { title: t('calendar.source'), dataIndex: 'source', ellipsis: true },
    { title: t('calendar.holidayCount'), dataIndex: 'holidays', width: 100, align: 'right' },
    { title: t('calendar.workdayCount'), dataIndex: 'workdays', width: 120, align: 'right', responsive: ['md'] },
    {
      title: t('calendar.updated'),
      key: 'updated',
      width: 230,
      responsive: ['lg'],
      render: (_, y) => t('calendar.updatedBy', { name: y.updatedBy, at: f.dateTime(y.updatedAt) }),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, y) => (
        <Flex gap={4}>
          <Button type="link" size="small" onClick={() => setChosen(y.year)} data-testid={`calendar-view-${y.year}`}>
            {t('calendar.view')}
          </Button>
          {canManage && (
            <Button type="link" size="small" onClick={() => void edit(y)} data-testid={`calendar-edit-${y.year}`}>
              {t('common.edit')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  const latest = Math.max(thisYear, ...years.map((y) => y.year));
  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.subtitle')}
        extra={
          canManage && (
            <NewYearButton
              suggested={missing[0] ?? latest + 1}
              taken={years.map((y) => y.year)}
              onPick={(year) => setEditing({ year, version: null, source: '', days: [] })}
            />
          )
        }
      />
      <Flex vertical gap={16}>
        {missing.length > 0 && (
          <Alert type="warning" showIcon title={t('calendar.missing', { years: missing.join('、') })} />
        )}
        <Card title={t('calendar.years')}>
          <Table<CalendarYear>
            rowKey="year"
            size="middle"
            data-testid="calendar-years"
            loading={status.isPending}
            columns={columns}
            dataSource={years}
            pagination={false}
            locale={{ emptyText: t('calendar.noYears') }}
            rowClassName={(y) => (y.year === shown ? 'ant-table-row-selected' : '')}
          />
        </Card>
        {shown !== null && (
          <Card title={t('calendar.yearValue', { year: shown })}>
            <YearView year={shown} />
          </Card>
        )}
      </Flex>
      {editing && <YearEditor key={editing.year} {...editing} onClose={() => setEditing(null)} />}
    </>
  );
}
