import { AutoComplete, App, Button, Col, Flex, Grid, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { RedoOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DELIVERY_STATUSES, type DeliveryStatus } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { eventLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { eventKeys, fetchDeliveries, retryDelivery, type Delivery, type DeliveryFilter } from './api';
import { DeliveryStatusTag } from './DeliveryStatusTag';

function RetryButton({ delivery }: { delivery: Delivery }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const reload = () => void queryClient.invalidateQueries({ queryKey: eventKeys.all });
  const retry = useMutation({
    mutationFn: () => retryDelivery(delivery.id),
    onSuccess: () => {
      message.success(t('events.retried'));
      reload();
    },
    onError: (err) => handleError(err, { onStale: reload }),
  });
  if (delivery.status === 'done' || delivery.inProgress) return null;
  return (
    <Button
      size="small"
      icon={<RedoOutlined />}
      loading={retry.isPending}
      data-testid={`delivery-retry-${delivery.id}`}
      onClick={() =>
        modal.confirm({
          title: t('events.retryConfirm', { eventId: delivery.eventId, consumer: delivery.consumer }),
          okText: t('events.retry'),
          cancelText: t('common.cancel'),
          onOk: () => retry.mutateAsync().catch(() => undefined),
        })
      }
    >
      {t('events.retry')}
    </Button>
  );
}

/** Deliveries of events to their consumers: failed ones wait here for an administrator's retry. */
export function DeliveriesTable({
  filter,
  onFilter,
}: {
  filter: DeliveryFilter;
  onFilter: (f: DeliveryFilter) => void;
}) {
  const t = useT();
  // Pinned columns leave no room on a phone; there the whole table scrolls.
  const pin = Grid.useBreakpoint().md;
  const f = useFormat();
  const { query, items } = useKeysetQuery(eventKeys.deliveries(filter), (cursor) => fetchDeliveries(filter, cursor));
  const consumers = [...new Set(items.map((d) => d.consumer))];

  const columns: TableColumnsType<Delivery> = [
    { title: '#', dataIndex: 'id', width: 70 },
    {
      title: t('events.colEvent'),
      key: 'event',
      width: 210,
      render: (_, d) => (
        <Flex vertical>
          <span>{eventLabel(t, d.eventName)}</span>
          <Typography.Text type="secondary" className="shezu-mono">
            #{d.eventId} {d.eventName}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('events.colConsumer'), dataIndex: 'consumer', width: 140, render: (v: string) => <code>{v}</code> },
    {
      title: t('events.colStatus'),
      key: 'status',
      width: 130,
      render: (_, d) => (
        <Flex gap={4} wrap>
          <DeliveryStatusTag status={d.status} />
          {d.inProgress && <Tag color="blue">{t('events.inProgress')}</Tag>}
        </Flex>
      ),
    },
    { title: t('events.colAttempts'), dataIndex: 'attempts', width: 90, align: 'right' },
    {
      title: t('events.colNextAttempt'),
      key: 'next',
      width: 170,
      render: (_, d) => (d.status === 'pending' ? f.dateTime(d.nextAttemptAt, { seconds: true }) : '—'),
    },
    {
      title: t('events.colLastAttempt'),
      dataIndex: 'lastAttemptAt',
      width: 170,
      render: (v: string | null) => f.dateTime(v, { seconds: true }),
    },
    {
      title: t('events.colLastError'),
      dataIndex: 'lastError',
      width: 260,
      render: (v: string | null) =>
        v ? (
          <Typography.Text type="danger" ellipsis={{ tooltip: v }} style={{ maxWidth: 260 }}>
            {v}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: t('events.colProcessed'),
      dataIndex: 'processedAt',
      width: 170,
      render: (v: string | null) => f.dateTime(v, { seconds: true }),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      fixed: pin ? 'right' : undefined,
      render: (_, d) => <RetryButton delivery={d} />,
    },
  ];

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={8} lg={6}>
          <Select<DeliveryStatus>
            allowClear
            style={{ width: '100%' }}
            placeholder={t('events.filterStatus')}
            value={filter.status}
            options={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`deliveryStatus.${s}`) }))}
            onChange={(status) => onFilter({ ...filter, status })}
            data-testid="deliveries-filter-status"
          />
        </Col>
        <Col xs={24} sm={8} lg={6}>
          <AutoComplete
            allowClear
            style={{ width: '100%' }}
            placeholder={t('events.filterConsumer')}
            defaultValue={filter.consumer}
            options={consumers.map((c) => ({ value: c }))}
            onSelect={(consumer: string) => onFilter({ ...filter, consumer })}
            onChange={(v: string) => {
              if (!v) onFilter({ ...filter, consumer: undefined });
            }}
            onBlur={(e) => {
              const v = (e.target as HTMLInputElement).value.trim();
              if (v !== (filter.consumer ?? '')) onFilter({ ...filter, consumer: v || undefined });
            }}
            data-testid="deliveries-filter-consumer"
          />
        </Col>
        {filter.eventId && (
          <Col xs={24} sm={8} lg={6}>
            <Tag closable onClose={() => onFilter({ ...filter, eventId: undefined })}>
              {t('events.colEvent')} #{filter.eventId}
            </Tag>
          </Col>
        )}
      </Row>
      <Table<Delivery>
        rowKey="id"
        size="middle"
        data-testid="deliveries-table"
        columns={columns}
        dataSource={items}
        loading={query.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <LoadMore
        count={items.length}
        hasMore={!!query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </>
  );
}
