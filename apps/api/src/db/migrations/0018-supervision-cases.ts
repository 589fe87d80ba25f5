import type { Kysely } from 'kysely';
import { columnTypes, engineOf, withId } from '../dialect';

/** Supervision (issue 8): tables of modules/supervision/cases — complaints (投诉举报) and coordinated cases. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await complaintsUp(db);
  // ── cases: below this line (the cases part) ──
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  // ── cases: above this line (the cases part) ──
  await db.schema.dropTable('complaint_attachments').ifExists().execute();
  await db.schema.dropTable('complaints').ifExists().execute();
}

// ── complaints (投诉举报): the complaints helper's block ──
/**
 * One row per complaint. Organization facts are copied at filing (an unregistered organization has only the
 * name the complainant gave); the contact is personal data, encrypted like the register's personal fields.
 * Scope is the bureau that decides on the organization, or the bureau of the region the complainant chose.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function complaintsUp(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
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
// ── end of complaints block ──
