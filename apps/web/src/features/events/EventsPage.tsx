import { useState } from 'react';
import { Card, Tabs } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import type { DeliveryFilter } from './api';
import { DeliveriesTable } from './DeliveriesTable';
import { EventsTable } from './EventsTable';

export default function EventsPage() {
  const t = useT();
  const [tab, setTab] = useState('events');
  const [deliveryFilter, setDeliveryFilter] = useState<DeliveryFilter>({});
  return (
    <>
      <PageHeader title={t('events.title')} subtitle={t('events.subtitle')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'events',
              label: <span data-testid="events-tab-events">{t('events.tabEvents')}</span>,
              children: (
                <EventsTable
                  onShowDeliveries={(eventId) => {
                    setDeliveryFilter({ eventId });
                    setTab('deliveries');
                  }}
                />
              ),
            },
            {
              key: 'deliveries',
              label: <span data-testid="events-tab-deliveries">{t('events.tabDeliveries')}</span>,
              children: (
                <DeliveriesTable
                  key={deliveryFilter.eventId ?? 'all'}
                  filter={deliveryFilter}
                  onFilter={setDeliveryFilter}
                />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
