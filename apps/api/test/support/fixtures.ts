import type { Kysely } from 'kysely';
import type { Role, UnitKind } from '@shezu/contracts';
import type { DB } from '../../src/db/schema';
import { UnitsRepository } from '../../src/modules/units/units.repository';
import { AccountsRepository } from '../../src/modules/accounts/accounts.repository';
import { hashPassword } from '../../src/platform/auth/password';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts';

/** Inserts a unit directly (for regions no demo admin reaches, like a neighbouring county). */
export async function insertUnit(
  db: Kysely<DB>,
  name: string,
  regionCode: string,
  kind: UnitKind = 'supervisor',
): Promise<number> {
  const at = new Date().toISOString();
  return new UnitsRepository(db).insert({
    name,
    kind,
    regionCode,
    contactPhone: null,
    active: true,
    version: 1,
    createdAt: at,
    updatedAt: at,
  });
}

export async function unitIdByName(db: Kysely<DB>, name: string): Promise<number> {
  const r = await db.selectFrom('units').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return r.id;
}

export async function userIdByName(db: Kysely<DB>, username: string): Promise<number> {
  const r = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  return r.id;
}

/** Inserts an account directly (e.g. a province administrator, which the demo does not have). */
export async function insertUser(
  db: Kysely<DB>,
  a: {
    username: string;
    roles: Role[];
    regionCode: string | null;
    unitId?: number | null;
    orgId?: number | null;
    password?: string;
  },
): Promise<number> {
  const at = new Date().toISOString();
  return new AccountsRepository(db).insert(
    {
      username: a.username,
      displayName: a.username,
      passwordHash: await hashPassword(a.password ?? DEMO_PASSWORD),
      regionCode: a.regionCode,
      unitId: a.unitId ?? null,
      orgId: a.orgId ?? null,
      disabled: false,
      mustChangePassword: false,
      demoPassword: false,
      failedLogins: 0,
      version: 1,
      createdAt: at,
      updatedAt: at,
    },
    a.roles,
  );
}
