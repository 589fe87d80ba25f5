import { sql, type Kysely } from 'kysely';
import { columnTypes, engineOf, FALSE, withId } from '../dialect';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('gb_code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text', (c) => c.references('regions.code'))
    .addColumn('placeholder', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('child_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('population', 'bigint')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.timestamp)
    .execute();
  await db.schema.createIndex('regions_parent_idx').on('regions').columns(['parent_code', 'code']).execute();
  await db.schema.createIndex('regions_gb_code_idx').on('regions').column('gb_code').unique().execute();

  await withId(engine, db.schema.createTable('units'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('contact_phone', 'text')
    .addColumn('active', t.bool, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('units_region_idx').on('units').columns(['region_code', 'kind']).execute();
  await db.schema.createIndex('units_name_region_idx').on('units').columns(['region_code', 'name']).unique().execute();

  await withId(engine, db.schema.createTable('users'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('unit_id', t.ref, (c) => c.references('units.id'))
    .addColumn('org_id', t.ref)
    .addColumn('phone', 'text')
    .addColumn('id_number_enc', 'text')
    .addColumn('id_number_hash', 'text')
    .addColumn('disabled', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('must_change_password', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('demo_password', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', t.timestamp)
    .addColumn('last_login_at', t.timestamp)
    .addColumn('password_changed_at', t.timestamp)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_region_idx').on('users').columns(['region_code', 'id']).execute();
  await db.schema.createIndex('users_unit_idx').on('users').column('unit_id').execute();
  await db.schema.createIndex('users_org_idx').on('users').column('org_id').execute();
  await db.schema.createIndex('users_id_number_idx').on('users').column('id_number_hash').execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', t.ref, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
    .execute();
  await db.schema.createIndex('user_roles_role_idx').on('user_roles').columns(['role', 'user_id']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', t.ref, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('actor_id', t.ref)
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('region_code', 'text')
    .addColumn('summary', 'text')
    .addColumn('before', t.json)
    .addColumn('after', t.json)
    .addColumn('request_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity', 'entity_id', 'id']).execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor_id', 'id']).execute();
  await db.schema.createIndex('audit_log_region_idx').on('audit_log').columns(['region_code', 'id']).execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();

  // The chain head is one row, locked by every append so that appends are serialised.
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_id', t.id, (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('audit_head')
    .values({ id: 1, last_id: 0, last_hash: '0'.repeat(64) })
    .execute();

  // The application never changes audit rows; the database refuses it too.
  if (engine === 'postgres') {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  }

  await withId(engine, db.schema.createTable('todos'))
    .addColumn('user_id', t.ref, (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('unit_id', t.ref, (c) => c.references('units.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('due_date', t.date)
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_key', 'text')
    .addColumn('done_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('todos_user_idx').on('todos').columns(['user_id', 'done_at']).execute();
  await db.schema.createIndex('todos_unit_idx').on('todos').columns(['unit_id', 'done_at']).execute();
  await db.schema.createIndex('todos_source_idx').on('todos').column('source_key').unique().execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'todos',
    'audit_head',
    'audit_log',
    'sessions',
    'user_roles',
    'users',
    'units',
    'regions',
    'settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  if (engineOf(db) === 'postgres') await sql`drop function if exists audit_log_append_only`.execute(db);
}
