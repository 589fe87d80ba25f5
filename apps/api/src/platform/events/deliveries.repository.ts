import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { engineOf, fromJson } from '../../db/dialect';
import type { OutboxEventRow } from './outbox.repository';

export interface ClaimedDelivery {
  id: number;
  eventId: number;
  consumer: string;
  /** Including the one just claimed. */
  attempts: number;
  leaseToken: string;
}

/** Written when a claimed delivery's earlier lease ran out without an acknowledgement. */
export const INTERRUPTED = '上次处理中断（进程退出或超时），已重新投递';

/** The dispatcher's side of the deliveries: claim with a lease, acknowledge, record failures. */
export class DeliveriesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Claims up to `limit` due deliveries of the given consumers in event order and counts the attempt.
   * On PostgreSQL `FOR UPDATE SKIP LOCKED` keeps two dispatchers from claiming the same rows; on SQLite
   * the single writer already serialises claims.
   */
  async claim(
    consumers: string[],
    now: string,
    lockedUntil: string,
    leaseToken: string,
    limit: number,
  ): Promise<ClaimedDelivery[]> {
    if (consumers.length === 0) return [];
    let due = this.db
      .selectFrom('eventDeliveries')
      .select('id')
      .where('status', '=', 'pending')
      .where('nextAttemptAt', '<=', now)
      .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', now)]))
      .where('consumer', 'in', consumers)
      .orderBy('eventId')
      .orderBy('id')
      .limit(limit);
    if (engineOf(this.db) === 'postgres') due = due.forUpdate().skipLocked();
    const rows = await this.db
      .updateTable('eventDeliveries')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        leaseToken,
        lockedUntil,
        lastAttemptAt: now,
        lastError: eb.case().when('lockedUntil', 'is not', null).then(INTERRUPTED).else(eb.ref('lastError')).end(),
      }))
      .where('id', 'in', due)
      .returning(['id', 'eventId', 'consumer', 'attempts'])
      .execute();
    return rows.map((r) => ({ ...r, leaseToken })).sort((a, b) => a.eventId - b.eventId || a.id - b.id);
  }

  async events(ids: number[]): Promise<Map<number, OutboxEventRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('outboxEvents').selectAll().where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, { ...r, payload: fromJson(r.payload) }]));
  }

  /**
   * Marks the delivery processed, if this dispatcher still holds its lease; on PostgreSQL the update
   * also locks the row until the handler's transaction ends.
   */
  async acknowledge(d: ClaimedDelivery, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('eventDeliveries')
      .set({ status: 'done', processedAt: at, leaseToken: null, lockedUntil: null })
      .where('id', '=', d.id)
      .where('leaseToken', '=', d.leaseToken)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** The idempotency guard: false when this consumer already processed this event. */
  async guard(consumer: string, eventId: number, at: string): Promise<boolean> {
    const r = await this.db
      .insertInto('eventConsumptions')
      .values({ consumer, eventId, processedAt: at })
      .onConflict((oc) => oc.columns(['consumer', 'eventId']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /** Records a failed attempt: due again at `nextAttemptAt`, or parked as failed. */
  async fail(d: ClaimedDelivery, error: string, park: boolean, nextAttemptAt: string): Promise<boolean> {
    const r = await this.db
      .updateTable('eventDeliveries')
      .set({
        status: park ? 'failed' : 'pending',
        lastError: error,
        nextAttemptAt,
        leaseToken: null,
        lockedUntil: null,
      })
      .where('id', '=', d.id)
      .where('leaseToken', '=', d.leaseToken)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
