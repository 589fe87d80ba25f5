import { useState } from 'react';
import { Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { auditActionLabel, auditEntityLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { AuditDiff } from './AuditDiff';
import { AuditFilters } from './AuditFilters';
import { auditKeys, fetchAuditLogs, type AuditFilter, type AuditRow } from './api';

const ACTION_COLORS: Record<string, string> = {
  login_failed: 'orange',
  locked: 'red',
  reveal_pii: 'magenta',
  disable: 'red',
  reset_password: 'gold',
  create: 'green',
  update: 'blue',
};

export default function AuditPage() {
  const t = useT();
  const f = useFormat();
  const [filter, setFilter] = useState<AuditFilter>({});
  const { query, items } = useKeysetQuery(auditKeys.list(filter), (cursor) => fetchAuditLogs(filter, cursor));

  const columns: TableColumnsType<AuditRow> = [
    { title: t('audit.colAt'), dataIndex: 'at', width: 200, render: (v: string) => f.dateTime(v, { seconds: true }) },
    { title: t('audit.colActor'), dataIndex: 'actorName', width: 220 },
    {
      title: t('audit.colAction'),
      dataIndex: 'action',
      width: 130,
      render: (a: string) => <Tag color={ACTION_COLORS[a]}>{auditActionLabel(t, a)}</Tag>,
    },
    {
      title: t('audit.colEntity'),
      key: 'entity',
      width: 140,
      render: (_, r) => (
        <Flex gap={4} align="baseline">
          <span>{auditEntityLabel(t, r.entity)}</span>
          {r.entityId && <Typography.Text type="secondary">#{r.entityId}</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('audit.colSummary'), dataIndex: 'summary', ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: t('audit.colIp'), dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? '—' },
    {
      title: t('audit.colRequestId'),
      dataIndex: 'requestId',
      width: 140,
      render: (v: string | null) =>
        v ? (
          <Typography.Text className="shezu-mono" copyable={{ text: v }} title={v}>
            {v.slice(0, 8)}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Card>
        <AuditFilters onChange={setFilter} />
        <Table<AuditRow>
          rowKey="id"
          data-testid="audit-table"
          columns={columns}
          dataSource={items}
          loading={query.isPending}
          pagination={false}
          size="middle"
          scroll={{ x: 1200 }}
          expandable={{ expandedRowRender: (row) => <AuditDiff row={row} /> }}
        />
        <LoadMore
          count={items.length}
          hasMore={!!query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoad={() => void query.fetchNextPage()}
        />
      </Card>
    </>
  );
}
