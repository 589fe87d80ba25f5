import type { Kysely } from 'kysely';
import {
  ANNOUNCEMENT_KINDS,
  type AnnouncementKind,
  type TAnnouncement,
  type TAnnouncementQuery,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import { regionRange } from './public-orgs.query';

const isKey = (v: unknown): v is [string, number] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && isPositiveInt(v[1]);

/** Announcements of establishment, change and removal, newest first, keyset paged on (date, id). */
export class PublicAnnouncementsQuery {
  constructor(private readonly db: Kysely<DB>) {}

  private base() {
    return this.db
      .selectFrom('announcements')
      .select(['id', 'kind', 'title', 'body', 'orgName', 'uscc', 'regionCode', 'publishedOn'])
      .where('kind', 'in', ANNOUNCEMENT_KINDS);
  }

  async list(query: TAnnouncementQuery): Promise<{ items: TAnnouncement[]; nextCursor: string | null }> {
    const range = regionRange(query.region);
    const after = decodeCursor(query.cursor, isKey);
    let q = this.base().where('regionCode', '>=', range.from).where('regionCode', '<', range.to);
    if (query.kind) q = q.where('kind', '=', query.kind);
    if (after) {
      q = q.where((eb) =>
        eb.or([eb('publishedOn', '<', after[0]), eb.and([eb('publishedOn', '=', after[0]), eb('id', '<', after[1])])]),
      );
    }
    const rows = await q
      .orderBy('publishedOn', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1)
      .execute();
    const page = rows.slice(0, query.limit).map(map);
    const last = page.at(-1);
    return {
      items: page,
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.publishedOn, last.id]) : null,
    };
  }

  async get(id: number): Promise<TAnnouncement | undefined> {
    const r = await this.base().where('id', '=', id).executeTakeFirst();
    return r && map(r);
  }
}

function map(r: {
  id: number;
  kind: string;
  title: string;
  body: string;
  orgName: string;
  uscc: string | null;
  regionCode: string;
  publishedOn: string;
}): TAnnouncement {
  return { ...r, id: Number(r.id), kind: r.kind as AnnouncementKind };
}
