import { useState } from 'react';
import { Button, Card, Col, Row, Select, Switch, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { LEDGER_IMPORT_STATUSES, LEDGER_KINDS } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchImports, ledgerKeys, type ImportListFilter, type LedgerImport } from './api';
import { LedgerStatusTag } from './LedgerStatusTag';

/** 导入记录: who imported which file when, and how it ended; newest first, keyset paged. */
export function ImportHistory({ selected, onOpen }: { selected: number | null; onOpen: (id: number) => void }) {
  const { t } = useI18n();
  const f = useFormat();
  const [filter, setFilter] = useState<ImportListFilter>({});
  const { query, items } = useKeysetQuery(ledgerKeys.list(filter), (cursor) => fetchImports(filter, cursor));
  const patch = (p: Partial<ImportListFilter>) => setFilter((prev) => ({ ...prev, ...p }));

  const columns: TableColumnsType<LedgerImport> = [
    {
      title: t('ledgers.history.file'),
      key: 'file',
      width: 240,
      render: (_, i) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => onOpen(i.id)}
          data-testid={`ledger-history-open-${i.id}`}
        >
          {i.fileName}
        </Button>
      ),
    },
    { title: t('ledgers.history.kind'), key: 'kind', width: 170, render: (_, i) => t(`ledgerKind.${i.kind}`) },
    { title: t('ledgers.history.region'), key: 'region', dataIndex: 'regionName', width: 170 },
    { title: t('common.status'), key: 'status', width: 110, render: (_, i) => <LedgerStatusTag status={i.status} /> },
    {
      title: t('ledgers.history.rows'),
      key: 'rows',
      width: 160,
      render: (_, i) =>
        i.totalRows === null
          ? '—'
          : i.status === 'committed'
            ? t('ledgers.history.committedRows', { count: f.number(i.committedCount) })
            : t('ledgers.history.checkedRows', { total: f.number(i.totalRows), errors: f.number(i.errorRows) }),
    },
    {
      title: t('ledgers.history.by'),
      key: 'by',
      width: 200,
      render: (_, i) => (
        <>
          <div>{i.createdByName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.dateTime(i.createdAt)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('ledgers.history.committedAt'),
      key: 'committedAt',
      width: 170,
      render: (_, i) => (i.committedAt ? f.dateTime(i.committedAt) : '—'),
    },
  ];

  return (
    <Card title={t('ledgers.history.title')}>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }} align="middle">
        <Col xs={24} sm={12} lg={6}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('ledgers.history.kind')}
            value={filter.kind}
            options={LEDGER_KINDS.map((k) => ({ value: k, label: t(`ledgerKind.${k}`) }))}
            onChange={(kind) => patch({ kind })}
            data-testid="ledger-history-kind"
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('common.status')}
            value={filter.status}
            options={LEDGER_IMPORT_STATUSES.map((s) => ({ value: s, label: t(`ledgerStatus.${s}`) }))}
            onChange={(status) => patch({ status })}
            data-testid="ledger-history-status"
          />
        </Col>
        <Col xs={24} lg={12}>
          <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
            <Switch
              size="small"
              checked={!!filter.mine}
              onChange={(mine) => patch({ mine })}
              data-testid="ledger-history-mine"
            />
            {t('ledgers.history.mine')}
          </label>
        </Col>
      </Row>
      <Table<LedgerImport>
        rowKey="id"
        size="middle"
        data-testid="ledger-history"
        columns={columns}
        dataSource={items}
        loading={query.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(i) => (i.id === selected ? 'ant-table-row-selected' : '')}
        locale={{ emptyText: t('ledgers.history.empty') }}
      />
      <LoadMore
        count={items.length}
        hasMore={!!query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </Card>
  );
}
