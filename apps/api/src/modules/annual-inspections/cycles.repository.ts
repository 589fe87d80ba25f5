import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { authorityNameOf, type TCycle } from '@shezu/contracts';
import type { DB } from '../../db/schema';

export type CycleRecord = Omit<TCycle, 'authorityName' | 'indicatorSetVersion'> & {
  authorityName: string;
  indicatorSetVersion: number;
  sweptOn: string | null;
};

export class CyclesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private select() {
    return this.db
      .selectFrom('annualInspectionCycles as c')
      .innerJoin('regions as g', 'g.code', 'c.authorityRegionCode')
      .innerJoin('annualIndicatorSets as s', 's.id', 'c.indicatorSetId')
      .select([
        'c.id',
        'c.authorityRegionCode',
        'c.year',
        'c.indicatorSetId',
        'c.status',
        'c.supervisorDue',
        'c.authorityDue',
        'c.foundationDue',
        'c.openedAt',
        'c.openedByName',
        'c.reportCount',
        'c.skippedCount',
        'c.sweptOn',
        'g.name as authorityRegionName',
        's.version as indicatorSetVersion',
      ]);
  }

  private static map(r: Record<string, unknown>): CycleRecord {
    const { authorityRegionName, ...rest } = r as CycleRecord & { authorityRegionName: string };
    return {
      ...rest,
      id: Number(r.id),
      status: r.status as 'open' | 'closed',
      authorityName: authorityNameOf({ code: rest.authorityRegionCode, name: authorityRegionName }),
    };
  }

  async findById(id: number): Promise<CycleRecord | undefined> {
    const r = await this.select().where('c.id', '=', id).executeTakeFirst();
    return r ? CyclesRepository.map(r) : undefined;
  }

  async find(authorityRegionCode: string, year: number): Promise<CycleRecord | undefined> {
    const r = await this.select()
      .where('c.authorityRegionCode', '=', authorityRegionCode)
      .where('c.year', '=', year)
      .executeTakeFirst();
    return r ? CyclesRepository.map(r) : undefined;
  }

  async list(where: RawBuilder<SqlBool>, limit: number): Promise<CycleRecord[]> {
    const rows = await this.select()
      .where(where)
      .orderBy('c.year', 'desc')
      .orderBy('c.authorityRegionCode')
      .limit(limit)
      .execute();
    return rows.map(CyclesRepository.map);
  }

  async open(): Promise<CycleRecord[]> {
    const rows = await this.select().where('c.status', '=', 'open').execute();
    return rows.map(CyclesRepository.map);
  }

  async insert(v: {
    authorityRegionCode: string;
    year: number;
    indicatorSetId: number;
    supervisorDue: string;
    authorityDue: string;
    foundationDue: string;
    reportCount: number;
    skippedCount: number;
    openedBy: number | null;
    openedByName: string | null;
    openedAt: string;
  }): Promise<number> {
    const r = await this.db
      .insertInto('annualInspectionCycles')
      .values({ ...v, status: 'open' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async setSwept(id: number, on: string): Promise<void> {
    await this.db.updateTable('annualInspectionCycles').set({ sweptOn: on }).where('id', '=', id).execute();
  }

  /** Counts per status, step, conclusion and flags: one pass over the cycle's index entries. */
  async counts(cycleId: number) {
    return this.db
      .selectFrom('annualReports')
      .select(['status', 'step', 'conclusion', 'overdue', 'late', sql<number>`count(*)`.as('n')])
      .where('cycleId', '=', cycleId)
      .groupBy(['status', 'step', 'conclusion', 'overdue', 'late'])
      .execute();
  }

  async bySupervisor(cycleId: number) {
    return this.db
      .selectFrom('annualReports as r')
      .leftJoin('units as u', 'u.id', 'r.supervisorUnitId')
      .select([
        'r.supervisorUnitId',
        'u.name as unitName',
        sql<number>`count(*)`.as('due'),
        sql<number>`sum(case when r.submitted_at is not null then 1 else 0 end)`.as('submitted'),
        sql<number>`sum(case when r.status = 'concluded' then 1 else 0 end)`.as('concluded'),
        sql<number>`sum(case when r.overdue then 1 else 0 end)`.as('overdue'),
      ])
      .where('r.cycleId', '=', cycleId)
      .groupBy(['r.supervisorUnitId', 'u.name'])
      .orderBy(sql`count(*)`, 'desc')
      .limit(200)
      .execute();
  }
}
