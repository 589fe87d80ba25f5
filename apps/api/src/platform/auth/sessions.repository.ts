import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface SessionRow {
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export class SessionsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async create(row: SessionRow & { ip: string | null; userAgent: string | null }): Promise<void> {
    await this.db.insertInto('sessions').values(row).execute();
  }

  async find(id: string): Promise<SessionRow | undefined> {
    return this.db
      .selectFrom('sessions')
      .select(['id', 'userId', 'csrfToken', 'createdAt', 'lastSeenAt', 'expiresAt'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async touch(id: string, at: string): Promise<void> {
    await this.db.updateTable('sessions').set({ lastSeenAt: at }).where('id', '=', id).execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteForUser(userId: number, exceptId?: string): Promise<void> {
    let q = this.db.deleteFrom('sessions').where('userId', '=', userId);
    if (exceptId) q = q.where('id', '!=', exceptId);
    await q.execute();
  }

  async deleteExpired(idleBefore: string, now: string): Promise<number> {
    const r = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('lastSeenAt', '<', idleBefore), eb('expiresAt', '<', now)]))
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
