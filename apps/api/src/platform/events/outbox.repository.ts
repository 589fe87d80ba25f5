import type { Insertable, Kysely, RawBuilder, SqlBool } from 'kysely';
import type { DeliveryStatus } from '@shezu/contracts';
import type { DB, OutboxEventsTable } from '../../db/schema';
import { fromJson } from '../../db/dialect';

export interface OutboxEventRow {
  id: number;
  name: string;
  version: number;
  regionCode: string;
  payload: unknown;
  actorId: number | null;
  actorName: string;
  requestId: string | null;
  createdAt: string;
}

export interface DeliveryRow {
  id: number;
  eventId: number;
  eventName: string;
  regionCode: string;
  consumer: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastAttemptAt: string | null;
  lastError: string | null;
  lockedUntil: string | null;
  processedAt: string | null;
  createdAt: string;
}

export interface DeliveryFilter {
  status?: DeliveryStatus;
  consumer?: string;
  eventId?: number;
  beforeId?: number;
}

/** The outbox as publishers write it and administrators read it. */
export class OutboxRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertEvent(row: Insertable<OutboxEventsTable>): Promise<number> {
    const { id } = await this.db.insertInto('outboxEvents').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  /** One pending delivery per listening consumer, due at once. */
  async insertDeliveries(eventId: number, consumers: string[], at: string): Promise<void> {
    if (consumers.length === 0) return;
    await this.db
      .insertInto('eventDeliveries')
      .values(
        consumers.map((consumer) => ({
          eventId,
          consumer,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: at,
          createdAt: at,
        })),
      )
      .execute();
  }

  /** Newest first; `scope` is the read-scope condition on the event's region. */
  async listEvents(
    filter: { name?: string; beforeId?: number },
    scope: RawBuilder<SqlBool>,
    limit: number,
  ): Promise<OutboxEventRow[]> {
    let q = this.db.selectFrom('outboxEvents').selectAll().where(scope);
    if (filter.name) q = q.where('name', '=', filter.name);
    if (filter.beforeId) q = q.where('id', '<', filter.beforeId);
    const rows = await q.orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({ ...r, payload: fromJson(r.payload) }));
  }

  async deliveryStates(
    eventIds: number[],
  ): Promise<{ id: number; eventId: number; consumer: string; status: DeliveryStatus }[]> {
    if (eventIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('eventDeliveries')
      .select(['id', 'eventId', 'consumer', 'status'])
      .where('eventId', 'in', eventIds)
      .orderBy('consumer')
      .execute();
    return rows.map((r) => ({ ...r, status: r.status as DeliveryStatus }));
  }

  private deliveries() {
    return this.db
      .selectFrom('eventDeliveries as d')
      .innerJoin('outboxEvents as e', 'e.id', 'd.eventId')
      .select([
        'd.id',
        'd.eventId',
        'e.name as eventName',
        'e.regionCode',
        'd.consumer',
        'd.status',
        'd.attempts',
        'd.nextAttemptAt',
        'd.lastAttemptAt',
        'd.lastError',
        'd.lockedUntil',
        'd.processedAt',
        'd.createdAt',
      ]);
  }

  async listDeliveries(filter: DeliveryFilter, scope: RawBuilder<SqlBool>, limit: number): Promise<DeliveryRow[]> {
    let q = this.deliveries().where(scope);
    if (filter.status) q = q.where('d.status', '=', filter.status);
    if (filter.consumer) q = q.where('d.consumer', '=', filter.consumer);
    if (filter.eventId) q = q.where('d.eventId', '=', filter.eventId);
    if (filter.beforeId) q = q.where('d.id', '<', filter.beforeId);
    const rows = await q.orderBy('d.id', 'desc').limit(limit).execute();
    return rows.map((r) => ({ ...r, status: r.status as DeliveryStatus }));
  }

  async findDelivery(id: number): Promise<DeliveryRow | undefined> {
    const r = await this.deliveries().where('d.id', '=', id).executeTakeFirst();
    return r && { ...r, status: r.status as DeliveryStatus };
  }

  /** Makes a parked or waiting delivery due now with a fresh attempt budget; false when it moved on. */
  async resetForRetry(id: number, expectedStatus: DeliveryStatus, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('eventDeliveries')
      .set({ status: 'pending', attempts: 0, nextAttemptAt: at, leaseToken: null, lockedUntil: null })
      .where('id', '=', id)
      .where('status', '=', expectedStatus)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
