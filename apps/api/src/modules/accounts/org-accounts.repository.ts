import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** Queries behind organization accounts: which organizations have one, which logins are taken. */
export class OrgAccountsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async orgsWithAccounts(orgIds: number[]): Promise<Set<number>> {
    const out = new Set<number>();
    for (let i = 0; i < orgIds.length; i += 500) {
      const rows = await this.db
        .selectFrom('users')
        .select('orgId')
        .distinct()
        .where('orgId', 'in', orgIds.slice(i, i + 500))
        .execute();
      for (const r of rows) if (r.orgId !== null) out.add(r.orgId);
    }
    return out;
  }

  async usernamesTaken(names: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < names.length; i += 500) {
      const rows = await this.db
        .selectFrom('users')
        .select('username')
        .where('username', 'in', names.slice(i, i + 500))
        .execute();
      for (const r of rows) out.add(r.username);
    }
    return out;
  }
}
