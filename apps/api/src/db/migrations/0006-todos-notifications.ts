import type { Kysely } from 'kysely';
import { columnTypes, engineOf, TRUE, withId } from '../dialect';

/**
 * To-dos gain an organization and a role-in-region assignee and a status (done or cancelled);
 * notifications and what each user follows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);

  // SQLite adds one column per ALTER TABLE.
  await db.schema.alterTable('todos').addColumn('org_id', t.ref).execute();
  await db.schema.alterTable('todos').addColumn('role', 'text').execute();
  await db.schema.alterTable('todos').addColumn('region_code', 'text').execute();
  await db.schema
    .alterTable('todos')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .execute();
  await db.schema.alterTable('todos').addColumn('updated_at', t.timestamp).execute();
  await db.schema.createIndex('todos_org_idx').on('todos').columns(['org_id', 'done_at']).execute();
  await db.schema.createIndex('todos_role_idx').on('todos').columns(['region_code', 'role', 'done_at']).execute();

  await withId(engine, db.schema.createTable('notifications'))
    .addColumn('user_id', t.ref, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('link', 'text')
    .addColumn('event_id', t.ref, (c) => c.references('outbox_events.id'))
    .addColumn('region_code', 'text')
    .addColumn('read_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'id']).execute();
  await db.schema.createIndex('notifications_unread_idx').on('notifications').columns(['user_id', 'read_at']).execute();
  // One notification per user and event, however often the event is delivered.
  await db.schema
    .createIndex('notifications_event_idx')
    .on('notifications')
    .columns(['event_id', 'user_id'])
    .unique()
    .execute();

  await withId(engine, db.schema.createTable('notification_subscriptions'))
    .addColumn('user_id', t.ref, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('event_name', 'text', (c) => c.notNull())
    .addColumn('enabled', t.bool, (c) => c.notNull().defaultTo(TRUE))
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('org_id', t.ref)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notification_subscriptions_user_idx')
    .on('notification_subscriptions')
    .columns(['user_id', 'event_name'])
    .unique()
    .execute();
  await db.schema
    .createIndex('notification_subscriptions_event_idx')
    .on('notification_subscriptions')
    .columns(['event_name', 'user_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notification_subscriptions').execute();
  await db.schema.dropTable('notifications').execute();
  await db.schema.dropIndex('todos_role_idx').execute();
  await db.schema.dropIndex('todos_org_idx').execute();
  for (const column of ['updated_at', 'status', 'region_code', 'role', 'org_id']) {
    await db.schema.alterTable('todos').dropColumn(column).execute();
  }
}
