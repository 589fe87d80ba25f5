import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** Small key–value settings the platform keeps in the database. */
export async function getSetting(db: Kysely<DB>, key: string): Promise<string | undefined> {
  const r = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value;
}

export async function putSetting(db: Kysely<DB>, key: string, value: string, at: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value, updatedAt: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: at }))
    .execute();
}
