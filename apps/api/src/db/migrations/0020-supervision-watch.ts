import type { Kysely } from 'kysely';
import { columnTypes, engineOf, FALSE, withId } from '../dialect';

/**
 * Supervision (issue 8): tables of modules/supervision/watch — risk warnings and illegal organizations, and
 * special campaigns (专项整治). Each part keeps to its own block below.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await campaignsUp(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await campaignsDown(db);
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
