import { sql } from 'kysely';
import {
  ACTIVITY_KINDS,
  addChinaDays,
  NATIONAL_REGION_CODE,
  monthRange,
  prefixRange,
  stepsFor,
  type ActivityKind,
  type TActivityDetail,
  type TActivityQuery,
  type TActivityStats,
  type TActivitySummary,
} from '@shezu/contracts';
import { toBool } from '../../../db/dialect';
import type { AuthUser } from '../../../platform/auth/auth-user';
import { authorize } from '../../../platform/auth/authorize';
import { assertAuthorized, readScopeCondition } from '../../../platform/auth/guard';
import { chinaDate } from '../../../platform/clock';
import { fieldError } from '../../../platform/errors';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import type { ActivitiesDeps } from '../activities-deps';
import { ActivitiesRepository, type ActivityRow } from './activities.repository';
import { activityResource, type ActivitiesService } from './activities.service';
import { presentPhoto } from './activity-photos.service';

const n = (v: unknown) => Number(v ?? 0);
/** How far back the calendar looks for activities that started earlier and still run in the month. */
const CALENDAR_SPAN_DAYS = 62;
const SCOPE = { region: 'a.regionCode', unit: 'a.supervisorUnitId', org: 'a.orgId' };

/** The read side of the lifecycle: the staff and organization list, one activity, statistics. */
export class ActivitiesQuery {
  constructor(
    private readonly deps: ActivitiesDeps,
    private readonly activities: ActivitiesService,
  ) {}

