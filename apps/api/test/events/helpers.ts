import type { Generated, Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import { engineOf, withId } from '../../src/db/dialect';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import type { EventsService } from '../../src/platform/events/events.service';
import type { EventConsumer } from '../../src/platform/events/event-types';

/** A table the test consumers write their effect into, one row per time a handler's work committed. */
export interface TestDB extends DB {
  testEffects: { id: Generated<number>; eventId: number; consumer: string; worker: string | null };
}

export function asTestDb(db: Kysely<DB>): Kysely<TestDB> {
  return db as unknown as Kysely<TestDB>;
}

export async function createEffectsTable(db: Kysely<DB>): Promise<void> {
  const engine = engineOf(db);
  await withId(engine, db.schema.createTable('test_effects').ifNotExists())
    .addColumn('event_id', 'bigint', (c) => c.notNull())
    .addColumn('consumer', 'text', (c) => c.notNull())
    .addColumn('worker', 'text')
    .execute();
}

/** A consumer of the test event whose work is one effect row, written in the delivery's transaction. */
export function effectConsumer(
  name: string,
  opts: { worker?: string; after?: (eventId: number) => Promise<void> } = {},
): EventConsumer<'platform.test_event'> {
  return {
    name,
    events: ['platform.test_event'],
    async handle(event, trx) {
      await asTestDb(trx)
        .insertInto('testEffects')
        .values({ eventId: event.id, consumer: name, worker: opts.worker ?? null })
        .execute();
      await opts.after?.(event.id);
    },
  };
}

export async function effectsOf(db: Kysely<DB>, consumer: string): Promise<number[]> {
  const rows = await asTestDb(db)
    .selectFrom('testEffects')
    .select('eventId')
    .where('consumer', '=', consumer)
    .orderBy('eventId')
    .execute();
  return rows.map((r) => Number(r.eventId));
}

export function publishTest(
  db: Kysely<DB>,
  events: EventsService,
  payload: { regionCode?: string; message?: string; n?: number } = {},
): Promise<number> {
  return db
    .transaction()
    .execute((trx) =>
      events.publish(
        trx,
        { name: 'platform.test_event', payload: { regionCode: '500235', message: '测试事件', ...payload } },
        SYSTEM_ACTOR,
      ),
    );
}

export async function deliveryOf(db: Kysely<DB>, consumer: string, eventId: number) {
  return db
    .selectFrom('eventDeliveries')
    .selectAll()
    .where('consumer', '=', consumer)
    .where('eventId', '=', eventId)
    .executeTakeFirstOrThrow();
}
