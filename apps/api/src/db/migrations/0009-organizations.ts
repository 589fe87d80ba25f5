import { sql, type Kysely } from 'kysely';
import { DEFAULT_CATEGORIES } from '@shezu/contracts';
import { columnTypes, engineOf, FALSE, withId } from '../dialect';

/** The register: categories, organizations, their event timeline, the name-search index, announcements. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);

  // Region '100000' holds the national defaults; a region's own rows add or override (nearest wins).
  await db.schema
    .createTable('org_categories')
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('direct_registration', t.bool, (c) => c.notNull())
    .addColumn('active', t.bool, (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('org_categories_pk', ['region_code', 'code'])
    .execute();
  await db
    .insertInto('org_categories')
    .values(
      DEFAULT_CATEGORIES.map((c, i) => ({
        region_code: '100000',
        code: c.code,
        name: c.name,
        direct_registration: c.directRegistration,
        active: true,
        sort: (i + 1) * 10,
        version: 1,
        updated_at: '2026-11-21T00:00:00.000Z',
      })),
    )
    .execute();

  await withId(engine, db.schema.createTable('organizations'))
    .addColumn('uscc', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('category_code', 'text', (c) => c.notNull())
    .addColumn('supervisor_unit_id', t.ref, (c) => c.references('units.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_date', t.date)
    .addColumn('status_reason', 'text')
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('legal_rep_name', 'text', (c) => c.notNull())
    .addColumn('legal_rep_id_enc', 'text')
    .addColumn('legal_rep_id_hash', 'text')
    .addColumn('legal_rep_phone', 'text')
    .addColumn('business_scope', 'text', (c) => c.notNull())
    .addColumn('registered_funds_fen', t.money, (c) => c.notNull())
    .addColumn('founded_on', t.date, (c) => c.notNull())
    .addColumn('certificate_valid_until', t.date)
    .addColumn('charity_recognized', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('charity_recognized_on', t.date)
    .addColumn('public_fundraising', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('tax_deduction_until', t.date)
    .addColumn('tax_exempt_until', t.date)
    .addColumn('evaluation_grade', 'text')
    .addColumn('grade_valid_until', t.date)
    .addColumn('has_party_org', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('incubator', 'text')
    .addColumn('brand', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('staff_count', 'integer')
    .addColumn('member_count', 'integer')
    .addColumn('unit_member_count', 'integer')
    .addColumn('contact_phone', 'text')
    .addColumn('website', 'text')
    .addColumn('dormant_candidate', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('uscc_warning', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // Scope is the domicile's region subtree: (region_code, id) serves county lists and keyset paging.
  await db.schema.createIndex('organizations_region_idx').on('organizations').columns(['region_code', 'id']).execute();
  await db.schema
    .createIndex('organizations_authority_idx')
    .on('organizations')
    .columns(['authority_region_code', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('organizations_supervisor_idx')
    .on('organizations')
    .columns(['supervisor_unit_id', 'id'])
    .execute();
  await db.schema.createIndex('organizations_legal_rep_idx').on('organizations').column('legal_rep_id_hash').execute();
  // A name is unique among the active organizations of one authority (registered ones keep theirs when removed).
  await sql`create unique index organizations_active_name_idx on organizations (authority_region_code, name) where status = 'registered'`.execute(
    db,
  );

  await withId(engine, db.schema.createTable('org_events'))
    .addColumn('org_id', t.ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_on', t.date, (c) => c.notNull())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('actor_id', t.ref)
    .addColumn('actor_name', 'text')
    .addColumn('basis', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('changes', t.json, (c) => c.notNull())
    .addColumn('public', t.bool, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('org_events_org_idx').on('org_events').columns(['org_id', 'id']).execute();

  const grams = db.schema
    .createTable('org_name_grams')
    .addColumn('gram', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addPrimaryKeyConstraint('org_name_grams_pk', ['gram', 'region_code', 'org_id']);
  // Clustered on the key in SQLite: a posting list is one contiguous range of the table itself.
  await (engine === 'sqlite' ? grams.modifyEnd(sql`without rowid`) : grams).execute();
  await db.schema.createIndex('org_name_grams_org_idx').on('org_name_grams').column('org_id').execute();
  await db.schema
    .createTable('org_name_gram_stats')
    .addColumn('gram', 'text', (c) => c.primaryKey())
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();

  await withId(engine, db.schema.createTable('announcements'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('org_id', t.ref, (c) => c.references('organizations.id'))
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_on', t.date, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('announcements_region_idx').on('announcements').columns(['region_code', 'id']).execute();
  await db.schema
    .createIndex('announcements_published_idx')
    .on('announcements')
    .columns(['published_on', 'id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'announcements',
    'org_name_gram_stats',
    'org_name_grams',
    'org_events',
    'organizations',
    'org_categories',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
