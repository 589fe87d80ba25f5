import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { engineOf, toBool } from '../../../db/dialect';

/** Which partial feed index a page reads: one column equal, then (published_at, id) descending. */
export type FeedFilter =
  | { column: 'province_code' | 'city_code' | 'county_code' | 'category_code'; value: string }
  | { column: 'org_id'; value: number }
  | null;

export interface FeedRow {
  id: number;
  orgId: number;
  orgName: string;
  uscc: string | null;
  countyCode: string;
  title: string;
  kind: string;
  startsOn: string;
  publishedAt: string;
  coverPhotoId: number | null;
  viewCount: number;
  shareCount: number;
  likeCount: number;
}

const CARD = [
  'id',
  'orgId',
  'orgName',
  'uscc',
  'countyCode',
  'title',
  'kind',
  'startsOn',
  'publishedAt',
  'coverPhotoId',
  'viewCount',
  'shareCount',
  'likeCount',
] as const;

/** The predicate of the partial indexes, as a literal: SQLite proves a partial index only from literals. */
const PUBLISHED = sql<boolean>`status = 'published'`;

const FEED_INDEX: Record<NonNullable<FeedFilter>['column'] | 'all', string> = {
  all: 'activities_feed_all_idx',
  province_code: 'activities_feed_province_idx',
  city_code: 'activities_feed_city_idx',
  county_code: 'activities_feed_county_idx',
  category_code: 'activities_feed_category_idx',
  org_id: 'activities_feed_org_idx',
};

/**
 * SQLite without statistics prefers an equality on activities_status_idx and sorts every published row (10
 * million) for the first page; INDEXED BY names the partial index the page is meant to read, in order.
 */
export function pinIndex(q: CompiledQuery, filter: FeedFilter): CompiledQuery {
  const from = 'from "activities"';
  if (!q.sql.includes(from)) throw new Error('feed page query without its table');
  const index = FEED_INDEX[filter?.column ?? 'all'];
  return CompiledQuery.raw(q.sql.replace(from, `${from} indexed by ${index}`), [...q.parameters]);
}

