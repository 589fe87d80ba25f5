import { useState } from 'react';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { TCycle } from '@shezu/contracts';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { cycleKeys, fetchCycles } from './api';
import { OpenCycleDialog } from './OpenCycleDialog';

/** 年度检查: the bureaus' yearly inspections in the user's scope; 开启年检 for the bureau's own. */
export default function CyclesPage() {
  const t = useT();
  const f = useFormat();
  const navigate = useNavigate();
  const mayOpen = useCan('annual.cycles');
  const [opening, setOpening] = useState(false);
  const list = useQuery({ queryKey: cycleKeys.list, queryFn: fetchCycles });

  const columns: TableColumnsType<TCycle> = [
    {
      title: t('annualCycles.col.year'),
      key: 'year',
      render: (_, c) => (
        <Link to={`/annual-inspections/${c.id}`} data-testid={`cycle-link-${c.id}`}>
          {t('annualCycles.yearOf', { year: c.year })}
        </Link>
      ),
    },
    { title: t('annualCycles.col.authority'), dataIndex: 'authorityName', key: 'authority' },
    {
      title: t('annualCycles.col.status'),
      key: 'status',
      render: (_, c) => (
        <Tag color={c.status === 'open' ? 'processing' : 'default'}>{t(`annualCycles.status.${c.status}`)}</Tag>
      ),
    },
    {
      title: t('annualCycles.col.deadlines'),
      key: 'deadlines',
      render: (_, c) => (
        <Flex vertical gap={0} style={{ fontSize: 13 }}>
          <span>{t('annualCycles.deadline.supervisor', { date: f.date(c.supervisorDue) })}</span>
          <span>{t('annualCycles.deadline.authority', { date: f.date(c.authorityDue) })}</span>
          <span>{t('annualCycles.deadline.foundation', { date: f.date(c.foundationDue) })}</span>
        </Flex>
      ),
    },
    {
      title: t('annualCycles.col.reports'),
      key: 'reports',
      render: (_, c) => (
        <Flex vertical gap={0}>
          <span>{t('annualCycles.reports', { count: f.number(c.reportCount) })}</span>
          {c.skippedCount > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('annualCycles.skipped', { count: f.number(c.skippedCount) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('annualCycles.col.openedAt'),
      key: 'openedAt',
      render: (_, c) => (
        <Flex vertical gap={0}>
          <span>{t('annualCycles.openedBy', { at: f.dateTime(c.openedAt), by: c.openedByName ?? '—' })}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('annualCycles.indicatorVersion', { version: c.indicatorSetVersion })}
          </Typography.Text>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('annualCycles.title')}
        subtitle={t('annualCycles.subtitle')}
        extra={
          mayOpen && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="cycle-open">
              {t('annualCycles.open')}
            </Button>
          )
        }
      />
      <Card>
        <Table<TCycle>
          rowKey="id"
          size="small"
          data-testid="cycles-table"
          loading={list.isPending}
          columns={columns}
          dataSource={[...(list.data?.items ?? [])].sort((a, b) => b.year - a.year || a.id - b.id)}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('annualCycles.empty') }}
        />
      </Card>
      {opening && (
        <OpenCycleDialog
          onClose={() => setOpening(false)}
          onOpened={(c) => {
            setOpening(false);
            void navigate(`/annual-inspections/${c.id}`);
          }}
        />
      )}
    </>
  );
}
