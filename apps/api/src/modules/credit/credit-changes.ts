import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export type CreditChangeListener = (trx: Kysely<DB>, orgIds: readonly number[], cause: string) => Promise<void>;

/**
 * Inside the credit module: the lists tell whoever listens (the score) that an organization's credit facts
 * changed, in the same transaction, so a listing and the score it moves commit together.
 */
export class CreditChanges {
  private readonly listeners: CreditChangeListener[] = [];

  listen(fn: CreditChangeListener): void {
    this.listeners.push(fn);
  }

  async emit(trx: Kysely<DB>, orgIds: readonly number[], cause: string): Promise<void> {
    if (orgIds.length === 0) return;
    for (const fn of this.listeners) await fn(trx, orgIds, cause);
  }
}
