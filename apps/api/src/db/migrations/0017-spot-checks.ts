import type { Kysely } from 'kysely';
import { columnTypes, engineOf, TRUE, withId } from '../dialect';
import { SPOT_CHECK_NOTICE_TEMPLATE as T } from '../../modules/supervision/spot-checks/notice-template';

/**
 * Random spot checks (双随机一公开, 民发〔2017〕45号) and the yearly audit sampling: the inspector pool, plans with
 * their draw (seed, the compressed population snapshot and its SM3 hash), one check per drawn organization with
 * its inspectors, and the 抽查通知书 template.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);
  const blob = engine === 'postgres' ? 'bytea' : 'blob';

  await withId(engine, db.schema.createTable('spot_check_inspectors'))
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit_name', 'text', (c) => c.notNull())
    /** The register's unit (业务主管单位) the inspector works for: never sent to its organizations. */
    .addColumn('unit_id', t.ref)
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('user_id', t.ref)
    /** Organization ids the inspector declared a conflict of interest with (回避). */
    .addColumn('conflict_org_ids', t.json, (c) => c.notNull())
    .addColumn('active', t.bool, (c) => c.notNull().defaultTo(TRUE))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('spot_check_inspectors_authority_idx')
    .on('spot_check_inspectors')
    .columns(['authority_region_code', 'id'])
    .execute();

  await withId(engine, db.schema.createTable('spot_check_plans'))
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    /** regular (定期) | irregular (不定期) */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** check | audit (yearly audit sampling) */
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('share_bp', 'integer', (c) => c.notNull())
    .addColumn('weighted', t.bool, (c) => c.notNull())
    .addColumn('types', t.json, (c) => c.notNull())
    .addColumn('category_codes', t.json, (c) => c.notNull())
    .addColumn('items', t.json, (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('inspectors_per_check', 'integer', (c) => c.notNull())
    .addColumn('campaign_id', t.ref)
    /** draft | drawn | concluded */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seed', 'text')
    /** SM3 (hex) of the canonical snapshot text; the text itself kept deflated. */
    .addColumn('snapshot_hash', 'text')
    .addColumn('snapshot', blob)
    .addColumn('population', 'integer')
    .addColumn('drawn_count', 'integer')
    .addColumn('drawn_at', t.timestamp)
    .addColumn('drawn_by_name', 'text')
    .addColumn('created_by', t.ref)
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('spot_check_plans_authority_idx')
    .on('spot_check_plans')
    .columns(['authority_region_code', 'id'])
    .execute();
  await db.schema.createIndex('spot_check_plans_campaign_idx').on('spot_check_plans').column('campaign_id').execute();

  await withId(engine, db.schema.createTable('spot_checks'))
    .addColumn('plan_id', t.ref, (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    /** Place in the draw (1 = smallest key). */
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('supervisor_unit_id', t.ref)
    /** assigned | notified | concluded */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('inspector_ids', t.json, (c) => c.notNull())
    .addColumn('notice_document_id', t.ref)
    /** [{ item, passed, finding }] */
    .addColumn('results', t.json, (c) => c.notNull())
    .addColumn('concluded_on', t.date)
    .addColumn('problems_found', t.bool)
    .addColumn('case_id', t.ref)
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('spot_checks_plan_org_key', ['plan_id', 'org_id'])
    .execute();
  await db.schema.createIndex('spot_checks_plan_idx').on('spot_checks').columns(['plan_id', 'rank']).execute();
  await db.schema.createIndex('spot_checks_org_idx').on('spot_checks').columns(['org_id', 'id']).execute();
  // The portal pages concluded checks newest first.
  await db.schema.createIndex('spot_checks_public_idx').on('spot_checks').columns(['status', 'id']).execute();

  // Who checks what: an inspector's own checks (supervision.inspect) are found here.
  await db.schema
    .createTable('spot_check_assignments')
    .addColumn('check_id', t.ref, (c) => c.notNull())
    .addColumn('inspector_id', t.ref, (c) => c.notNull())
    .addPrimaryKeyConstraint('spot_check_assignments_pkey', ['check_id', 'inspector_id'])
    .execute();
  await db.schema
    .createIndex('spot_check_assignments_inspector_idx')
    .on('spot_check_assignments')
    .columns(['inspector_id', 'check_id'])
    .execute();

  await db
    .insertInto('document_templates')
    .values({
      authority_region_code: null,
      kind: T.kind,
      version: 1,
      name: T.name,
      fields: JSON.stringify(T.fields),
      layout: JSON.stringify(T.layout),
      created_by_name: 'system',
      created_at: new Date().toISOString(),
    })
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('document_templates').where('kind', '=', T.kind).execute();
  for (const table of ['spot_check_assignments', 'spot_checks', 'spot_check_plans', 'spot_check_inspectors'])
    await db.schema.dropTable(table).execute();
}
