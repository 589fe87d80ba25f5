import type { Kysely } from 'kysely';
import { columnTypes, engineOf, FALSE, withId } from '../dialect';

/**
 * Registration and filing applications with their submitted versions and step history; registration
 * settings per region; portal sign-ups and the SMS codes that verify them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);

  await withId(engine, db.schema.createTable('applications'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('step', 'text')
    .addColumn('applicant_id', t.ref, (c) => c.notNull().references('users.id'))
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('org_id', t.ref, (c) => c.references('organizations.id'))
    .addColumn('org_name', 'text')
    .addColumn('org_type', 'text')
    // Known once the founder has said where (drafts may not yet); organization kinds copy the org's.
    .addColumn('authority_region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('supervisor_unit_id', t.ref, (c) => c.references('units.id'))
    .addColumn('direct_registration', t.bool)
    .addColumn('preparation_id', t.ref, (c) => c.references('applications.id'))
    .addColumn('data', t.json, (c) => c.notNull())
    .addColumn('attachments', t.json, (c) => c.notNull())
    .addColumn('submission_no', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('due_date', t.date)
    .addColumn('due_estimated', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('submitted_at', t.timestamp)
    .addColumn('decided_at', t.timestamp)
    .addColumn('decided_on', t.date)
    .addColumn('decision_reason', 'text')
    .addColumn('certificate_document_id', t.ref, (c) => c.references('documents.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // The queues: own applications, the unit's, the region subtree's, the bureau's pending step, overdue ones.
  await db.schema
    .createIndex('applications_applicant_idx')
    .on('applications')
    .columns(['applicant_id', 'id'])
    .execute();
  await db.schema.createIndex('applications_org_idx').on('applications').columns(['org_id', 'id']).execute();
  await db.schema
    .createIndex('applications_unit_idx')
    .on('applications')
    .columns(['supervisor_unit_id', 'id'])
    .execute();
  await db.schema.createIndex('applications_region_idx').on('applications').columns(['region_code', 'id']).execute();
  await db.schema
    .createIndex('applications_authority_idx')
    .on('applications')
    .columns(['authority_region_code', 'status', 'step', 'id'])
    .execute();
  await db.schema.createIndex('applications_due_idx').on('applications').columns(['status', 'due_date']).execute();

  await db.schema
    .createTable('application_versions')
    .addColumn('application_id', t.ref, (c) => c.notNull().references('applications.id'))
    .addColumn('no', 'integer', (c) => c.notNull())
    .addColumn('data', t.json, (c) => c.notNull())
    .addColumn('attachments', t.json, (c) => c.notNull())
    .addColumn('submitted_at', t.timestamp, (c) => c.notNull())
    .addColumn('submitted_by', t.ref)
    .addColumn('submitted_by_name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('application_versions_pk', ['application_id', 'no'])
    .execute();

  await withId(engine, db.schema.createTable('application_history'))
    .addColumn('application_id', t.ref, (c) => c.notNull().references('applications.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('step', 'text')
    .addColumn('comment', 'text')
    .addColumn('actor_id', t.ref)
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('submission_no', 'integer', (c) => c.notNull())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('application_history_app_idx')
    .on('application_history')
    .columns(['application_id', 'id'])
    .execute();

  // One row per region that set its own rules; the nearest row up the tree applies ('100000': everywhere).
  await db.schema
    .createTable('registration_settings')
    .addColumn('region_code', 'text', (c) => c.primaryKey().references('regions.code'))
    .addColumn('preparation_required', t.bool, (c) => c.notNull())
    .addColumn('supervisor_days', 'integer', (c) => c.notNull())
    .addColumn('authority_days', 'integer', (c) => c.notNull())
    .addColumn('sign_up_approval', t.bool, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  // Phones appear only as keyed hashes: the rate limits count by them, nothing reads them back.
  await withId(engine, db.schema.createTable('sms_codes'))
    .addColumn('phone_hash', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('consumed_at', t.timestamp)
    .execute();
  await db.schema.createIndex('sms_codes_phone_idx').on('sms_codes').columns(['phone_hash', 'created_at']).execute();
  await db.schema.createIndex('sms_codes_ip_idx').on('sms_codes').columns(['ip', 'created_at']).execute();

  await withId(engine, db.schema.createTable('sign_ups'))
    .addColumn('user_id', t.ref, (c) => c.notNull().unique().references('users.id'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('decided_by', t.ref)
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_at', t.timestamp)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_ups_region_idx').on('sign_ups').columns(['region_code', 'status', 'id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'sign_ups',
    'sms_codes',
    'registration_settings',
    'application_history',
    'application_versions',
    'applications',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
