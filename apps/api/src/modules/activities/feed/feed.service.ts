import {
  type ActivityKind,
  type TLikeResult,
  type TPublicActivity,
  type TPublicActivityCard,
  type TPublicActivityQuery,
  type TPublicOrgActivityTotals,
} from '@shezu/contracts';
import { hmacSm3 } from '../../../platform/crypto';
import { notFound } from '../../../platform/errors';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import type { ActivitiesDeps } from '../activities-deps';
import { FeedRepository, type FeedFilter, type FeedRow } from './feed.repository';
import { RecentViews } from './recent-views';

const isKey = (v: unknown): v is [string, number] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && isPositiveInt(v[1]);

export const photoUrl = (activityId: number, photoId: number, size: 'thumb' | 'full') =>
  `/api/public/activities/${activityId}/photos/${photoId}?size=${size}`;

const EMPTY_PAGE = { items: [] as TPublicActivityCard[], nextCursor: null };

/**
 * The public feed (DOMAIN.md "Activities and major matters"): published activities only, newest first; attendee
 * names and photos showing minors never leave it. Visitors are known only by a keyed hash of a random token.
 */
export class FeedService {
  private readonly regionNames = new Map<string, string>();
  private readonly views = new RecentViews();

  constructor(private readonly deps: ActivitiesDeps) {}

  private get repo() {
    return new FeedRepository(this.deps.db);
  }

  /** The stored key of a visitor: HMAC of its cookie token under the server's data key, never the token. */
  visitorHash(token: string): string {
    return hmacSm3(this.deps.config.dataKey, `activity-visitor:${token}`);
  }

  async list(q: TPublicActivityQuery): Promise<{ items: TPublicActivityCard[]; nextCursor: string | null }> {
    const filter = await this.filterOf(q);
    if (filter === 'none') return EMPTY_PAGE;
    const narrow = q.region && !q.orgUscc ? q.categoryCode : undefined;
    const rows = await this.repo.page(filter, decodeCursor(q.cursor, isKey), q.limit + 1, narrow);
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return {
      items: await Promise.all(page.map((r) => this.card(r))),
      nextCursor: rows.length > q.limit && last ? encodeCursor([last.publishedAt, last.id]) : null,
    };
  }

  /** One filter picks the partial index; an organization outranks a region, a region a category. */
  private async filterOf(q: TPublicActivityQuery): Promise<FeedFilter | 'none'> {
    if (q.orgUscc) {
      const org = await this.deps.orgsQuery.factsByUscc(q.orgUscc);
      return org ? { column: 'org_id', value: org.id } : 'none';
    }
    if (q.region) {
      const column = ({ 2: 'province_code', 4: 'city_code', 6: 'county_code' } as const)[q.region.length as 2 | 4 | 6];
      return { column, value: q.region };
    }
    if (q.categoryCode) return { column: 'category_code', value: q.categoryCode };
    return null;
  }

  /** Region names rarely change: kept in memory per process, so a page costs one query. */
  private async regionName(code: string): Promise<string> {
    const known = this.regionNames.get(code);
    if (known !== undefined) return known;
    const name = (await this.deps.regions.find(code))?.fullName ?? '';
    if (this.regionNames.size > 5000) this.regionNames.clear();
    this.regionNames.set(code, name);
    return name;
  }

  private async card(r: FeedRow): Promise<TPublicActivityCard> {
    return {
      id: r.id,
      orgName: r.orgName,
      uscc: r.uscc,
      regionCode: r.countyCode,
      regionName: await this.regionName(r.countyCode),
      title: r.title,
      kind: r.kind as ActivityKind,
      startsOn: r.startsOn,
      publishedAt: r.publishedAt,
      coverThumbUrl: r.coverPhotoId ? photoUrl(r.id, r.coverPhotoId, 'thumb') : null,
      viewCount: Number(r.viewCount),
      shareCount: Number(r.shareCount),
      likeCount: Number(r.likeCount),
    };
  }

