import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { toBool } from '../../db/dialect';
import type { PlacedAccount } from '../accounts/accounts.directory';

export interface SubscriptionRow {
  eventName: string;
  enabled: boolean;
  regionCode: string | null;
  orgId: number | null;
}

/** A user an event might reach, with their choice for that event if they made one. */
export interface Candidate extends PlacedAccount {
  choice: SubscriptionRow | null;
}

export class SubscriptionsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async ofUser(userId: number): Promise<SubscriptionRow[]> {
    const rows = await this.db
      .selectFrom('notificationSubscriptions')
      .select(['eventName', 'enabled', 'regionCode', 'orgId'])
      .where('userId', '=', userId)
      .orderBy('eventName')
      .execute();
    return rows.map((r) => ({ ...r, enabled: toBool(r.enabled) }));
  }

  async replace(userId: number, rows: SubscriptionRow[], at: string): Promise<void> {
    await this.db.deleteFrom('notificationSubscriptions').where('userId', '=', userId).execute();
    if (rows.length === 0) return;
    await this.db
      .insertInto('notificationSubscriptions')
      .values(rows.map((r) => ({ ...r, userId, createdAt: at })))
      .execute();
  }

  /** The users' saved choices for one event, by user id (users without a choice are absent). */
  async choicesFor(eventName: string, userIds: number[]): Promise<Map<number, SubscriptionRow>> {
    const out = new Map<number, SubscriptionRow>();
    if (userIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('notificationSubscriptions')
      .select(['userId', 'eventName', 'enabled', 'regionCode', 'orgId'])
      .where('eventName', '=', eventName)
      .where('userId', 'in', userIds)
      .execute();
    for (const { userId, ...r } of rows) out.set(userId, { ...r, enabled: toBool(r.enabled) });
    return out;
  }
}
