import { sql, type Kysely } from 'kysely';
import { columnTypes, engineOf, withId } from '../dialect';
import { DEFAULT_TEMPLATES } from '../../platform/documents/default-templates';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);

  // Rows are never changed: an edit inserts the next version, so issued documents keep theirs.
  await withId(engine, db.schema.createTable('document_templates'))
    .addColumn('authority_region_code', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('fields', t.json, (c) => c.notNull())
    .addColumn('layout', t.json, (c) => c.notNull())
    .addColumn('based_on_id', t.ref, (c) => c.references('document_templates.id'))
    .addColumn('created_by', t.ref, (c) => c.references('users.id'))
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  // NULL is the national default; both engines index the expression, so one version per line is enforced.
  await sql`create unique index document_templates_line_idx
    on document_templates (coalesce(authority_region_code, ''), kind, version)`.execute(db);

  await db.schema
    .createTable('document_counters')
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_counters_pk', ['authority_region_code', 'kind', 'year'])
    .execute();

  await withId(engine, db.schema.createTable('documents'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('template_id', t.ref, (c) => c.notNull().references('document_templates.id'))
    .addColumn('template_version', 'integer', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('fields', t.json, (c) => c.notNull())
    .addColumn('linked_type', 'text')
    .addColumn('linked_id', 'text')
    .addColumn('org_id', t.ref)
    .addColumn('pdf_ref', 'text')
    .addColumn('docx_ref', 'text')
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('verify_code', 'text', (c) => c.notNull())
    // What the QR code encodes, as printed: a later PUBLIC_BASE_URL does not change issued documents.
    .addColumn('verify_url', 'text', (c) => c.notNull())
    .addColumn('issued_by', t.ref, (c) => c.references('users.id'))
    .addColumn('issued_by_name', 'text', (c) => c.notNull())
    .addColumn('issued_at', t.timestamp, (c) => c.notNull())
    .addColumn('issue_date', t.date, (c) => c.notNull())
    .addColumn('revoked_at', t.timestamp)
    .addColumn('revoked_by', t.ref, (c) => c.references('users.id'))
    .addColumn('revoke_reason', 'text')
    .execute();
  // The last guard against a duplicate number, whatever the counter says.
  await db.schema
    .createIndex('documents_number_idx')
    .on('documents')
    .columns(['authority_region_code', 'kind', 'year', 'seq'])
    .unique()
    .execute();
  await db.schema.createIndex('documents_verify_code_idx').on('documents').column('verify_code').unique().execute();
  await db.schema.createIndex('documents_linked_idx').on('documents').columns(['linked_type', 'linked_id']).execute();
  await db.schema
    .createIndex('documents_authority_idx')
    .on('documents')
    .columns(['authority_region_code', 'id'])
    .execute();
  await db.schema.createIndex('documents_org_idx').on('documents').column('org_id').execute();

  const at = new Date().toISOString();
  await db
    .insertInto('document_templates')
    .values(
      DEFAULT_TEMPLATES.map((d) => ({
        authority_region_code: null,
        kind: d.kind,
        version: 1,
        name: d.name,
        fields: JSON.stringify(d.fields),
        layout: JSON.stringify(d.layout),
        created_by_name: 'system',
        created_at: at,
      })),
    )
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['documents', 'document_counters', 'document_templates']) {
    await db.schema.dropTable(table).execute();
  }
}
