import type { Kysely } from 'kysely';
import type { Role } from '@shezu/contracts';
import type { DB } from '../../db/schema';

/** An active account and where it sits, for modules that address people (notifications). */
export interface PlacedAccount {
  id: number;
  roles: Role[];
  regionCode: string | null;
  unitId: number | null;
  orgId: number | null;
}

/**
 * Active accounts in one of `regionCodes`, in `unitId` or acting for `orgId`: the accounts module's
 * answer to "who could this concern?". Takes the caller's handle so it reads inside its transaction.
 */
export async function accountsPlacedFor(
  db: Kysely<DB>,
  reach: { regionCodes: string[]; unitId: number | null; orgId: number | null },
): Promise<PlacedAccount[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('userRoles as r', 'r.userId', 'u.id')
    .select(['u.id', 'u.regionCode', 'u.unitId', 'u.orgId', 'r.role'])
    .where('u.disabled', '=', false)
    .where((eb) => {
      const or = [eb('u.regionCode', 'in', reach.regionCodes)];
      if (reach.unitId) or.push(eb('u.unitId', '=', reach.unitId));
      if (reach.orgId) or.push(eb('u.orgId', '=', reach.orgId));
      return eb.or(or);
    })
    .orderBy('u.id')
    .execute();
  const byId = new Map<number, PlacedAccount>();
  for (const r of rows) {
    const a = byId.get(r.id) ?? { id: r.id, roles: [], regionCode: r.regionCode, unitId: r.unitId, orgId: r.orgId };
    a.roles.push(r.role as Role);
    byId.set(r.id, a);
  }
  return [...byId.values()];
}

/**
 * Makes an existing organization account (role org_account) act for `orgId`: its read scope becomes
 * that organization. For seeds and modules that issue accounts; the caller audits. False when there
 * is no such account.
 */
export async function linkOrgAccount(db: Kysely<DB>, username: string, orgId: number, at: string): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set((eb) => ({ orgId, version: eb('version', '+', 1), updatedAt: at }))
    .where('username', '=', username)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('userRoles as r')
          .select('r.userId')
          .whereRef('r.userId', '=', 'users.id')
          .where('r.role', '=', 'org_account'),
      ),
    )
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
