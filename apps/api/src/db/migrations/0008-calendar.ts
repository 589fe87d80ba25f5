import type { Kysely } from 'kysely';
import { columnTypes, engineOf } from '../dialect';
import { SHIPPED_YEARS } from '../../platform/calendar/holidays-2025-2026';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(engineOf(db));
  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', t.date, (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().references('calendar_years.year').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('calendar_days_year_idx').on('calendar_days').column('year').execute();

  const at = '2026-11-21T00:00:00.000Z';
  for (const y of SHIPPED_YEARS) {
    await db
      .insertInto('calendar_years')
      .values({ year: y.year, source: y.source, version: 1, updated_at: at, updated_by: 'shipped' })
      .execute();
    const days = [
      ...y.holidays.map((d) => ({ ...d, kind: 'holiday' })),
      ...y.workdays.map((d) => ({ ...d, kind: 'workday' })),
    ];
    await db
      .insertInto('calendar_days')
      .values(days.map((d) => ({ date: d.date, year: y.year, kind: d.kind, name: d.name })))
      .execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_days').execute();
  await db.schema.dropTable('calendar_years').execute();
}
