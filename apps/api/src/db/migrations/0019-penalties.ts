import type { Kysely } from 'kysely';
import { PENALTY_TEMPLATES } from '../../modules/supervision/penalties/penalty-templates';
import { columnTypes, engineOf, FALSE, withId } from '../dialect';

/**
 * Supervision (issue 8): the administrative penalty procedure (行政处罚法 2021). One row per penalty with the
 * facts of every step it has passed (the organization's name and codes copied on, so lists filter and page on
 * one table), one row per step taken (who, when, files, the document issued), and the three document
 * templates of the procedure (prior notice, hearing notice, decision), national version 1.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);

  await withId(engine, db.schema.createTable('penalties'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('supervisor_unit_id', t.ref)
    /** The coordinated case it came from (supervision cases), if any. */
    .addColumn('case_id', t.ref)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('basis', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    /** PENALTY_KINDS proposed in the prior notice and decided. */
    .addColumn('kinds', t.json, (c) => c.notNull())
    .addColumn('fine_fen', t.money)
    .addColumn('confiscated_fen', t.money)
    .addColumn('suspension_months', 'integer')
    .addColumn('hearing_due', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('handler_id', t.ref, (c) => c.notNull())
    .addColumn('handler_name', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('notice_on', 'text')
    .addColumn('statement_deadline', 'text')
    .addColumn('statement_on', 'text')
    .addColumn('statement', 'text')
    .addColumn('hearing_requested', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('hearing_on', 'text')
    .addColumn('heard_on', 'text')
    .addColumn('reviewed_on', 'text')
    .addColumn('reviewer_id', t.ref)
    .addColumn('reviewer_name', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('decision_number', 'text')
    /** 双公示 deadline: 7 working days after the decision. */
    .addColumn('publish_by', 'text')
    .addColumn('published_on', 'text')
    .addColumn('served_on', 'text')
    .addColumn('executed_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('penalties_region_idx').on('penalties').columns(['region_code', 'id']).execute();
  await db.schema.createIndex('penalties_org_idx').on('penalties').columns(['org_id', 'id']).execute();
  await db.schema.createIndex('penalties_case_idx').on('penalties').columns(['case_id']).execute();
  // The public 双公示 list pages decided penalties newest first.
  await db.schema.createIndex('penalties_decided_idx').on('penalties').columns(['decided_on', 'id']).execute();

  await withId(engine, db.schema.createTable('penalty_steps'))
    .addColumn('penalty_id', t.ref, (c) => c.notNull().references('penalties.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('actor_id', t.ref, (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    /** File ids: evidence, hearing record, service receipt, execution proof. */
    .addColumn('files', t.json, (c) => c.notNull())
    .addColumn('document_id', t.ref)
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('penalty_steps_penalty_idx').on('penalty_steps').columns(['penalty_id', 'id']).execute();

  for (const T of PENALTY_TEMPLATES)
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
  for (const T of PENALTY_TEMPLATES) await db.deleteFrom('document_templates').where('kind', '=', T.kind).execute();
  await db.schema.dropTable('penalty_steps').execute();
  await db.schema.dropTable('penalties').execute();
}
