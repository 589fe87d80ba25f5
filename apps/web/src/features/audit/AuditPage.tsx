import { useState } from 'react';
import { Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCan } from '../../app/session';
import { ColumnSettings } from '../../components/ColumnSettings';
import { ExportButton } from '../../components/ExportButton';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { auditActionLabel, auditEntityLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { AuditDiff } from './AuditDiff';
import { AuditFilters } from './AuditFilters';
import { auditKeys, exportAuditLogs, fetchAuditLogs, type AuditFilter, type AuditRow } from './api';
import { AUDIT_COLUMNS, DEFAULT_AUDIT_COLUMNS, exportColumnsOf } from './columns';

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
  const canExport = useCan('audit.export');
  const [filter, setFilter] = useState<AuditFilter>({});
  const [visible, setVisible] = useState<string[]>(DEFAULT_AUDIT_COLUMNS);
  const { query, items } = useKeysetQuery(auditKeys.list(filter), (cursor) => fetchAuditLogs(filter, cursor));

  const all: TableColumnsType<AuditRow> = [
    { title: t('audit.colId'), key: 'id', dataIndex: 'id', width: 80 },
    {
      title: t('audit.colAt'),
      key: 'at',
      dataIndex: 'at',
      width: 200,
      render: (v: string) => f.dateTime(v, { seconds: true }),
    },
    { title: t('audit.colActor'), key: 'actor', dataIndex: 'actorName', width: 220 },
    {
      title: t('audit.colAction'),
      key: 'action',
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
    {
      title: t('audit.colSummary'),
      key: 'summary',
      dataIndex: 'summary',
      ellipsis: true,
      render: (v: string | null) => v ?? '—',
    },
    { title: t('audit.colIp'), key: 'ip', dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? '—' },
    {
      title: t('audit.colRequestId'),
      key: 'requestId',
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
    {
      title: t('audit.hash'),
      key: 'hash',
      dataIndex: 'hash',
      width: 160,
      render: (v: string) => (
        <Typography.Text className="shezu-mono" copyable={{ text: v }} title={v}>
          {v.slice(0, 12)}
        </Typography.Text>
      ),
    },
  ];
  const columns = all.filter((c) => visible.includes(String(c.key)));

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          <>
            <ColumnSettings
              columns={AUDIT_COLUMNS.map((c) => ({ key: c.key, label: t(c.label) }))}
              visible={visible}
              onChange={setVisible}
              testId="audit-columns"
            />
            {canExport && (
              <ExportButton onExport={() => exportAuditLogs(filter, exportColumnsOf(visible))} testId="audit-export" />
            )}
          </>
        }
      />
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
