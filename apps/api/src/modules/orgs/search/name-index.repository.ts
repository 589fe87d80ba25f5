import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { nameGrams } from './name-grams';

/** Keeps `org_name_grams` and the per-gram counts in step with the register, in the caller's transaction. */
export class NameIndexRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async index(entries: { orgId: number; regionCode: string; searchName: string }[]): Promise<void> {
    const rows = entries.flatMap((e) =>
      nameGrams(e.searchName).map((gram) => ({ gram, regionCode: e.regionCode, orgId: e.orgId })),
    );
    if (rows.length === 0) return;
    for (let i = 0; i < rows.length; i += 2000)
      await this.db
        .insertInto('orgNameGrams')
        .values(rows.slice(i, i + 2000))
        .execute();
    await this.bump(
      rows.map((r) => r.gram),
      +1,
    );
  }

  async unindex(orgId: number): Promise<void> {
    const grams = (await this.db.selectFrom('orgNameGrams').select('gram').where('orgId', '=', orgId).execute()).map(
      (r) => r.gram,
    );
    if (grams.length === 0) return;
    await this.db.deleteFrom('orgNameGrams').where('orgId', '=', orgId).execute();
    await this.bump(grams, -1);
  }

  async reindex(entry: { orgId: number; regionCode: string; searchName: string }): Promise<void> {
    await this.unindex(entry.orgId);
    await this.index([entry]);
  }

  private async bump(grams: string[], delta: 1 | -1): Promise<void> {
    const counts = new Map<string, number>();
    for (const g of grams) counts.set(g, (counts.get(g) ?? 0) + delta);
    const rows = [...counts].map(([gram, n]) => ({ gram, n }));
    for (let i = 0; i < rows.length; i += 2000) {
      await this.db
        .insertInto('orgNameGramStats')
        .values(rows.slice(i, i + 2000))
        .onConflict((oc) => oc.column('gram').doUpdateSet({ n: sql<number>`org_name_gram_stats.n + excluded.n` }))
        .execute();
    }
  }

  /** How many organizations carry each gram; a gram no name carries is absent. */
  async frequencies(grams: string[]): Promise<Map<string, number>> {
    if (grams.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('orgNameGramStats')
      .select(['gram', 'n'])
      .where('gram', 'in', grams)
      .execute();
    return new Map(rows.map((r) => [r.gram, Number(r.n)]));
  }
}
