import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { toBool } from '../../db/dialect';

export interface CategoryRow {
  regionCode: string;
  code: string;
  name: string;
  directRegistration: boolean;
  active: boolean;
  sort: number;
  version: number;
}

export class CategoriesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Rows defined in any of the given regions (a region's chain from the national level down). */
  async inRegions(codes: string[]): Promise<CategoryRow[]> {
    const rows = await this.db
      .selectFrom('orgCategories')
      .select(['regionCode', 'code', 'name', 'directRegistration', 'active', 'sort', 'version'])
      .where('regionCode', 'in', codes)
      .execute();
    return rows.map((r) => ({ ...r, directRegistration: toBool(r.directRegistration), active: toBool(r.active) }));
  }

  async find(regionCode: string, code: string): Promise<CategoryRow | undefined> {
    return (await this.inRegions([regionCode])).find((r) => r.code === code);
  }

  async insert(row: Omit<CategoryRow, 'version'>, at: string): Promise<void> {
    await this.db
      .insertInto('orgCategories')
      .values({ ...row, version: 1, updatedAt: at })
      .execute();
  }

  async update(
    regionCode: string,
    code: string,
    version: number,
    patch: Omit<CategoryRow, 'regionCode' | 'code' | 'version'>,
    at: string,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('orgCategories')
      .set({ ...patch, version: version + 1, updatedAt: at })
      .where('regionCode', '=', regionCode)
      .where('code', '=', code)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
