import { useState } from 'react';
import { Button, Col, Flex, Row, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EVENT_NAMES, type EventName } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { useT } from '../../lib/i18n';
import { eventLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { eventKeys, fetchEvents, type OutboxEvent } from './api';
import { DeliveryStatusTag } from './DeliveryStatusTag';

function PayloadView({ event }: { event: OutboxEvent }) {
  const t = useT();
  return (
    <div data-testid={`event-payload-${event.id}`}>
      <Typography.Text type="secondary">{t('events.payload')}</Typography.Text>
      <pre className="shezu-mono shezu-json">{JSON.stringify(event.payload, null, 2)}</pre>
    </div>
  );
}

/** Outbox events, newest first; each row expands to its payload. */
export function EventsTable({ onShowDeliveries }: { onShowDeliveries: (eventId: number) => void }) {
  const t = useT();
  const f = useFormat();
  const [name, setName] = useState<EventName | undefined>();
  const { query, items } = useKeysetQuery(eventKeys.list(name), (cursor) => fetchEvents(name, cursor));

  const columns: TableColumnsType<OutboxEvent> = [
    { title: '#', dataIndex: 'id', width: 70 },
    {
      title: t('events.colAt'),
      dataIndex: 'createdAt',
      width: 180,
      render: (v: string) => f.dateTime(v, { seconds: true }),
    },
    {
      title: t('events.colEvent'),
      key: 'event',
      width: 220,
      render: (_, e) => (
        <Flex vertical>
          <span>{eventLabel(t, e.name)}</span>
          <Typography.Text type="secondary" className="shezu-mono">
            {e.name} v{e.version}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('events.colRegion'), dataIndex: 'regionCode', width: 110 },
    { title: t('events.colActor'), dataIndex: 'actorName', width: 180 },
    {
      title: t('events.colDeliveries'),
      key: 'deliveries',
      width: 260,
      render: (_, e) =>
        e.deliveries.length === 0 ? (
          <Typography.Text type="secondary">{t('events.noDeliveries')}</Typography.Text>
        ) : (
          <Flex wrap gap={4} align="center">
            {e.deliveries.map((d) => (
              <DeliveryStatusTag key={d.id} status={d.status} prefix={d.consumer} />
            ))}
            <Button
              type="link"
              size="small"
              onClick={() => onShowDeliveries(e.id)}
              data-testid={`event-deliveries-${e.id}`}
            >
              {t('events.showDeliveries')}
            </Button>
          </Flex>
        ),
    },
  ];

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={12} lg={8}>
          <Select<EventName>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: '100%' }}
            placeholder={t('events.filterName')}
            options={EVENT_NAMES.map((n) => ({ value: n, label: eventLabel(t, n) }))}
            onChange={setName}
            data-testid="events-filter-name"
          />
        </Col>
      </Row>
      <Table<OutboxEvent>
        rowKey="id"
        size="middle"
        data-testid="events-table"
        columns={columns}
        dataSource={items}
        loading={query.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (e) => <PayloadView event={e} /> }}
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