/** The feed's own reads and counters; activity rows are written by the lifecycle part. */
export class FeedRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * One range read of a partial index per page: equality on the filter column, then (published_at, id) below
   * the cursor, newest first. No count, no offset. `categoryCode` narrows a region's read (both filters at once).
   */
  async page(
    filter: FeedFilter,
    after: [string, number] | undefined,
    limit: number,
    categoryCode?: string,
  ): Promise<FeedRow[]> {
    const q = this.pageQuery(filter, after, limit, categoryCode);
    const rows =
      engineOf(this.db) === 'sqlite'
        ? (await this.db.executeQuery<FeedRow>(pinIndex(q.compile(), filter))).rows
        : await q.execute();
    return rows.map((r) => ({ ...r, publishedAt: r.publishedAt! }));
  }

  /** The page's query, unexecuted (the test reads its plan). */
  pageQuery(filter: FeedFilter, after: [string, number] | undefined, limit: number, categoryCode?: string) {
    let q = this.db.selectFrom('activities').select(CARD).where(PUBLISHED);
    if (filter) q = q.where(sql.ref(filter.column), '=', filter.value);
    // A category within a region: read in the region's index order, the category checked on each row.
    if (categoryCode) q = q.where('categoryCode', '=', categoryCode);
    if (after) {
      const at = engineOf(this.db) === 'postgres' ? sql`cast(${after[0]} as timestamptz)` : sql`${after[0]}`;
      q = q.where(sql<boolean>`(published_at, id) < (${at}, ${after[1]})`);
    }
    return q.orderBy('publishedAt', 'desc').orderBy('id', 'desc').limit(limit);
  }

  findPublished(id: number) {
    return this.db
      .selectFrom('activities')
      .select([...CARD, 'endsOn', 'place', 'description', 'summary', 'attendance', 'status', 'photoCount'])
      .where('id', '=', id)
      .where(PUBLISHED)
      .executeTakeFirst();
  }

  /** Photos the public may see: never those flagged as showing minors. */
  async publishablePhotos(activityId: number) {
    const rows = await this.db
      .selectFrom('activityPhotos')
      .select(['id', 'fileId', 'thumbFileId', 'width', 'height', 'caption', 'showsMinors'])
      .where('activityId', '=', activityId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.filter((p) => !toBool(p.showsMinors));
  }

  /** The stored file of a publishable photo of a published activity, else undefined. */
  async publicPhotoFile(activityId: number, photoId: number, size: 'thumb' | 'full'): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('activityPhotos as p')
      .innerJoin('activities as a', 'a.id', 'p.activityId')
      .select(['p.fileId', 'p.thumbFileId', 'p.showsMinors'])
      .where('p.id', '=', photoId)
      .where('p.activityId', '=', activityId)
      .where('a.status', '=', 'published')
      .executeTakeFirst();
    if (!row || toBool(row.showsMinors)) return undefined;
    return size === 'thumb' ? (row.thumbFileId ?? row.fileId) : row.fileId;
  }

  /** One UPDATE; false when the activity is not published. */
  async bump(id: number, column: 'view_count' | 'share_count'): Promise<boolean> {
    const res = await this.db
      .updateTable('activities')
      .set({ [column === 'view_count' ? 'viewCount' : 'shareCount']: sql`${sql.ref(column)} + 1` })
      .where('id', '=', id)
      .where(PUBLISHED)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }

  async hasLiked(activityId: number, visitorHash: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('activityLikes')
      .select('activityId')
      .where('activityId', '=', activityId)
      .where('visitorHash', '=', visitorHash)
      .executeTakeFirst();
    return !!row;
  }

  /**
   * Inserts the like unless this visitor has one or the activity is not published; true when it was new. One
   * statement: the published check rides on the insert's SELECT.
   */
  async insertLike(activityId: number, visitorHash: string, at: string): Promise<boolean> {
    const row = await this.db
      .insertInto('activityLikes')
      .columns(['activityId', 'visitorHash', 'createdAt'])
      .expression(
        this.db
          .selectFrom('activities')
          .select((eb) => ['id', eb.val(visitorHash).as('visitorHash'), eb.val(at).as('createdAt')])
          .where('id', '=', activityId)
          .where(PUBLISHED),
      )
      .onConflict((oc) => oc.columns(['activityId', 'visitorHash']).doNothing())
      .returning('activityId')
      .executeTakeFirst();
    return row !== undefined;
  }

  async deleteLike(activityId: number, visitorHash: string): Promise<boolean> {
    const res = await this.db
      .deleteFrom('activityLikes')
      .where('activityId', '=', activityId)
      .where('visitorHash', '=', visitorHash)
      .executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  }

  async likeCount(activityId: number): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('activities')
      .select('likeCount')
      .where('id', '=', activityId)
      .where(PUBLISHED)
      .executeTakeFirst();
    return row ? Number(row.likeCount) : undefined;
  }

  /** An organization's published activities and what the public did with them (activities_feed_org_idx). */
  async orgTotals(orgId: number) {
    const row = await this.db
      .selectFrom('activities')
      .select((eb) => [
        eb.fn.countAll<number | string>().as('published'),
        eb.fn.sum<number | string | null>('viewCount').as('views'),
        eb.fn.sum<number | string | null>('shareCount').as('shares'),
        eb.fn.sum<number | string | null>('likeCount').as('likes'),
      ])
      .where('orgId', '=', orgId)
      .where(PUBLISHED)
      .executeTakeFirstOrThrow();
    return {
      published: Number(row.published),
      views: Number(row.views ?? 0),
      shares: Number(row.shares ?? 0),
      likes: Number(row.likes ?? 0),
    };
  }
}
