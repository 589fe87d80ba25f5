import type { Kysely } from 'kysely';

/**
 * Rows changed since a moment, by region: public statistics recount only the provinces that changed
 * since the counters were computed, so province and national figures stay current between refreshes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('organizations_updated_idx')
    .on('organizations')
    .columns(['updated_at', 'region_code'])
    .execute();
  await db.schema
    .createIndex('community_orgs_updated_idx')
    .on('community_orgs')
    .columns(['updated_at', 'region_code'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('community_orgs_updated_idx').execute();
  await db.schema.dropIndex('organizations_updated_idx').execute();
}
