import { sql, type Kysely } from 'kysely';
import {
  ZScoreSchemeDefinition,
  type ScoreLevel,
  type ScoreRecord,
  type TScoreSchemeDefinition,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { fromJson } from '../../../db/dialect';

/** The subtypes of credit records the score and the eligibility answer read. */
export const SCORE_SUBTYPES = [
  'annual_concluded',
  'annual_overdue',
  'penalty',
  'spot_check',
  'complaint',
  'activity',
] as const;

/** Which organizations a set query covers: given ids, or an id range (from, to] of the nightly walk. */
export type OrgSet = { ids: readonly number[] } | { from: number; to: number };

export interface SchemeRow {
  id: number;
  version: number;
  definition: TScoreSchemeDefinition;
  note: string | null;
  createdByName: string | null;
  createdAt: string;
}

export interface ScoreRow {
  orgId: number;
  regionCode: string;
  authorityRegionCode: string;
  orgType: string;
  supervisorUnitId: number | null;
  score: number;
  level: ScoreLevel;
  breakdown: string;
  digest: string;
  schemeId: number;
  computedOn: string;
  computedAt: string;
}

export interface HistoryRow {
  orgId: number;
  score: number;
  level: ScoreLevel;
  computedOn: string;
  cause: string;
  computedAt: string;
}

const WRITE_BATCH = 500;

/** The credit module's own score tables, and its records and listings as the score reads them. */
export class ScoresRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private orgCondition(col: string, set: OrgSet) {
    if ('ids' in set) return sql<boolean>`${sql.ref(col)} in (${sql.join(set.ids.length ? set.ids : [-1])})`;
    return sql<boolean>`${sql.ref(col)} > ${set.from} and ${sql.ref(col)} <= ${set.to}`;
  }

  async currentScheme(): Promise<SchemeRow> {
    const r = await this.db
      .selectFrom('creditScoreSchemes')
      .selectAll()
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    return this.presentScheme(r);
  }

  async schemeById(id: number): Promise<SchemeRow | undefined> {
    const r = await this.db.selectFrom('creditScoreSchemes').selectAll().where('id', '=', id).executeTakeFirst();
    return r && this.presentScheme(r);
  }

  private presentScheme(r: {
    id: number;
    version: number;
    definition: unknown;
    note: string | null;
    createdByName: string | null;
    createdAt: string;
  }): SchemeRow {
    return {
      id: r.id,
      version: r.version,
      definition: ZScoreSchemeDefinition.parse(fromJson(r.definition)),
      note: r.note,
      createdByName: r.createdByName,
      createdAt: r.createdAt,
    };
  }

  async insertScheme(v: {
    version: number;
    definition: TScoreSchemeDefinition;
    note: string | null;
    createdBy: number;
    createdByName: string;
    createdAt: string;
  }): Promise<number> {
    const r = await this.db
      .insertInto('creditScoreSchemes')
      .values({ ...v, definition: JSON.stringify(v.definition) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  /**
   * Records of the scored subtypes since `since` (exclusive), in one set query. The subtype is compared as
   * `subtype || ''` so that no engine reads it through the (subtype, occurred_on) index: SQLite chose that
   * index and read every recent annual conclusion of the country for each chunk of 2,000 (17 s of a 20 s run
   * at 100,000 organizations); the organization range is always the narrow side.
   */
  async records(set: OrgSet, since: string): Promise<Map<number, ScoreRecord[]>> {
    const rows = await this.db
      .selectFrom('creditRecords')
      .select(['orgId', 'subtype', 'occurredOn', 'data'])
      .where(this.orgCondition('org_id', set))
      .where(sql<string>`${sql.ref('subtype')} || ''`, 'in', SCORE_SUBTYPES)
      .where('occurredOn', '>', since)
      // One order whichever plan reads them: the facts listed in a breakdown (and so its digest) follow it.
      .orderBy('orgId')
      .orderBy('occurredOn')
      .orderBy('id')
      .execute();
    const out = new Map<number, ScoreRecord[]>();
    for (const r of rows) {
      const list = out.get(r.orgId) ?? [];
      list.push({
        subtype: r.subtype,
        occurredOn: r.occurredOn,
        data: fromJson<Record<string, unknown>>(r.data) ?? {},
      });
      out.set(r.orgId, list);
    }
    return out;
  }

  /** Active listings of the set, read by organization. */
  async activeListings(set: OrgSet): Promise<Map<number, { list: string; listedOn: string }[]>> {
    const rows = await this.db
      .selectFrom('creditListings')
      .select(['orgId', 'list', 'listedOn'])
      .where(this.orgCondition('org_id', set))
      // Not through an index on status (the same trap as the records above): 300,000 active listings at 1M.
      .where(sql<string>`${sql.ref('status')} || ''`, '=', 'active')
      .orderBy('id')
      .execute();
    const out = new Map<number, { list: string; listedOn: string }[]>();
    for (const r of rows) out.set(r.orgId, [...(out.get(r.orgId) ?? []), { list: r.list, listedOn: r.listedOn }]);
    return out;
  }

  /** What the nightly job compares against: score, level and digest of the current rows. */
  async current(set: OrgSet): Promise<Map<number, { score: number; level: string; digest: string }>> {
    const rows = await this.db
      .selectFrom('creditScores')
      .select(['orgId', 'score', 'level', 'digest'])
      .where(this.orgCondition('org_id', set))
      .execute();
    return new Map(rows.map((r) => [r.orgId, r]));
  }

  /** Does any organization have records of this subtype (has the module that writes them arrived)? */
  async anyRecordOf(subtype: string): Promise<boolean> {
    const r = await this.db
      .selectFrom('creditRecords')
      .select('id')
      .where('subtype', '=', subtype)
      .limit(1)
      .executeTakeFirst();
    return r !== undefined;
  }

  async upsert(rows: ScoreRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += WRITE_BATCH) {
      await this.db
        .insertInto('creditScores')
        .values(rows.slice(i, i + WRITE_BATCH))
        .onConflict((oc) =>
          oc.column('orgId').doUpdateSet((eb) => ({
            regionCode: eb.ref('excluded.regionCode'),
            authorityRegionCode: eb.ref('excluded.authorityRegionCode'),
            orgType: eb.ref('excluded.orgType'),
            supervisorUnitId: eb.ref('excluded.supervisorUnitId'),
            score: eb.ref('excluded.score'),
            level: eb.ref('excluded.level'),
            breakdown: eb.ref('excluded.breakdown'),
            digest: eb.ref('excluded.digest'),
            schemeId: eb.ref('excluded.schemeId'),
            computedOn: eb.ref('excluded.computedOn'),
            computedAt: eb.ref('excluded.computedAt'),
          })),
        )
        .execute();
    }
  }

  async insertHistory(rows: HistoryRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += WRITE_BATCH)
      await this.db
        .insertInto('creditScoreHistory')
        .values(rows.slice(i, i + WRITE_BATCH))
        .execute();
  }

  async deleteScores(orgIds: readonly number[]): Promise<void> {
    if (orgIds.length > 0) await this.db.deleteFrom('creditScores').where('orgId', 'in', orgIds).execute();
  }

  async scoreOf(orgId: number) {
    return this.db.selectFrom('creditScores').selectAll().where('orgId', '=', orgId).executeTakeFirst();
  }

  async levels(orgIds: readonly number[]): Promise<Map<number, ScoreLevel>> {
    if (orgIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('creditScores')
      .select(['orgId', 'level'])
      .where('orgId', 'in', orgIds)
      .execute();
    return new Map(rows.map((r) => [r.orgId, r.level as ScoreLevel]));
  }

  async history(orgId: number, limit = 50): Promise<HistoryRow[]> {
    const rows = await this.db
      .selectFrom('creditScoreHistory')
      .select(['orgId', 'score', 'level', 'computedOn', 'cause', 'computedAt'])
      .where('orgId', '=', orgId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, level: r.level as ScoreLevel }));
  }
}
