import type { Insertable, Kysely } from 'kysely';
import type { TNotification } from '@shezu/contracts';
import type { DB, NotificationsTable } from '../../db/schema';

const COLUMNS = ['id', 'kind', 'title', 'body', 'link', 'eventId', 'regionCode', 'readAt', 'createdAt'] as const;

function present(r: Omit<TNotification, 'read'>): TNotification {
  return { ...r, read: r.readAt !== null };
}

/** A user's notifications; every query is keyed by the owner. */
export class NotificationsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Inserts, skipping users who already have a notification for the same event. */
  async insertMany(rows: Insertable<NotificationsTable>[]): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < rows.length; i += 500) {
      const r = await this.db
        .insertInto('notifications')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) => oc.columns(['eventId', 'userId']).doNothing())
        .executeTakeFirst();
      inserted += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
    return inserted;
  }

  async list(userId: number, filter: { unread?: boolean; beforeId?: number }, limit: number) {
    let q = this.db.selectFrom('notifications').select(COLUMNS).where('userId', '=', userId);
    if (filter.unread === true) q = q.where('readAt', 'is', null);
    if (filter.unread === false) q = q.where('readAt', 'is not', null);
    if (filter.beforeId) q = q.where('id', '<', filter.beforeId);
    return (await q.orderBy('id', 'desc').limit(limit).execute()).map(present);
  }

  async find(userId: number, id: number): Promise<TNotification | undefined> {
    const r = await this.db
      .selectFrom('notifications')
      .select(COLUMNS)
      .where('userId', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && present(r);
  }

  async unreadCount(userId: number): Promise<number> {
    const r = await this.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('userId', '=', userId)
      .where('readAt', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Marks unread notifications read (one, or all of the user's); returns how many changed. */
  async markRead(userId: number, at: string, id?: number): Promise<number> {
    let q = this.db.updateTable('notifications').set({ readAt: at }).where('userId', '=', userId);
    if (id !== undefined) q = q.where('id', '=', id);
    const r = await q.where('readAt', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
}
