import type { Kysely } from 'kysely';
import {
  EVENT_CONTRACTS,
  EVENT_LABELS,
  NOTIFIABLE_EVENTS,
  defaultSubscriptionsOf,
  isWithinRegion,
  type TNotification,
  type TSubscription,
  type TSubscriptionInput,
} from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { fieldError, notFound } from '../../platform/errors';
import type { RegionsService } from '../regions/regions.service';
import { NotificationsRepository } from './notifications.repository';
import { SubscriptionsRepository, type SubscriptionRow } from './subscriptions.repository';

/** A user's own notifications and what they follow; events become notifications in the consumer. */
export class NotificationsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
  ) {}

  list(user: AuthUser, filter: { unread?: boolean; beforeId?: number }, limit: number): Promise<TNotification[]> {
    return new NotificationsRepository(this.db).list(user.id, filter, limit);
  }

  unreadCount(user: AuthUser): Promise<number> {
    return new NotificationsRepository(this.db).unreadCount(user.id);
  }

  /** Marks one of the user's notifications read; reading it again changes nothing. */
  async markRead(user: AuthUser, actor: Actor, id: number): Promise<TNotification> {
    const before = await new NotificationsRepository(this.db).find(user.id, id);
    if (!before) throw notFound();
    if (before.read) return before;
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      if ((await new NotificationsRepository(trx).markRead(user.id, at, id)) === 0) return;
      await this.audit.record(trx, actor, {
        action: 'read',
        entity: 'notification',
        entityId: id,
        regionCode: user.regionCode,
        summary: before.title,
      });
    });
    return (await new NotificationsRepository(this.db).find(user.id, id))!;
  }

  async markAllRead(user: AuthUser, actor: Actor): Promise<number> {
    const at = this.clock.now().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const n = await new NotificationsRepository(trx).markRead(user.id, at);
      if (n > 0) {
        await this.audit.record(trx, actor, {
          action: 'read_all',
          entity: 'notification',
          entityId: user.id,
          regionCode: user.regionCode,
          summary: `全部已读：${n} 条`,
        });
      }
      return n;
    });
  }

  /** Every event a user may follow, with their choice or their roles' default. */
  async subscriptions(user: AuthUser): Promise<TSubscription[]> {
    const rows = new Map((await new SubscriptionsRepository(this.db).ofUser(user.id)).map((r) => [r.eventName, r]));
    const defaults = defaultSubscriptionsOf(user.roles);
    return NOTIFIABLE_EVENTS.map((name) => {
      const row = rows.get(name);
      return {
        eventName: name,
        label: EVENT_LABELS[name],
        description: EVENT_CONTRACTS[name].description,
        enabled: row ? row.enabled : defaults.has(name),
        byDefault: defaults.has(name),
        customized: !!row,
        regionCode: row?.regionCode ?? null,
        orgId: row?.orgId ?? null,
      };
    });
  }

  /**
   * Replaces the user's choices. Only what differs from the roles' defaults (or narrows with a filter)
   * is stored, so events not mentioned follow the defaults, and new defaults reach users who chose nothing.
   */
  async updateSubscriptions(user: AuthUser, actor: Actor, items: TSubscriptionInput[]): Promise<TSubscription[]> {
    const defaults = defaultSubscriptionsOf(user.roles);
    for (const [i, item] of items.entries()) {
      if (!item.regionCode) continue;
      const field = `items.${i}.regionCode`;
      if (!user.regionCode || !isWithinRegion(item.regionCode, user.regionCode)) {
        throw fieldError(field, '只能订阅本辖区内的地区');
      }
      if (!(await this.regions.find(item.regionCode))) throw fieldError(field, '行政区划不存在');
    }
    const rows: SubscriptionRow[] = items
      .filter((i) => i.enabled !== defaults.has(i.eventName) || i.regionCode || i.orgId)
      .map((i) => ({
        eventName: i.eventName,
        enabled: i.enabled,
        regionCode: i.regionCode ?? null,
        orgId: i.orgId ?? null,
      }));
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repo = new SubscriptionsRepository(trx);
      const before = await repo.ofUser(user.id);
      await repo.replace(user.id, rows, at);
      await this.audit.record(trx, actor, {
        action: 'update',
        entity: 'notification_subscription',
        entityId: user.id,
        regionCode: user.regionCode,
        summary: `通知订阅：${rows.length} 项自定义`,
        before,
        after: rows,
      });
    });
    return this.subscriptions(user);
  }
}
