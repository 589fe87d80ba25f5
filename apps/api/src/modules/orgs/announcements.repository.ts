import type { Insertable, Kysely } from 'kysely';
import type { AnnouncementsTable, DB } from '../../db/schema';

export type AnnouncementInsert = Insertable<AnnouncementsTable>;

export class AnnouncementsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(a: AnnouncementInsert): Promise<number> {
    const { id } = await this.db.insertInto('announcements').values(a).returning('id').executeTakeFirstOrThrow();
    return id;
  }
}
