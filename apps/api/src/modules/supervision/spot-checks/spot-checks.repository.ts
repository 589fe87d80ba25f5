import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../../db/schema';
import type { SpotCheckInspectorsTable, SpotCheckPlansTable, SpotChecksTable } from '../../../db/schema-spot-checks';
import { fromJson, toBool } from '../../../db/dialect';
import { prefixRange } from '@shezu/contracts';

export type InspectorRow = Selectable<SpotCheckInspectorsTable>;
export type PlanRow = Omit<Selectable<SpotCheckPlansTable>, 'snapshot'>;
export type CheckRow = Selectable<SpotChecksTable>;

const PLAN_COLUMNS = [
  'id',
  'authorityRegionCode',
  'year',
  'title',
  'kind',
  'purpose',
  'shareBp',
  'weighted',
  'types',
  'categoryCodes',
  'items',
  'mode',
  'inspectorsPerCheck',
  'campaignId',
  'status',
  'seed',
  'snapshotHash',
  'population',
  'drawnCount',
  'drawnAt',
  'drawnByName',
  'createdBy',
  'createdByName',
  'createdAt',
] as const;

const num = (v: number | null) => (v === null ? null : Number(v));
export const json = <T>(v: unknown, fallback: T): T => fromJson<T>(v) ?? fallback;
export const bool = toBool;

/** The spot-checks part's own tables (inspectors, plans, checks, assignments). */
export class SpotChecksRepository {
  constructor(private readonly db: Kysely<DB>) {}

  inspectors(authorityRegionCode: string, activeOnly = false): Promise<InspectorRow[]> {
    let q = this.db
      .selectFrom('spotCheckInspectors')
      .selectAll()
      .where('authorityRegionCode', '=', authorityRegionCode);
    if (activeOnly) q = q.where('active', '=', true);
    return q.orderBy('id').execute();
  }

  inspector(id: number): Promise<InspectorRow | undefined> {
    return this.db.selectFrom('spotCheckInspectors').selectAll().where('id', '=', id).executeTakeFirst();
  }

  inspectorsByIds(ids: readonly number[]): Promise<InspectorRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('spotCheckInspectors')
      .selectAll()
      .where('id', 'in', [...ids])
      .execute();
  }

  inspectorIdsOfUser(userId: number): Promise<number[]> {
    return this.db
      .selectFrom('spotCheckInspectors')
      .select('id')
      .where('userId', '=', userId)
      .execute()
      .then((rows) => rows.map((r) => Number(r.id)));
  }

  async plan(id: number): Promise<PlanRow | undefined> {
    const r = await this.db.selectFrom('spotCheckPlans').select(PLAN_COLUMNS).where('id', '=', id).executeTakeFirst();
    return r && { ...r, id: Number(r.id), campaignId: num(r.campaignId) };
  }

  async snapshot(id: number): Promise<Buffer | null> {
    const r = await this.db.selectFrom('spotCheckPlans').select('snapshot').where('id', '=', id).executeTakeFirst();
    return r?.snapshot ? Buffer.from(r.snapshot) : null;
  }

  /** Plans of bureaus within `regionPrefix` ('' for all), newest first, keyset on id. */
  async plans(regionPrefix: string, f: { year?: number | undefined; beforeId?: number; limit: number }) {
    let q = this.db.selectFrom('spotCheckPlans').select(PLAN_COLUMNS);
    if (regionPrefix !== '') {
      const { from, to } = prefixRange(regionPrefix);
      q = q.where('authorityRegionCode', '>=', from).where('authorityRegionCode', '<', to);
    }
    if (f.year !== undefined) q = q.where('year', '=', f.year);
    if (f.beforeId !== undefined) q = q.where('id', '<', f.beforeId);
    const rows = await q.orderBy('id', 'desc').limit(f.limit).execute();
    return rows.map((r) => ({ ...r, id: Number(r.id), campaignId: num(r.campaignId) }));
  }

  async checkCounts(planIds: readonly number[]) {
    const out = new Map<number, { total: number; concluded: number; withProblems: number }>();
    if (planIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('spotChecks')
      .select((eb) => [
        'planId',
        eb.fn.countAll<number>().as('total'),
        sql<number>`sum(case when status = 'concluded' then 1 else 0 end)`.as('concluded'),
        sql<number>`sum(case when problems_found = ${sql.lit(true)} then 1 else 0 end)`.as('withProblems'),
      ])
      .where('planId', 'in', [...planIds])
      .groupBy('planId')
      .execute();
    for (const r of rows)
      out.set(Number(r.planId), {
        total: Number(r.total),
        concluded: Number(r.concluded ?? 0),
        withProblems: Number(r.withProblems ?? 0),
      });
    return out;
  }

  check(id: number): Promise<CheckRow | undefined> {
    return this.db.selectFrom('spotChecks').selectAll().where('id', '=', id).executeTakeFirst();
  }

  checks(f: { planId?: number; inspectorIds?: readonly number[]; afterId?: number; limit: number }) {
    let q = this.db.selectFrom('spotChecks').selectAll();
    if (f.planId !== undefined) q = q.where('planId', '=', f.planId);
    if (f.inspectorIds)
      q = q.where(
        'id',
        'in',
        this.db
          .selectFrom('spotCheckAssignments')
          .select('checkId')
          .where('inspectorId', 'in', f.inspectorIds.length ? [...f.inspectorIds] : [0]),
      );
    if (f.afterId !== undefined) q = q.where('id', '>', f.afterId);
    return q.orderBy('id').limit(f.limit).execute();
  }

  /** The drawn list of a plan in draw order (USCCs), for verify. */
  async drawnUsccs(planId: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('spotChecks')
      .select('uscc')
      .where('planId', '=', planId)
      .orderBy('rank')
      .execute();
    return rows.map((r) => r.uscc);
  }

  async publicResults(f: { year?: number | undefined; beforeId?: number; limit: number }) {
    let q = this.db
      .selectFrom('spotChecks as c')
      .innerJoin('spotCheckPlans as p', 'p.id', 'c.planId')
      .select(['c.id', 'c.year', 'p.title', 'c.orgName', 'c.uscc', 'c.concludedOn', 'c.problemsFound', 'c.results'])
      .where('c.status', '=', 'concluded');
    if (f.year !== undefined) q = q.where('c.year', '=', f.year);
    if (f.beforeId !== undefined) q = q.where('c.id', '<', f.beforeId);
    return q.orderBy('c.id', 'desc').limit(f.limit).execute();
  }

  /** Checks of a campaign's plans, for its figures. */
  campaignChecks(campaignId: number) {
    return this.db
      .selectFrom('spotChecks as c')
      .innerJoin('spotCheckPlans as p', 'p.id', 'c.planId')
      .select(['c.id', 'c.orgId', 'c.status', 'c.problemsFound', 'p.purpose'])
      .where('p.campaignId', '=', campaignId)
      .execute();
  }
}
