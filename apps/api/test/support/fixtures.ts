import type { Kysely } from 'kysely';
import type { UnitKind } from '@shezu/contracts';
import type { DB } from '../../src/db/schema';
import { UnitsRepository } from '../../src/modules/units/units.repository';

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
