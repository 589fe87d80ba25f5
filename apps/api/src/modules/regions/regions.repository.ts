import type { Kysely } from 'kysely';
import { prefixRange, type RegionLevel, type TRegion } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { escapeLike, toBool } from '../../db/dialect';

const COLUMNS = [
  'code',
  'gbCode',
  'name',
  'fullName',
  'level',
  'parentCode',
  'placeholder',
  'population',
  'childCount',
  'version',
] as const;

type Row = {
  code: string;
  gbCode: string | null;
  name: string;
  fullName: string;
  level: string;
  parentCode: string | null;
  placeholder: boolean | number;
  population: number | null;
  childCount: number;
  version: number;
};

export type RegionRecord = TRegion & { version: number };

function map(r: Row): RegionRecord {
  return {
    code: r.code,
    gbCode: r.gbCode,
    name: r.name,
    fullName: r.fullName,
    level: r.level as RegionLevel,
    parentCode: r.parentCode,
    placeholder: toBool(r.placeholder),
    population: r.population === null ? null : Number(r.population),
    hasChildren: r.childCount > 0,
    version: r.version,
  };
}

export class RegionsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async find(code: string): Promise<RegionRecord | undefined> {
    const r = await this.db.selectFrom('regions').select(COLUMNS).where('code', '=', code).executeTakeFirst();
    return r && map(r);
  }

  async findByGbCode(gb: string): Promise<RegionRecord | undefined> {
    const r = await this.db.selectFrom('regions').select(COLUMNS).where('gbCode', '=', gb).executeTakeFirst();
    return r && map(r);
  }

  async children(code: string): Promise<RegionRecord[]> {
    const rows = await this.db
      .selectFrom('regions')
      .select(COLUMNS)
      .where('parentCode', '=', code)
      .orderBy('code')
      .execute();
    return rows.map(map);
  }

  /** Name search, optionally inside a subtree; short names first so 云阳县 beats 云阳县某某镇. */
  async search(q: string, within: string | null, limit: number): Promise<RegionRecord[]> {
    let query = this.db
      .selectFrom('regions')
      .select(COLUMNS)
      .where('name', 'like', `%${escapeLike(q)}%`);
    if (within) {
      const { from, to } = prefixRange(within);
      query = query.where('code', '>=', from).where('code', '<', to);
    }
    const rows = await query
      .orderBy((eb) => eb.fn('length', ['code']))
      .orderBy('code')
      .limit(limit)
      .execute();
    return rows.map(map);
  }

  /** The chain from the root down to `code`, for breadcrumbs and pickers. */
  async ancestors(code: string): Promise<RegionRecord[]> {
    const codes: string[] = [];
    for (const len of [2, 4, 6, 9]) if (code.length > len) codes.push(code.slice(0, len));
    if (codes.length === 0) return [];
    const rows = await this.db
      .selectFrom('regions')
      .select(COLUMNS)
      .where('code', 'in', codes)
      .orderBy('code')
      .execute();
    return rows.map(map);
  }

  async setPopulation(code: string, version: number, population: number | null, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('regions')
      .set({ population, version: version + 1, updatedAt: at })
      .where('code', '=', code)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
