import type { Kysely } from 'kysely';
import { EVENT_LABELS, NOTIFIABLE_EVENTS, type NotifiableEventName } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import { SYSTEM_ACTOR } from '../../platform/auth/auth-user';
import type { DeliveredEvent, EventConsumer } from '../../platform/events/event-types';
import { describeEvent } from './notification-texts';
import { NotificationsRepository } from './notifications.repository';
import { recipientsOf, regionAndAncestors } from './recipients';
import { SubscriptionsRepository } from './subscriptions.repository';
import { accountsPlacedFor } from '../accounts/accounts.directory';

export const NOTIFICATIONS_CONSUMER = 'notifications';

/** Turns followed events into notifications for the users whose scope covers them. */
export function notificationsConsumer(clock: Clock, audit: AuditService): EventConsumer<NotifiableEventName> {
  return {
    name: NOTIFICATIONS_CONSUMER,
    events: NOTIFIABLE_EVENTS,
    async handle(event: DeliveredEvent<NotifiableEventName>, trx: Kysely<DB>) {
      const p = event.payload;
      const reach = {
        name: event.name,
        regionCode: event.regionCode,
        authorityRegionCode: p.authorityRegionCode,
        orgId: p.orgId,
        supervisorUnitId: p.supervisorUnitId ?? null,
        actorId: event.actorId,
      };
      const placed = await accountsPlacedFor(trx, {
        regionCodes: regionAndAncestors(event.regionCode),
        unitId: reach.supervisorUnitId,
        orgId: reach.orgId,
      });
      const choices = await new SubscriptionsRepository(trx).choicesFor(
        event.name,
        placed.map((a) => a.id),
      );
      const candidates = placed.map((a) => ({ ...a, choice: choices.get(a.id) ?? null }));
      const userIds = recipientsOf(reach, candidates);
      if (userIds.length === 0) return;
      const text = describeEvent(event);
      const at = clock.now().toISOString();
      const n = await new NotificationsRepository(trx).insertMany(
        userIds.map((userId) => ({
          userId,
          kind: event.name,
          ...text,
          eventId: event.id,
          regionCode: event.regionCode,
          readAt: null,
          createdAt: at,
        })),
      );
      await audit.record(trx, SYSTEM_ACTOR, {
        action: 'notify',
        entity: 'notification',
        entityId: event.id,
        regionCode: event.regionCode,
        summary: `${EVENT_LABELS[event.name]}：通知 ${n} 人`,
        after: { eventId: event.id, userIds },
      });
    },
  };
}