  /** The page of one published activity (else 404), without counting a view. */
  async get(id: number, visitorToken: string | undefined): Promise<TPublicActivity> {
    const repo = this.repo;
    const a = await repo.findPublished(id);
    if (!a) throw notFound('活动不存在或未公开');
    const [photos, liked] = await Promise.all([
      repo.publishablePhotos(id),
      visitorToken ? repo.hasLiked(id, this.visitorHash(visitorToken)) : false,
    ]);
    const card = await this.card({ ...a, publishedAt: a.publishedAt! });
    // The cover may have been flagged after publication: fall back to the first publishable photo.
    const cover = photos.find((p) => p.id === a.coverPhotoId) ?? photos[0];
    return {
      ...card,
      coverThumbUrl: cover ? photoUrl(id, cover.id, 'thumb') : null,
      endsOn: a.endsOn,
      place: a.place,
      description: a.description,
      summary: a.summary,
      attendance: a.attendance,
      photos: photos.map((p) => ({
        id: p.id,
        url: photoUrl(id, p.id, 'full'),
        thumbUrl: photoUrl(id, p.id, 'thumb'),
        width: p.width,
        height: p.height,
        caption: p.caption,
      })),
      liked,
    };
  }

  /** Counts a view unless this visitor (token, else address) viewed it within the last half hour. */
  async view(id: number, visitor: string): Promise<boolean> {
    if (this.views.seen(`${id}:${visitor}`, this.deps.clock.now().getTime())) return false;
    return this.repo.bump(id, 'view_count');
  }

  /** 404 unless the activity is published (the QR code is only drawn for a page that exists). */
  async assertPublished(id: number): Promise<void> {
    if ((await this.repo.likeCount(id)) === undefined) throw notFound('活动不存在或未公开');
  }

  async share(id: number): Promise<void> {
    if (!(await this.repo.bump(id, 'share_count'))) throw notFound('活动不存在或未公开');
  }

  /**
   * One like per visitor. The insert is one autocommit statement and a trigger (migration 0022) moves the
   * count with it, so no transaction holds the write lock across awaits; the count is read after.
   */
  async like(id: number, visitorToken: string): Promise<TLikeResult> {
    const counted = await this.repo.insertLike(id, this.visitorHash(visitorToken), this.deps.clock.now().toISOString());
    // Not inserted: liked before, or not published.
    const likeCount = await this.repo.likeCount(id);
    if (likeCount === undefined) throw notFound('活动不存在或未公开');
    return { liked: true, likeCount, counted };
  }

  async unlike(id: number, visitorToken: string | undefined): Promise<TLikeResult> {
    if ((await this.repo.likeCount(id)) === undefined) throw notFound('活动不存在或未公开');
    const counted = !!visitorToken && (await this.repo.deleteLike(id, this.visitorHash(visitorToken)));
    return { liked: false, likeCount: (await this.repo.likeCount(id)) ?? 0, counted };
  }

  /** The stored file behind a public photo: only publishable photos of published activities. */
  async photo(id: number, photoId: number, size: 'thumb' | 'full') {
    const fileId = await this.repo.publicPhotoFile(id, photoId, size);
    if (!fileId) throw notFound('照片不存在');
    return this.deps.files.open(fileId);
  }

  /** The activity's public page, as shared and as its QR code says. */
  pageUrl(id: number): string {
    return `${this.deps.config.publicBaseUrl}/portal/activities/${id}`;
  }

  /** What the share card needs: title, summary line and cover (undefined when not published). */
  async pageHead(id: number) {
    const a = await this.repo.findPublished(id);
    if (!a) return undefined;
    const photos = await this.repo.publishablePhotos(id);
    const cover = photos.find((p) => p.id === a.coverPhotoId) ?? photos[0];
    return {
      title: a.title,
      orgName: a.orgName,
      startsOn: a.startsOn,
      text: a.summary ?? a.description,
      coverPath: cover ? photoUrl(id, cover.id, 'full') : null,
    };
  }

  /** An organization's published activities and their views, shares and likes (云阳: 182 uploads, 500+ shares). */
  async orgTotals(uscc: string): Promise<TPublicOrgActivityTotals> {
    const org = await this.deps.orgsQuery.factsByUscc(uscc);
    if (!org) throw notFound('社会组织不存在');
    return this.repo.orgTotals(org.id);
  }
}
