import type { Kysely } from 'kysely';
import { columnTypes, engineOf, withId } from '../dialect';

/**
 * Domain events: the transactional outbox, one delivery row per (event, consumer) with its retry state,
 * and the consumption guard that makes a second delivery of the same event a no-op.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);

  await withId(engine, db.schema.createTable('outbox_events'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('payload', t.json, (c) => c.notNull())
    .addColumn('actor_id', t.ref)
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbox_events_name_idx').on('outbox_events').columns(['name', 'id']).execute();
  await db.schema.createIndex('outbox_events_region_idx').on('outbox_events').columns(['region_code', 'id']).execute();

  await withId(engine, db.schema.createTable('event_deliveries'))
    .addColumn('event_id', t.ref, (c) => c.notNull().references('outbox_events.id'))
    .addColumn('consumer', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_attempt_at', t.timestamp)
    .addColumn('last_error', 'text')
    .addColumn('lease_token', 'text')
    .addColumn('locked_until', t.timestamp)
    .addColumn('processed_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('event_deliveries_event_consumer_idx')
    .on('event_deliveries')
    .columns(['event_id', 'consumer'])
    .unique()
    .execute();
  // The dispatcher's claim: due pending deliveries in event order.
  await db.schema
    .createIndex('event_deliveries_due_idx')
    .on('event_deliveries')
    .columns(['status', 'next_attempt_at', 'event_id'])
    .execute();
  await db.schema
    .createIndex('event_deliveries_consumer_idx')
    .on('event_deliveries')
    .columns(['consumer', 'status', 'id'])
    .execute();

  await db.schema
    .createTable('event_consumptions')
    .addColumn('consumer', 'text', (c) => c.notNull())
    .addColumn('event_id', t.ref, (c) => c.notNull().references('outbox_events.id'))
    .addColumn('processed_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('event_consumptions_pk', ['consumer', 'event_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['event_consumptions', 'event_deliveries', 'outbox_events']) {
    await db.schema.dropTable(table).execute();
  }
}
