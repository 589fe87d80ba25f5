import type { Kysely } from 'kysely';
import { columnTypes, engineOf, FALSE, withId, type Engine } from '../dialect';
import { CASE_TEMPLATES } from '../../modules/supervision/cases/case-templates';

/**
 * Supervision (issue 8): tables of modules/supervision/cases — coordinated cases (协同处置) and complaints
 * (投诉举报). Each part keeps to its own block.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  await upComplaints(db, engine);
  await upCases(db, engine);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await downCases(db);
  await downComplaints(db);
}

// ---- coordinated cases (cases part) ----------------------------------------------------------------------

/**
 * A case with the organization's facts copied onto it (lists filter and page on one table), its measures
 * (谈话提醒/约谈, 工作提醒函, 责令改正通知书), the partner departments' tasks, the alarms of 电子监察 and a timeline.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function upCases(db: Kysely<any>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await withId(engine, db.schema.createTable('supervision_cases'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('supervisor_unit_id', t.ref)
    /** complaint | spot_check | annual_inspection | referral | risk_warning | campaign */
    .addColumn('source', 'text', (c) => c.notNull())
    /** The source record (`complaint:7`); one case per source record. Null for cases opened by hand. */
    .addColumn('source_ref', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('handler_id', t.ref)
    .addColumn('handler_name', 'text', (c) => c.notNull())
    /** open | in_progress | feedback_given | verified | closed */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_on', 'text', (c) => c.notNull())
    /** The handler's own feedback for a case without measures or tasks (investigation result). */
    .addColumn('feedback', 'text')
    .addColumn('feedback_on', 'text')
    .addColumn('verified_on', 'text')
    .addColumn('verified_by_name', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('substantiated', t.bool)
    .addColumn('closed_on', 'text')
    .addColumn('closed_by_name', 'text')
    /** Open alarms (电子监察) on the case; the list filters on it. */
    .addColumn('alarmed', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', t.ref)
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_cases_source_ref_key')
    .unique()
    .on('supervision_cases')
    .column('source_ref')
    .execute();
  // Lists page newest first (id) within the read scope (region range) and one filter at a time.
  for (const [name, cols] of [
    ['region', ['region_code', 'id']],
    ['status', ['status', 'region_code', 'id']],
    ['source', ['source', 'region_code', 'id']],
    ['alarmed', ['alarmed', 'region_code', 'id']],
    ['org', ['org_id', 'id']],
    ['unit', ['supervisor_unit_id', 'id']],
  ] as const) {
    await db.schema
      .createIndex(`supervision_cases_${name}_idx`)
      .on('supervision_cases')
      .columns([...cols])
      .execute();
  }

  await withId(engine, db.schema.createTable('supervision_case_measures'))
    .addColumn('case_id', t.ref, (c) => c.notNull().references('supervision_cases.id'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    /** reminder_talk | reminder_letter | rectification_order */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('requirement', 'text', (c) => c.notNull())
    /** A talk's record: date, place, participants, content. */
    .addColumn('talk', t.json)
    .addColumn('document_id', t.ref)
    .addColumn('document_number', 'text')
    /** issued | answered | returned | verified */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_by_name', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answer_files', t.json)
    .addColumn('answered_on', 'text')
    .addColumn('answered_by_name', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('verified_on', 'text')
    .addColumn('verified_by_name', 'text')
    /** The day `rectification_overdue` went out for this measure: once per measure. */
    .addColumn('overdue_published_on', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_case_measures_case_idx')
    .on('supervision_case_measures')
    .columns(['case_id', 'id'])
    .execute();
  // The daily alarm job: measures still waiting, by due day; the organization's own measures.
  await db.schema
    .createIndex('supervision_case_measures_due_idx')
    .on('supervision_case_measures')
    .columns(['status', 'deadline'])
    .execute();
  await db.schema
    .createIndex('supervision_case_measures_org_idx')
    .on('supervision_case_measures')
    .columns(['org_id', 'status', 'id'])
    .execute();

  await withId(engine, db.schema.createTable('supervision_case_tasks'))
    .addColumn('case_id', t.ref, (c) => c.notNull().references('supervision_cases.id'))
    .addColumn('unit_id', t.ref, (c) => c.notNull())
    .addColumn('unit_name', 'text', (c) => c.notNull())
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    /** assigned | done */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('feedback', 'text')
    .addColumn('feedback_files', t.json)
    .addColumn('done_on', 'text')
    .addColumn('done_by_name', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('supervision_case_tasks_case_unit_key', ['case_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('supervision_case_tasks_unit_idx')
    .on('supervision_case_tasks')
    .columns(['unit_id', 'id'])
    .execute();
  await db.schema
    .createIndex('supervision_case_tasks_due_idx')
    .on('supervision_case_tasks')
    .columns(['status', 'deadline'])
    .execute();

  // 电子监察: one alarm per overdue step (kind, target); resolved when the step moves on, reopened if late again.
  await withId(engine, db.schema.createTable('supervision_case_alarms'))
    .addColumn('case_id', t.ref, (c) => c.notNull().references('supervision_cases.id'))
    /** measure_overdue | task_overdue | verification_overdue */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** measure | task | case */
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', t.ref, (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('raised_on', 'text', (c) => c.notNull())
    .addColumn('resolved_on', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addUniqueConstraint('supervision_case_alarms_target_key', ['kind', 'target_type', 'target_id'])
    .execute();
  await db.schema
    .createIndex('supervision_case_alarms_case_idx')
    .on('supervision_case_alarms')
    .columns(['case_id', 'id'])
    .execute();
  await db.schema
    .createIndex('supervision_case_alarms_open_idx')
    .on('supervision_case_alarms')
    .columns(['resolved_on', 'case_id'])
    .execute();

  await withId(engine, db.schema.createTable('supervision_case_events'))
    .addColumn('case_id', t.ref, (c) => c.notNull().references('supervision_cases.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_case_events_case_idx')
    .on('supervision_case_events')
    .columns(['case_id', 'id'])
    .execute();

  for (const tpl of CASE_TEMPLATES) {
    await db
      .insertInto('document_templates')
      .values({
        authority_region_code: null,
        kind: tpl.kind,
        version: 1,
        name: tpl.name,
        fields: JSON.stringify(tpl.fields),
        layout: JSON.stringify(tpl.layout),
        created_by_name: 'system',
        created_at: new Date().toISOString(),
      })
      .execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function downCases(db: Kysely<any>): Promise<void> {
  for (const tpl of CASE_TEMPLATES) await db.deleteFrom('document_templates').where('kind', '=', tpl.kind).execute();
  for (const table of [
    'supervision_case_events',
    'supervision_case_alarms',
    'supervision_case_tasks',
    'supervision_case_measures',
    'supervision_cases',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}

// ---- complaints (complaints part) ------------------------------------------------------------------------

/**
 * One row per complaint. Organization facts are copied at filing (an unregistered organization has only the
 * name the complainant gave); the contact is personal data, encrypted like the register's personal fields.
 * Scope is the bureau that decides on the organization, or the bureau of the region the complainant chose.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function upComplaints(db: Kysely<any>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await withId(engine, db.schema.createTable('complaints'))
    .addColumn('tracking_no', 'text', (c) => c.notNull().unique())
    /** HMAC of the lookup code: the code itself is shown once to the complainant and never stored. */
    .addColumn('lookup_hash', 'text', (c) => c.notNull())
    /** received | replied | case_opened */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('org_id', t.ref)
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('supervisor_unit_id', t.ref)
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('contact_name_enc', 'text')
    .addColumn('contact_phone_enc', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .addColumn('reply', 'text')
    .addColumn('replied_on', 'text')
    .addColumn('handled_by', t.ref)
    .addColumn('handled_by_name', 'text')
    .addColumn('case_id', t.ref)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('complaints_authority_idx')
    .on('complaints')
    .columns(['authority_region_code', 'id'])
    .execute();
  await db.schema.createIndex('complaints_org_idx').on('complaints').columns(['org_id', 'received_on']).execute();
  await withId(engine, db.schema.createTable('complaint_attachments'))
    .addColumn('complaint_id', t.ref, (c) => c.notNull())
    .addColumn('file_id', t.ref, (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createIndex('complaint_attachments_complaint_idx')
    .on('complaint_attachments')
    .column('complaint_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function downComplaints(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('complaint_attachments').ifExists().execute();
  await db.schema.dropTable('complaints').ifExists().execute();
}
