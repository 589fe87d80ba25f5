import type { Kysely } from 'kysely';
import { columnTypes, engineOf, FALSE, withId } from '../dialect';
import { ANNUAL_CONCLUSION_TEMPLATE as T } from '../../platform/documents/annual-template';

/**
 * Annual inspection (年检): the report form as versioned data per year, each authority's yearly cycle,
 * one report per organization and year with its submitted versions and its review history. The report
 * copies the register facts it is filed under (name, type, units, regions) so that queues filter and sort
 * on one table.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);
  await withId(engine, db.schema.createTable('annual_indicator_sets'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', t.json, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', t.ref, (c) => c.references('users.id'))
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('annual_indicator_sets_year_version_key', ['year', 'version'])
    .execute();

  await withId(engine, db.schema.createTable('annual_inspection_cycles'))
    .addColumn('authority_region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('indicator_set_id', t.ref, (c) => c.notNull().references('annual_indicator_sets.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('supervisor_due', 'text', (c) => c.notNull())
    .addColumn('authority_due', 'text', (c) => c.notNull())
    .addColumn('foundation_due', 'text', (c) => c.notNull())
    .addColumn('report_count', 'integer', (c) => c.notNull())
    .addColumn('skipped_count', 'integer', (c) => c.notNull())
    .addColumn('opened_by', t.ref, (c) => c.references('users.id'))
    .addColumn('opened_by_name', 'text')
    .addColumn('opened_at', t.timestamp, (c) => c.notNull())
    /** The last China date the deadline sweep handled. */
    .addColumn('swept_on', 'text')
    .addUniqueConstraint('annual_inspection_cycles_authority_year_key', ['authority_region_code', 'year'])
    .execute();

  await withId(engine, db.schema.createTable('annual_reports'))
    .addColumn('cycle_id', t.ref, (c) => c.notNull().references('annual_inspection_cycles.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('indicator_set_id', t.ref, (c) => c.notNull().references('annual_indicator_sets.id'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text', (c) => c.notNull())
    .addColumn('org_type', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('supervisor_unit_id', t.ref)
    .addColumn('party_unit_id', t.ref)
    .addColumn('form', 'text', (c) => c.notNull())
    /** The register facts formulas read as org.* (type, charity, funds, grade…), fixed when the cycle opened. */
    .addColumn('context', t.json, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('step', 'text')
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('report_values', t.json)
    .addColumn('saved_sections', t.json)
    .addColumn('submission_no', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', t.timestamp)
    .addColumn('late', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('overdue', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('risk_score', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('risk_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('check_result', t.json)
    .addColumn('conclusion', 'text')
    .addColumn('conclusion_reasons', 'text')
    .addColumn('rectifications', t.json)
    .addColumn('concluded_on', 'text')
    .addColumn('concluded_at', t.timestamp)
    .addColumn('conclusion_document_id', t.ref)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('annual_reports_org_year_key', ['org_id', 'year'])
    .execute();
  // Queues: what waits at a bureau, a supervising unit or a party body, riskiest first.
  for (const [name, col] of [
    ['authority', 'authority_region_code'],
    ['supervisor', 'supervisor_unit_id'],
    ['party', 'party_unit_id'],
  ] as const) {
    await db.schema
      .createIndex(`annual_reports_${name}_queue_idx`)
      .on('annual_reports')
      .columns([col, 'step', 'risk_score', 'id'])
      .execute();
  }
  // Dashboard counts per cycle, read from the index alone.
  await db.schema
    .createIndex('annual_reports_cycle_idx')
    .on('annual_reports')
    .columns(['cycle_id', 'status', 'step', 'conclusion', 'overdue', 'late', 'supervisor_unit_id'])
    .execute();
  // Region-scoped lists and the yearly public list.
  await db.schema
    .createIndex('annual_reports_region_idx')
    .on('annual_reports')
    .columns(['year', 'region_code', 'id'])
    .execute();
  // A region's list of one status riskiest first (a province's in-review queue: tens of thousands), page
  // keys from the index alone: risk_score sits after the large report_values in the row.
  await db.schema
    .createIndex('annual_reports_region_status_idx')
    .on('annual_reports')
    .columns(['year', 'status', 'region_code', 'risk_score', 'id'])
    .execute();
  await db.schema
    .createIndex('annual_reports_public_idx')
    .on('annual_reports')
    .columns(['year', 'status', 'authority_region_code', 'id'])
    .execute();

  await withId(engine, db.schema.createTable('annual_report_versions'))
    .addColumn('report_id', t.ref, (c) => c.notNull().references('annual_reports.id'))
    .addColumn('no', 'integer', (c) => c.notNull())
    .addColumn('report_values', t.json, (c) => c.notNull())
    .addColumn('submitted_at', t.timestamp, (c) => c.notNull())
    .addColumn('submitted_by', t.ref)
    .addColumn('submitted_by_name', 'text')
    .addUniqueConstraint('annual_report_versions_report_no_key', ['report_id', 'no'])
    .execute();

  await withId(engine, db.schema.createTable('annual_report_history'))
    .addColumn('report_id', t.ref, (c) => c.notNull().references('annual_reports.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('step', 'text')
    .addColumn('comment', 'text')
    .addColumn('indicator_comments', t.json)
    .addColumn('actor_id', t.ref)
    .addColumn('actor_name', 'text')
    .addColumn('submission_no', 'integer', (c) => c.notNull())
    .addColumn('at', t.timestamp, (c) => c.notNull())
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
  await db.schema
    .createIndex('annual_report_history_report_idx')
    .on('annual_report_history')
    .columns(['report_id', 'id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('document_templates').where('kind', '=', T.kind).execute();
  for (const table of [
    'annual_report_history',
    'annual_report_versions',
    'annual_reports',
    'annual_inspection_cycles',
    'annual_indicator_sets',
  ])
    await db.schema.dropTable(table).execute();
}
