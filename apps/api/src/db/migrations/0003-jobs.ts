import { sql, type Kysely } from 'kysely';
import { columnTypes, engineOf, FALSE, TRUE, withId } from '../dialect';

/** Background jobs: one schedule row per recurring job, one row per run (scheduled or one-off). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);

  await db.schema
    .createTable('job_schedules')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('schedule', t.json, (c) => c.notNull())
    .addColumn('enabled', t.bool, (c) => c.notNull().defaultTo(TRUE))
    .addColumn('next_run_at', t.timestamp)
    // The newest slot a run was created for; catch-up starts after it.
    .addColumn('last_slot', t.timestamp)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await withId(engine, db.schema.createTable('job_runs'))
    .addColumn('job_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('slot', t.timestamp, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('payload', t.json)
    .addColumn('progress_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('progress_total', 'integer')
    .addColumn('result', t.json)
    .addColumn('error', 'text')
    .addColumn('requested_by', t.ref, (c) => c.references('users.id'))
    .addColumn('requested_by_name', 'text')
    // The requester's region: decides which administrators see the run (null: the platform's own runs).
    .addColumn('region_code', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', t.timestamp)
    .addColumn('heartbeat_at', t.timestamp)
    .addColumn('cancel_requested', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('started_at', t.timestamp)
    .addColumn('finished_at', t.timestamp)
    .execute();
  // Exactly once per slot: whichever instance inserts the row first owns the slot; the others conflict.
  await db.schema
    .createIndex('job_runs_slot_uq')
    .on('job_runs')
    .columns(['job_name', 'slot'])
    .unique()
    .where(sql.ref('kind'), '=', sql.lit('scheduled'))
    .execute();
  await db.schema.createIndex('job_runs_status_idx').on('job_runs').columns(['status', 'id']).execute();
  await db.schema.createIndex('job_runs_job_idx').on('job_runs').columns(['job_name', 'id']).execute();
  await db.schema.createIndex('job_runs_requested_by_idx').on('job_runs').columns(['requested_by', 'id']).execute();
  await db.schema.createIndex('job_runs_region_idx').on('job_runs').columns(['region_code', 'id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_runs').execute();
  await db.schema.dropTable('job_schedules').execute();
}
