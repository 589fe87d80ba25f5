import type { Kysely } from 'kysely';
import type { Role } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { toBool } from '../../db/dialect';

export interface SubscriptionRow {
  eventName: string;
  enabled: boolean;
  regionCode: string | null;
  orgId: number | null;
}

/** A user an event might reach, with their choice for that event if they made one. */
export interface Candidate {
  id: number;
  roles: Role[];
  regionCode: string | null;
  unitId: number | null;
  orgId: number | null;
  choice: SubscriptionRow | null;
}

export interface Reach {
  eventName: string;
  /** The event's region and every region above it. */
  regionCodes: string[];
  unitId: number | null;
  orgId: number | null;
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

  /**
   * Active accounts placed where an event can reach them: in its region or above, in its supervising
   * unit, or acting for its organization. Scope and choice are decided by the caller.
   * (Reads the accounts tables directly: the accounts module offers no recipient lookup yet.)
   */
  async candidates(reach: Reach): Promise<Candidate[]> {
    const rows = await this.db
      .selectFrom('users as u')
      .innerJoin('userRoles as r', 'r.userId', 'u.id')
      .leftJoin('notificationSubscriptions as s', (join) =>
        join.onRef('s.userId', '=', 'u.id').on('s.eventName', '=', reach.eventName),
      )
      .select([
        'u.id',
        'u.regionCode',
        'u.unitId',
        'u.orgId',
        'r.role',
        's.eventName',
        's.enabled',
        's.regionCode as filterRegion',
        's.orgId as filterOrg',
      ])
      .where('u.disabled', '=', false)
      .where((eb) => {
        const or = [eb('u.regionCode', 'in', reach.regionCodes)];
        if (reach.unitId) or.push(eb('u.unitId', '=', reach.unitId));
        if (reach.orgId) or.push(eb('u.orgId', '=', reach.orgId));
        return eb.or(or);
      })
      .orderBy('u.id')
      .execute();
    const byId = new Map<number, Candidate>();
    for (const r of rows) {
      let c = byId.get(r.id);
      if (!c) {
        const choice =
          r.eventName === null
            ? null
            : { eventName: r.eventName, enabled: toBool(r.enabled), regionCode: r.filterRegion, orgId: r.filterOrg };
        c = { id: r.id, roles: [], regionCode: r.regionCode, unitId: r.unitId, orgId: r.orgId, choice };
        byId.set(r.id, c);
      }
      c.roles.push(r.role as Role);
    }
    return [...byId.values()];
  }
}
