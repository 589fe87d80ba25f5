import type { DeliveryStatus, EventName } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type OutboxEvent = paths['/api/events']['get']['responses'][200]['content']['application/json']['items'][number];
export type Delivery =
  paths['/api/event-deliveries']['get']['responses'][200]['content']['application/json']['items'][number];

export interface DeliveryFilter {
  status?: DeliveryStatus;
  consumer?: string;
  eventId?: number;
}

const PAGE_SIZE = 50;

export const eventKeys = {
  all: ['events'] as const,
  list: (name: EventName | undefined) => ['events', 'list', name ?? null] as const,
  deliveries: (filter: DeliveryFilter) => ['events', 'deliveries', filter] as const,
};

export const fetchEvents = (name: EventName | undefined, cursor?: string) =>
  unwrap(api.GET('/api/events', { params: { query: { name, cursor, limit: PAGE_SIZE } } }));

export const fetchDeliveries = (filter: DeliveryFilter, cursor?: string) =>
  unwrap(api.GET('/api/event-deliveries', { params: { query: { ...filter, cursor, limit: PAGE_SIZE } } }));

export const retryDelivery = (id: number): Promise<Delivery> =>
  unwrap(api.POST('/api/event-deliveries/{id}/retry', { params: { path: { id } } }));
