import type { Kysely } from 'kysely';
import { columnTypes, engineOf, FALSE, withId } from '../dialect';

/**
 * Excel ledger imports (台账导入): one row per uploaded sheet, from the check to the commit. Rows
 * themselves are never staged: the commit reads the stored file again (its checksum is verified on
 * every read), so no personal data sits in a side table.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);
  await withId(engine, db.schema.createTable('ledger_imports'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // The bureau (orgs) or township (community orgs) the rows are for: scope and decision come from it.
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('file_id', t.ref, (c) => c.notNull().references('files.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_checksum', 'text', (c) => c.notNull())
    .addColumn('sheet_name', 'text', (c) => c.notNull())
    .addColumn('sheet_file_no', 'integer', (c) => c.notNull())
    .addColumn('estimated_rows', 'integer', (c) => c.notNull())
    .addColumn('total_rows', 'integer')
    .addColumn('valid_rows', 'integer')
    .addColumn('error_rows', 'integer')
    .addColumn('error_count', 'integer')
    .addColumn('pilot_rows', 'integer')
    .addColumn('warning_rows', 'integer')
    .addColumn('errors', t.json)
    .addColumn('warnings', t.json)
    .addColumn('override_pilot_codes', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('report_file_id', t.ref, (c) => c.references('files.id'))
    .addColumn('job_run_id', t.ref)
    .addColumn('failure', 'text')
    .addColumn('committed_count', 'integer')
    .addColumn('created_by', t.ref, (c) => c.references('users.id'))
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('validated_at', t.timestamp)
    .addColumn('committed_at', t.timestamp)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ledger_imports_region_idx')
    .on('ledger_imports')
    .columns(['region_code', 'id'])
    .execute();
  await db.schema
    .createIndex('ledger_imports_creator_idx')
    .on('ledger_imports')
    .columns(['created_by', 'id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ledger_imports').execute();
}
