import { sql, type Kysely } from 'kysely';
import { columnTypes, engineOf, withId } from '../dialect';

/** Community organizations (社区社会组织): filed with a township, no legal person, no credit code. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);
  await withId(engine, db.schema.createTable('community_orgs'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    // The filing township (乡镇/街道, 9 digits); the county above it is what statistics roll up to.
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('community_name', 'text', (c) => c.notNull())
    .addColumn('area_kind', 'text', (c) => c.notNull())
    .addColumn('category_code', 'text', (c) => c.notNull())
    .addColumn('responsible_name', 'text', (c) => c.notNull())
    .addColumn('responsible_id_enc', 'text')
    .addColumn('responsible_id_hash', 'text')
    .addColumn('responsible_phone', 'text')
    .addColumn('venue', 'text', (c) => c.notNull())
    .addColumn('activity_area', 'text', (c) => c.notNull())
    .addColumn('member_count', 'integer', (c) => c.notNull())
    .addColumn('funds_fen', t.money, (c) => c.notNull())
    .addColumn('charter_file_id', t.ref)
    .addColumn('roster_file_id', t.ref)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('filed_on', t.date, (c) => c.notNull())
    .addColumn('cancelled_on', t.date)
    .addColumn('cancel_reason', 'text')
    .addColumn('filed_by', t.ref)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('community_orgs_region_idx')
    .on('community_orgs')
    .columns(['region_code', 'id'])
    .execute();
  await db.schema
    .createIndex('community_orgs_status_idx')
    .on('community_orgs')
    .columns(['status', 'region_code'])
    .execute();
  await sql`create unique index community_orgs_active_name_idx on community_orgs (region_code, name) where status = 'filed'`.execute(
    db,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('community_orgs').execute();
}
