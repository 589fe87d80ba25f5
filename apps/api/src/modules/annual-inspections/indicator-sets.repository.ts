import type { Kysely } from 'kysely';
import type { TIndicatorSet, TIndicatorSetDefinition } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { fromJson, toJson } from '../../db/dialect';

type Row = {
  id: number;
  year: number;
  version: number;
  note: string | null;
  createdAt: string;
  createdByName: string | null;
  definition: unknown;
};
const map = (r: Row): TIndicatorSet => ({
  ...r,
  id: Number(r.id),
  definition: fromJson<TIndicatorSetDefinition>(r.definition)!,
});

export class IndicatorSetsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private select() {
    return this.db
      .selectFrom('annualIndicatorSets')
      .select(['id', 'year', 'version', 'note', 'createdAt', 'createdByName', 'definition']);
  }

  async latest(year: number): Promise<TIndicatorSet | undefined> {
    const r = await this.select().where('year', '=', year).orderBy('version', 'desc').limit(1).executeTakeFirst();
    return r ? map(r) : undefined;
  }

  async findById(id: number): Promise<TIndicatorSet | undefined> {
    const r = await this.select().where('id', '=', id).executeTakeFirst();
    return r ? map(r) : undefined;
  }

  async versions(year: number) {
    return this.db
      .selectFrom('annualIndicatorSets')
      .select(['id', 'version', 'note', 'createdAt', 'createdByName'])
      .where('year', '=', year)
      .orderBy('version', 'desc')
      .execute();
  }

  async insert(v: {
    year: number;
    version: number;
    definition: TIndicatorSetDefinition;
    note: string | null;
    createdBy: number | null;
    createdByName: string | null;
    createdAt: string;
  }): Promise<number> {
    const r = await this.db
      .insertInto('annualIndicatorSets')
      .values({ ...v, definition: toJson(v.definition)! })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(r.id);
  }
}
