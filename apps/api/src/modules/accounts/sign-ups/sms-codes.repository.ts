import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

export interface SmsCodeRow {
  id: number;
  codeHash: string;
  attempts: number;
  expiresAt: string;
  consumedAt: string | null;
}

export class SmsCodesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: {
    phoneHash: string;
    purpose: string;
    codeHash: string;
    ip: string | null;
    at: string;
    expiresAt: string;
  }) {
    await this.db
      .insertInto('smsCodes')
      .values({
        phoneHash: row.phoneHash,
        purpose: row.purpose,
        codeHash: row.codeHash,
        ip: row.ip,
        attempts: 0,
        createdAt: row.at,
        expiresAt: row.expiresAt,
      })
      .execute();
  }

  /** The newest code for the phone and purpose (only the newest counts). */
  async latest(phoneHash: string, purpose: string): Promise<(SmsCodeRow & { createdAt: string }) | undefined> {
    return this.db
      .selectFrom('smsCodes')
      .select(['id', 'codeHash', 'attempts', 'expiresAt', 'consumedAt', 'createdAt'])
      .where('phoneHash', '=', phoneHash)
      .where('purpose', '=', purpose)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async countSince(by: { phoneHash: string } | { ip: string }, since: string): Promise<number> {
    let q = this.db
      .selectFrom('smsCodes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('createdAt', '>=', since);
    q = 'ip' in by ? q.where('ip', '=', by.ip) : q.where('phoneHash', '=', by.phoneHash);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  async countAttempt(id: number): Promise<void> {
    await this.db
      .updateTable('smsCodes')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }

  /** Uses the code up; false when someone used it first. */
  async consume(id: number, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('smsCodes')
      .set({ consumedAt: at })
      .where('id', '=', id)
      .where('consumedAt', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