  /** Newest first (keyset on id) within the read scope; `month` narrows to activities starting that month. */
  async list(user: AuthUser, q: TActivityQuery): Promise<{ items: TActivitySummary[]; nextCursor: string | null }> {
    assertAuthorized(user, 'activities.read');
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.deps.db
      .selectFrom('activities as a')
      .select([
        'a.id',
        'a.orgId',
        'a.orgName',
        'a.regionCode',
        'a.title',
        'a.kind',
        'a.startsOn',
        'a.endsOn',
        'a.place',
        'a.status',
        'a.approvalRequired',
        'a.approvalLate',
        'a.publishedAt',
        'a.photoCount',
        'a.viewCount',
        'a.shareCount',
        'a.likeCount',
      ])
      .where(readScopeCondition(user, 'activities.read', SCOPE));
    if (q.status) query = query.where('a.status', '=', q.status);
    if (q.kind) query = query.where('a.kind', '=', q.kind);
    if (q.orgId) query = query.where('a.orgId', '=', q.orgId);
    if (q.region && q.region !== NATIONAL_REGION_CODE) {
      const { from, to } = prefixRange(q.region);
      query = query.where('a.regionCode', '>=', from).where('a.regionCode', '<', to);
    }
    if (q.month) {
      // The calendar: what takes place in the month, read by the starts index within a bounded range (an activity
      // running longer than CALENDAR_SPAN_DAYS shows from its start month only).
      const { from, to } = monthRange(q.month);
      query = query
        .where('a.startsOn', '>=', addChinaDays(from, -CALENDAR_SPAN_DAYS))
        .where('a.startsOn', '<=', to)
        .where('a.endsOn', '>=', from);
    }
    if (after) query = query.where('a.id', '<', after);
    const rows = await query
      .orderBy('a.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    return {
      items: page.map((r) => ({
        ...r,
        kind: r.kind as ActivityKind,
        status: r.status as TActivitySummary['status'],
        approvalRequired: toBool(r.approvalRequired),
        approvalLate: toBool(r.approvalLate),
        photoCount: n(r.photoCount),
        viewCount: n(r.viewCount),
        shareCount: n(r.shareCount),
        likeCount: n(r.likeCount),
      })),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  async get(user: AuthUser, id: number): Promise<TActivityDetail> {
    const a = await this.activities.load(user, id);
    const photos = await new ActivitiesRepository(this.deps.db).photos(a.id);
    return {
      ...this.summary(a),
      uscc: a.uscc,
      authorityRegionCode: a.authorityRegionCode,
      expectedParticipants: a.expectedParticipants,
      budgetFen: a.budgetFen,
      partners: a.partners,
      description: a.description,
      approvalDueOn: a.approvalDueOn,
      approved: a.approved,
      approvalRequestedOn: a.approvalRequestedOn,
      decidedOn: a.decidedOn,
      decidedByName: a.decidedByName,
      decisionReason: a.decisionReason,
      summary: a.summary,
      attendance: a.attendance,
      attendees: a.attendees,
      submittedAt: a.submittedAt,
      reviewedAt: a.reviewedAt,
      returnReason: a.returnReason,
      unpublishedAt: a.unpublishedAt,
      unpublishReason: a.unpublishReason,
      createdByName: a.createdByName,
      photos: photos.map(presentPhoto),
      version: a.version,
      actions: this.actionsOf(user, a),
    };
  }

  private actionsOf(user: AuthUser, a: ActivityRow): TActivityDetail['actions'] {
    const res = activityResource(a);
    return [
      ...(authorize(user, 'activities.post', res).allowed ? stepsFor('org', a) : []),
      ...(authorize(user, 'activities.decide', res).allowed ? stepsFor('staff', a) : []),
    ];
  }

  private summary(a: ActivityRow): TActivitySummary {
    return {
      id: a.id,
      orgId: a.orgId,
      orgName: a.orgName,
      regionCode: a.regionCode,
      title: a.title,
      kind: a.kind as ActivityKind,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      place: a.place,
      status: a.status as TActivitySummary['status'],
      approvalRequired: a.approvalRequired,
      approvalLate: a.approvalLate,
      publishedAt: a.publishedAt,
      photoCount: a.photoCount,
      viewCount: a.viewCount,
      shareCount: a.shareCount,
      likeCount: a.likeCount,
    };
  }

  /**
   * Counts of a year's activities (by start date, cancelled ones left out) within the read scope and a region
   * (the viewer's by default): by kind, by child region, by month; the feed's views, shares and likes.
   */
  async stats(user: AuthUser, q: { year?: number | undefined; region?: string | undefined }): Promise<TActivityStats> {
    assertAuthorized(user, 'activities.read');
    const year = q.year ?? Number(chinaDate(this.deps.clock.now()).slice(0, 4));
    const region = q.region ?? user.regionCode ?? NATIONAL_REGION_CODE;
    const regionRow = await this.deps.regions.find(region);
    if (!regionRow) throw fieldError('region', '行政区划不存在');
    const base = () => {
      let b = this.deps.db
        .selectFrom('activities as a')
        .where(readScopeCondition(user, 'activities.read', SCOPE))
        .where('a.startsOn', '>=', `${year}-01-01`)
        .where('a.startsOn', '<=', `${year}-12-31`)
        .where('a.status', '!=', 'cancelled');
      if (region !== NATIONAL_REGION_CODE) {
        const { from, to } = prefixRange(region);
        b = b.where('a.regionCode', '>=', from).where('a.regionCode', '<', to);
      }
      return b;
    };
    const children = await this.deps.regions.children(region);
    const childLength = children[0]?.code.length ?? 0;
    const [totals, kinds, months, regions] = await Promise.all([
      base()
        .select((eb) => [
          eb.fn.countAll().as('total'),
          eb.fn.sum(eb.case().when('a.status', '=', 'published').then(1).else(0).end()).as('published'),
          eb.fn.sum('a.viewCount').as('views'),
          eb.fn.sum('a.shareCount').as('shares'),
          eb.fn.sum('a.likeCount').as('likes'),
        ])
        .executeTakeFirstOrThrow(),
      base()
        .select((eb) => ['a.kind', eb.fn.countAll().as('count')])
        .groupBy('a.kind')
        .execute(),
      base()
        .select((eb) => [sql<string>`substr(a.starts_on, 1, 7)`.as('month'), eb.fn.countAll().as('count')])
        .groupBy(sql`substr(a.starts_on, 1, 7)`)
        .execute(),
      childLength
        ? base()
            .select((eb) => [
              sql<string>`substr(a.region_code, 1, ${sql.lit(childLength)})`.as('code'),
              eb.fn.countAll().as('count'),
            ])
            .groupBy(sql`substr(a.region_code, 1, ${sql.lit(childLength)})`)
            .execute()
        : Promise.resolve([] as { code: string; count: unknown }[]),
    ]);
    const byKind = new Map(kinds.map((k) => [k.kind, n(k.count)]));
    const byMonth = new Map(months.map((m) => [m.month, n(m.count)]));
    const byRegion = new Map(regions.map((r) => [r.code, n(r.count)]));
    return {
      year,
      total: n(totals.total),
      published: n(totals.published),
      byKind: ACTIVITY_KINDS.map((kind) => ({ kind, count: byKind.get(kind) ?? 0 })),
      byRegion: children.map((c) => ({ regionCode: c.code, regionName: c.name, count: byRegion.get(c.code) ?? 0 })),
      byMonth: Array.from({ length: 12 }, (_, i) => {
        const month = `${year}-${String(i + 1).padStart(2, '0')}`;
        return { month, count: byMonth.get(month) ?? 0 };
      }),
      views: n(totals.views),
      shares: n(totals.shares),
      likes: n(totals.likes),
    };
  }
}
