import { sql, type Kysely } from 'kysely';
import { DEFAULT_SCORE_SCHEME } from '@shezu/contracts';
import { columnTypes, engineOf, FALSE, withId } from '../dialect';

/**
 * Credit (民政部令第60号) and dormant-organization clean-up. The credit module keeps its own copy of what it
 * learns from other modules' events (credit_records: the five kinds of credit information), the two lists
 * with the grounds of every entry, the requests organizations file about them, the 1000-point score with
 * its history and scheme, and the clean-up campaigns. Organization facts (name, credit code, regions) are
 * copied onto each row so lists filter and page on one table.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);

  // Credit information of five kinds (basic, annual_report, check, penalty, other), one row per fact.
  await withId(engine, db.schema.createTable('credit_records'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    /** annual_submitted, annual_overdue, annual_concluded, penalty, rectification_overdue, letter, activity… */
    .addColumn('subtype', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('data', t.json, (c) => c.notNull())
    .addColumn('public', t.bool, (c) => c.notNull().defaultTo(FALSE))
    /** Where it came from (`event:annual_report_overdue:2025`, `manual:12`): a redelivered event adds nothing. */
    .addColumn('source_ref', 'text', (c) => c.notNull())
    .addColumn('created_by', t.ref)
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('credit_records_org_source_key', ['org_id', 'source_ref'])
    .execute();
  await db.schema
    .createIndex('credit_records_org_idx')
    .on('credit_records')
    .columns(['org_id', 'subtype', 'occurred_on'])
    .execute();
  // Whether (and since when) any module has published facts of a subtype: one index probe, not a scan.
  await db.schema
    .createIndex('credit_records_subtype_idx')
    .on('credit_records')
    .columns(['subtype', 'occurred_on'])
    .execute();

  // One row per stay on a list; a new ground while listed adds a ground row and restarts clock_start.
  await withId(engine, db.schema.createTable('credit_listings'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text')
    .addColumn('org_type', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('supervisor_unit_id', t.ref)
    /** abnormal (活动异常名录) | dishonest (严重违法失信名单) */
    .addColumn('list', 'text', (c) => c.notNull())
    /** active | removed | moved (abnormal → dishonest after 2 full years) | annulled (objection upheld) */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('listed_on', 'text', (c) => c.notNull())
    /** The day the time limits count from: the listing, or the latest new ground (列入时限重新计算). */
    .addColumn('clock_start', 'text', (c) => c.notNull())
    /** Abnormal listings whose grounds leave nothing to fix: removed automatically on this day (6 months). */
    .addColumn('auto_remove_on', 'text')
    /** Abnormal listings: the day 2 full years are reached and the organization moves to the dishonest list. */
    .addColumn('move_on', 'text')
    /** Dishonest listings: the first day removal may be applied for (2 full years without a new ground). */
    .addColumn('removable_from', 'text')
    /** A dishonest listing that came from 2 years on the abnormal list points at that listing. */
    .addColumn('from_listing_id', t.ref)
    .addColumn('decided_by', t.ref)
    .addColumn('decided_by_name', 'text')
    .addColumn('removed_on', 'text')
    /** application | auto_six_months | moved | deregistration_completed | objection_upheld | credit_repair */
    .addColumn('removal_reason', 'text')
    .addColumn('removal_basis', 'text')
    .addColumn('removed_by', t.ref)
    .addColumn('removed_by_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // At most one stay per organization and list at a time.
  await db.schema
    .createIndex('credit_listings_active_key')
    .unique()
    .on('credit_listings')
    .columns(['org_id', 'list'])
    .where(sql.ref('status'), '=', 'active')
    .execute();
  await db.schema.createIndex('credit_listings_org_idx').on('credit_listings').columns(['org_id', 'id']).execute();
  // Public and staff lists: one list's current entries in a region subtree, newest first.
  await db.schema
    .createIndex('credit_listings_list_idx')
    .on('credit_listings')
    .columns(['list', 'status', 'region_code', 'id'])
    .execute();
  await db.schema
    .createIndex('credit_listings_public_idx')
    .on('credit_listings')
    .columns(['list', 'status', 'id'])
    .execute();
  // The daily rules: active listings due for automatic removal or for the move, found without a scan.
  await db.schema
    .createIndex('credit_listings_auto_remove_idx')
    .on('credit_listings')
    .columns(['status', 'auto_remove_on'])
    .execute();
  await db.schema
    .createIndex('credit_listings_move_idx')
    .on('credit_listings')
    .columns(['status', 'move_on'])
    .execute();
  // Lists searched by credit code.
  await db.schema.createIndex('credit_listings_uscc_idx').on('credit_listings').columns(['uscc']).execute();

  await withId(engine, db.schema.createTable('credit_listing_grounds'))
    .addColumn('listing_id', t.ref, (c) => c.notNull().references('credit_listings.id'))
    /** A code of ABNORMAL_GROUNDS or DISHONEST_GROUNDS (contracts/credit). */
    .addColumn('ground', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    /** event | manual | rule */
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('record_id', t.ref)
    .addColumn('evidence', t.json, (c) => c.notNull())
    /** The obligation behind the ground is met (report filed, rectified…), so removal may be applied for. */
    .addColumn('fulfilled_on', 'text')
    .addColumn('created_by', t.ref)
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('credit_listing_grounds_listing_idx')
    .on('credit_listing_grounds')
    .columns(['listing_id', 'id'])
    .execute();

  // Removal applications (移出申请), objections (异议) and credit repair (信用修复), each with a decision.
  await withId(engine, db.schema.createTable('credit_requests'))
    .addColumn('listing_id', t.ref, (c) => c.notNull().references('credit_listings.id'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    /** submitted | verified | approved | rejected */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('evidence', t.json, (c) => c.notNull())
    .addColumn('submitted_by', t.ref)
    .addColumn('submitted_by_name', 'text')
    .addColumn('submitted_at', t.timestamp, (c) => c.notNull())
    .addColumn('verified_on', 'text')
    /** verified_on + 5 working days: the latest day the authority removes the listing. */
    .addColumn('remove_by', 'text')
    .addColumn('decided_by', t.ref)
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_at', t.timestamp)
    .addColumn('decision_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('credit_requests_queue_idx')
    .on('credit_requests')
    .columns(['authority_region_code', 'status', 'id'])
    .execute();
  await db.schema.createIndex('credit_requests_org_idx').on('credit_requests').columns(['org_id', 'id']).execute();
  // The daily rules: verified requests whose removeBy has come.
  await db.schema
    .createIndex('credit_requests_due_idx')
    .on('credit_requests')
    .columns(['status', 'remove_by'])
    .execute();

  // The score scheme as data: indicators with maximums (summing to 1000) and level bands, versioned.
  await withId(engine, db.schema.createTable('credit_score_schemes'))
    .addColumn('version', 'integer', (c) => c.notNull().unique())
    .addColumn('definition', t.json, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', t.ref)
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  // Version 1: the default scheme (contracts/credit/score-scheme.ts), maximums summing to 1000.
  await db
    .insertInto('credit_score_schemes')
    .values({
      version: 1,
      definition: JSON.stringify(DEFAULT_SCORE_SCHEME),
      note: '默认评分方案',
      created_by_name: 'system',
      created_at: new Date().toISOString(),
    })
    .execute();

  // The current score of each organization (one row each) and its changes.
  await db.schema
    .createTable('credit_scores')
    .addColumn('org_id', t.ref, (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('org_type', 'text', (c) => c.notNull())
    /** Supervising unit: a unit user's distribution counts its own organizations. */
    .addColumn('supervisor_unit_id', t.ref)
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('breakdown', t.json, (c) => c.notNull())
    /** A short hash of the breakdown: the nightly job compares it and writes only changed rows. */
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('scheme_id', t.ref, (c) => c.notNull())
    .addColumn('computed_on', 'text', (c) => c.notNull())
    .addColumn('computed_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('credit_scores_region_idx')
    .on('credit_scores')
    .columns(['region_code', 'org_type', 'level'])
    .execute();
  await db.schema
    .createIndex('credit_scores_unit_idx')
    .on('credit_scores')
    .columns(['supervisor_unit_id', 'org_type', 'level'])
    .execute();
  // The nightly job compares digests chunk by chunk: read from this index, never from the wide rows.
  await db.schema
    .createIndex('credit_scores_digest_idx')
    .on('credit_scores')
    .columns(['org_id', 'digest', 'score', 'level'])
    .execute();
  await withId(engine, db.schema.createTable('credit_score_history'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('computed_on', 'text', (c) => c.notNull())
    /** nightly | the event that triggered the recompute | scheme */
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('computed_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('credit_score_history_org_idx')
    .on('credit_score_history')
    .columns(['org_id', 'id'])
    .execute();

  // Dormant-organization clean-up campaigns (僵尸型社会组织清理整治) and their candidates.
  await withId(engine, db.schema.createTable('dormant_campaigns'))
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scope', t.json, (c) => c.notNull())
    .addColumn('params', t.json, (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    /** open | closed */
    .addColumn('status', 'text', (c) => c.notNull())
    /** Signals the campaign asked for that had no data on the platform when it was snapshotted (暂无数据). */
    .addColumn('no_data', t.json, (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('listed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disposed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', t.ref)
    .addColumn('created_by_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dormant_campaigns_authority_idx')
    .on('dormant_campaigns')
    .columns(['authority_region_code', 'id'])
    .execute();
  await withId(engine, db.schema.createTable('dormant_candidates'))
    .addColumn('campaign_id', t.ref, (c) => c.notNull().references('dormant_campaigns.id'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text')
    .addColumn('org_type', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('signals', t.json, (c) => c.notNull())
    /** The signal codes as `,annual_missed,unreachable,`: the candidate table filters on one with LIKE. */
    .addColumn('signal_codes', 'text', (c) => c.notNull())
    /** deregister | revoke | rectify | reactivate */
    .addColumn('disposal', 'text')
    .addColumn('disposal_note', 'text')
    .addColumn('evidence', t.json)
    /** Revocation and deregistration: the decision's number and legal basis (also on the register's event). */
    .addColumn('decision_ref', 'text')
    .addColumn('basis', 'text')
    .addColumn('disposed_on', 'text')
    .addColumn('disposed_by', t.ref)
    .addColumn('disposed_by_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('dormant_candidates_campaign_org_key', ['campaign_id', 'org_id'])
    .execute();
  await db.schema
    .createIndex('dormant_candidates_campaign_idx')
    .on('dormant_candidates')
    .columns(['campaign_id', 'disposal', 'id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'dormant_candidates',
    'dormant_campaigns',
    'credit_score_history',
    'credit_scores',
    'credit_score_schemes',
    'credit_requests',
    'credit_listing_grounds',
    'credit_listings',
    'credit_records',
  ])
    await db.schema.dropTable(table).execute();
}
