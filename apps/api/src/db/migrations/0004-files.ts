import type { Kysely } from 'kysely';
import { columnTypes, engineOf, withId } from '../dialect';

/** Stored files: one owner record per file, its SM3 checksum, and where its content lies. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);
  await withId(engine, db.schema.createTable('files'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    // The record the file belongs to; null until a module attaches it.
    .addColumn('owner_type', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('safe_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('storage', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('created_by', t.ref, (c) => c.references('users.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('attached_at', t.timestamp)
    .execute();
  await db.schema.createIndex('files_owner_idx').on('files').columns(['owner_type', 'owner_id']).execute();
  await db.schema.createIndex('files_created_by_idx').on('files').columns(['created_by', 'id']).execute();
  await db.schema.createIndex('files_region_idx').on('files').columns(['region_code', 'id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('files').execute();
}
