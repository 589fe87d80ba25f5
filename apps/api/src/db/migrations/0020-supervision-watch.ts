import type { Kysely } from 'kysely';
import { columnTypes, engineOf, FALSE, withId } from '../dialect';
import { BAN_DECISION_TEMPLATE as BAN } from '../../modules/supervision/watch/illegal/ban-template';

/**
 * Supervision (issue 8): tables of modules/supervision/watch — risk warnings and illegal organizations, and
 * special campaigns (专项整治). Each part keeps to its own block below.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await campaignsUp(db);
  await warningsUp(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await campaignsDown(db);
  await warningsDown(db);
}

// ---- special campaigns (专项整治): the campaign, its in-scope organizations and their self-inspections ----

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function campaignsUp(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);
  await withId(engine, db.schema.createTable('special_campaigns'))
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    /** The document or instruction the campaign carries out (依据). */
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    /** { regionCode, regionName, types, categoryCodes } — within the bureau's own registrations. */
    .addColumn('scope', t.json, (c) => c.notNull())
    /** The self-inspection form as data: { questions: [{ key, text, kind, required }] }. */
    .addColumn('form', t.json, (c) => c.notNull())
    /** open | closed */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('in_scope_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', t.ref)
    .addColumn('created_by_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('special_campaigns_authority_idx')
    .on('special_campaigns')
    .columns(['authority_region_code', 'id'])
    .execute();

  // The organizations in scope when the campaign started (snapshot), each with its self-inspection.
  await withId(engine, db.schema.createTable('campaign_orgs'))
    .addColumn('campaign_id', t.ref, (c) => c.notNull().references('special_campaigns.id'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text')
    .addColumn('org_type', 'text', (c) => c.notNull())
    .addColumn('category_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('supervisor_unit_id', t.ref)
    /** pending | submitted */
    .addColumn('status', 'text', (c) => c.notNull())
    /** [{ key, value, problem, note }] as submitted. */
    .addColumn('answers', t.json)
    .addColumn('problem_found', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('submitted_at', t.timestamp)
    .addColumn('submitted_by_name', 'text')
    /** none | pending (problem found) | claimed (org says rectified) | confirmed (staff confirmed) */
    .addColumn('rectification', 'text', (c) => c.notNull())
    .addColumn('rectification_evidence', 'text')
    .addColumn('rectified_at', t.timestamp)
    .addColumn('confirmed_at', t.timestamp)
    .addColumn('confirmed_by_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('campaign_orgs_campaign_org_key', ['campaign_id', 'org_id'])
    .execute();
  await db.schema
    .createIndex('campaign_orgs_campaign_idx')
    .on('campaign_orgs')
    .columns(['campaign_id', 'id'])
    .execute();
  await db.schema.createIndex('campaign_orgs_org_idx').on('campaign_orgs').columns(['org_id', 'id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function campaignsDown(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('campaign_orgs').ifExists().execute();
  await db.schema.dropTable('special_campaigns').ifExists().execute();
}

// ---- risk warnings (风险预警) and illegal organizations (非法社会组织) ----

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function warningsUp(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);
  // Organization facts are copied so that lists filter and page on one table.
  await withId(engine, db.schema.createTable('risk_warnings'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('supervisor_unit_id', t.ref)
    /** hint (提示) | warning (预警) | serious (严重) */
    .addColumn('level', 'text', (c) => c.notNull())
    /** complaint_jump | rectification_overdue | annual_flagged | manual */
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    /** org | supervisor | both: whose to-do list it is on */
    .addColumn('target', 'text', (c) => c.notNull())
    /** open | answered | closed | escalated */
    .addColumn('status', 'text', (c) => c.notNull())
    /** What raised it (`rectification_overdue:12`, `manual:<uuid>`): a redelivered event adds nothing. */
    .addColumn('source_ref', 'text', (c) => c.notNull().unique())
    .addColumn('raised_on', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('answer_text', 'text')
    .addColumn('answer_files', t.json)
    .addColumn('answered_by', t.ref)
    .addColumn('answered_by_name', 'text')
    .addColumn('answered_at', t.timestamp)
    .addColumn('close_note', 'text')
    .addColumn('closed_by', t.ref)
    .addColumn('closed_by_name', 'text')
    .addColumn('closed_at', t.timestamp)
    .addColumn('case_id', t.ref)
    .addColumn('created_by', t.ref)
    .addColumn('created_by_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risk_warnings_region_idx').on('risk_warnings').columns(['region_code', 'id']).execute();
  await db.schema.createIndex('risk_warnings_org_idx').on('risk_warnings').columns(['org_id', 'id']).execute();
  await db.schema
    .createIndex('risk_warnings_unit_idx')
    .on('risk_warnings')
    .columns(['supervisor_unit_id', 'id'])
    .execute();

  // The complaints the jump rule counts (its own copy from complaint_received events).
  await withId(engine, db.schema.createTable('risk_warning_complaints'))
    .addColumn('complaint_id', t.ref, (c) => c.notNull().unique())
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('risk_warning_complaints_org_idx')
    .on('risk_warning_complaints')
    .columns(['org_id', 'received_on'])
    .execute();

  await withId(engine, db.schema.createTable('illegal_orgs'))
    /** The name the group uses (it is not registered: no credit code). */
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    /** reported | investigating | confirmed | dismissed | banned */
    .addColumn('status', 'text', (c) => c.notNull())
    /** public | department | inspection */
    .addColumn('source', 'text', (c) => c.notNull())
    /** Personal data of the reporter: staff only, never public. */
    .addColumn('reporter_name', 'text')
    .addColumn('reporter_phone', 'text')
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('activities', 'text', (c) => c.notNull())
    .addColumn('places', 'text', (c) => c.notNull())
    .addColumn('evidence', t.json, (c) => c.notNull())
    .addColumn('finding', 'text')
    .addColumn('found_on', 'text')
    .addColumn('banned_on', 'text')
    .addColumn('ban_document_id', t.ref)
    .addColumn('ban_document_number', 'text')
    .addColumn('public_summary', 'text')
    .addColumn('published', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('created_by', t.ref)
    .addColumn('created_by_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('illegal_orgs_region_idx').on('illegal_orgs').columns(['region_code', 'id']).execute();
  // The public warning list: published bans, newest first.
  await db.schema.createIndex('illegal_orgs_public_idx').on('illegal_orgs').columns(['published', 'id']).execute();

  await withId(engine, db.schema.createTable('illegal_org_notes'))
    .addColumn('illegal_org_id', t.ref, (c) => c.notNull().references('illegal_orgs.id'))
    .addColumn('noted_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('files', t.json, (c) => c.notNull())
    .addColumn('by', t.ref)
    .addColumn('by_name', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('illegal_org_notes_org_idx')
    .on('illegal_org_notes')
    .columns(['illegal_org_id', 'id'])
    .execute();

  await db
    .insertInto('document_templates')
    .values({
      authority_region_code: null,
      kind: BAN.kind,
      version: 1,
      name: BAN.name,
      fields: JSON.stringify(BAN.fields),
      layout: JSON.stringify(BAN.layout),
      created_by_name: 'system',
      created_at: new Date().toISOString(),
    })
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function warningsDown(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('document_templates').where('kind', '=', BAN.kind).execute();
  for (const table of ['illegal_org_notes', 'illegal_orgs', 'risk_warning_complaints', 'risk_warnings'])
    await db.schema.dropTable(table).ifExists().execute();
}
