import { sql, type Kysely } from 'kysely';
import { columnTypes, engineOf, FALSE, withId } from '../dialect';

/**
 * Activities and major matters (issue 9): tables of modules/activities — the activity lifecycle and its
 * photos, the public feed (likes and counters), and major-matter reports (重大事项报告). Each part keeps to
 * its own block below.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await lifecycleUp(db);
  await feedUp(db);
  await majorMattersUp(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['major_matters', 'activity_likes', 'activity_photos', 'activities', 'activity_settings'])
    await db.schema.dropTable(t).ifExists().execute();
}

// ---- lifecycle: planned → (approval) → under way → finished → reviewed (先审后发) → published ----------------

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function lifecycleUp(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);
  /** Per registration authority (region code): which kinds need approval and how many days ahead; 先审后发. */
  await db.schema
    .createTable('activity_settings')
    .addColumn('region_code', 'text', (c) => c.primaryKey())
    /** { kind: daysAhead } for the kinds that need approval. */
    .addColumn('approval_kinds', t.json, (c) => c.notNull())
    .addColumn('review_before_publish', t.bool, (c) => c.notNull())
    /** Major matters are reported this many working days ahead (Guangzhou: 15). */
    .addColumn('major_matter_days', 'integer', (c) => c.notNull().defaultTo(15))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await withId(engine, db.schema.createTable('activities'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text')
    /** The organization's domicile (region_code) and prefixes of it, so that the feed filters by index. */
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('city_code', 'text', (c) => c.notNull())
    .addColumn('county_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('supervisor_unit_id', t.ref)
    /** The organization's category (行业类别) for the feed's category filter. */
    .addColumn('category_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('expected_participants', 'integer', (c) => c.notNull())
    .addColumn('budget_fen', t.money, (c) => c.notNull())
    /** [{ name, role }] partner organizations. */
    .addColumn('partners', t.json, (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    /** planned | awaiting_approval | approval_refused | under_way | finished | awaiting_review | returned |
     * published | unpublished | cancelled */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approval_required', t.bool, (c) => c.notNull().defaultTo(FALSE))
    /** The last day the approval request is due (starts_on − the kind's days ahead). */
    .addColumn('approval_due_on', 'text')
    .addColumn('approval_requested_on', 'text')
    .addColumn('approval_late', t.bool, (c) => c.notNull().defaultTo(FALSE))
    /** Approved by the bureau (the activity may start); false while none is needed or refused. */
    .addColumn('approved', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('decided_on', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('summary', 'text')
    .addColumn('attendance', 'integer')
    /** Attendee names: private, never on the portal. */
    .addColumn('attendees', t.json)
    .addColumn('submitted_at', t.timestamp)
    .addColumn('reviewed_at', t.timestamp)
    .addColumn('reviewed_by_name', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('published_at', t.timestamp)
    .addColumn('unpublished_at', t.timestamp)
    .addColumn('unpublish_reason', 'text')
    /** The first publishable photo: the feed card and the shared link's preview. */
    .addColumn('cover_photo_id', t.ref)
    .addColumn('photo_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('view_count', t.money, (c) => c.notNull().defaultTo(0))
    .addColumn('share_count', t.money, (c) => c.notNull().defaultTo(0))
    .addColumn('like_count', t.money, (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', t.ref)
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // Staff lists page newest first within the read scope, one filter at a time; the calendar reads by date.
  for (const [name, cols] of [
    ['region', ['region_code', 'id']],
    ['status', ['status', 'region_code', 'id']],
    ['kind', ['kind', 'region_code', 'id']],
    ['org', ['org_id', 'id']],
    ['unit', ['supervisor_unit_id', 'id']],
    ['starts', ['starts_on', 'region_code']],
  ] as const)
    await db.schema
      .createIndex(`activities_${name}_idx`)
      .on('activities')
      .columns([...cols])
      .execute();

  await withId(engine, db.schema.createTable('activity_photos'))
    .addColumn('activity_id', t.ref, (c) => c.notNull().references('activities.id'))
    /** The stored file: resized, re-encoded, metadata stripped (EXIF, GPS) before it is kept. */
    .addColumn('file_id', t.ref, (c) => c.notNull())
    .addColumn('thumb_file_id', t.ref)
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('caption', 'text')
    /** Shows minors: never published. */
    .addColumn('shows_minors', t.bool, (c) => c.notNull().defaultTo(FALSE))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_photos_activity_idx')
    .on('activity_photos')
    .columns(['activity_id', 'position'])
    .execute();
}

// ---- public feed: published activities newest first, likes (one per visitor) -------------------------------

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function feedUp(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);
  // The feed: published only (partial indexes), newest first, keyset on (published_at, id); by region and category.
  for (const [name, cols] of [
    ['all', ['published_at', 'id']],
    ['province', ['province_code', 'published_at', 'id']],
    ['city', ['city_code', 'published_at', 'id']],
    ['county', ['county_code', 'published_at', 'id']],
    ['category', ['category_code', 'published_at', 'id']],
    ['org', ['org_id', 'published_at', 'id']],
  ] as const)
    await db.schema
      .createIndex(`activities_feed_${name}_idx`)
      .on('activities')
      .columns([...cols])
      .where(sql.ref('status'), '=', 'published')
      .execute();

  /** One like per visitor per activity: the visitor is a keyed hash of the visitor token, never the token. */
  await db.schema
    .createTable('activity_likes')
    .addColumn('activity_id', t.ref, (c) => c.notNull())
    .addColumn('visitor_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_likes_pk', ['activity_id', 'visitor_hash'])
    .execute();

  // Per-organization figures (云阳: 182 uploads, 500+ shares) are summed from its published activities through
  // activities_feed_org_idx: a few hundred rows per organization, no counter table to keep in step.
}

// ---- major-matter reports (重大事项报告): reported ahead, acknowledged or objected to ----------------------------

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function majorMattersUp(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const t = columnTypes(engine);
  await withId(engine, db.schema.createTable('major_matters'))
    .addColumn('org_id', t.ref, (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('authority_region_code', 'text', (c) => c.notNull())
    .addColumn('supervisor_unit_id', t.ref)
    /** council_renewal | large_donation | foreign_donation | foreign_cooperation | forum_award |
     * leader_change | other */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    /** When the matter takes place. */
    .addColumn('happens_on', 'text', (c) => c.notNull())
    /** Kind-specific facts (a donation's amount in fen and donor, the new leaders, …). */
    .addColumn('facts', t.json, (c) => c.notNull())
    .addColumn('file_ids', t.json, (c) => c.notNull())
    .addColumn('reported_on', 'text', (c) => c.notNull())
    /** The last day it should have been reported by (happens_on − N working days). */
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('late', t.bool, (c) => c.notNull().defaultTo(FALSE))
    /** reported | acknowledged | objected | withdrawn | completed */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('decision_reason', 'text')
    /** What happened (the outcome the organization records afterwards; a renewal's date). */
    .addColumn('outcome', 'text')
    .addColumn('completed_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', t.ref)
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  for (const [name, cols] of [
    ['region', ['region_code', 'id']],
    ['status', ['status', 'region_code', 'id']],
    ['kind', ['kind', 'region_code', 'id']],
    ['org', ['org_id', 'id']],
    ['unit', ['supervisor_unit_id', 'id']],
    ['happens', ['happens_on', 'region_code']],
  ] as const)
    await db.schema
      .createIndex(`major_matters_${name}_idx`)
      .on('major_matters')
      .columns([...cols])
      .execute();
}
