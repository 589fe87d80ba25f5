import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import {
  authorityNameOf,
  type RectificationState,
  type TCampaignForm,
  type TCampaignOrg,
  type TSelfInspectionAnswer,
} from '@shezu/contracts';
import type { DB } from '../../../../db/schema';
import { fromJson, inIds, toJson } from '../../../../db/dialect';

export interface CampaignScope {
  regionCode: string;
  regionName: string;
  types: string[];
  categoryCodes: string[];
}

export interface CampaignRecord {
  id: number;
  authorityRegionCode: string;
  authorityName: string;
  title: string;
  basis: string;
  startsOn: string;
  endsOn: string;
  scope: CampaignScope;
  form: TCampaignForm;
  status: 'open' | 'closed';
  inScopeCount: number;
  createdByName: string | null;
  createdAt: string;
}

export interface CampaignOrgRecord extends Omit<TCampaignOrg, 'evidenceFiles'> {
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  answers: TSelfInspectionAnswer[] | null;
}

export interface SnapshotOrg {
  orgId: number;
  orgName: string;
  uscc: string | null;
  orgType: string;
  categoryCode: string;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
}

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The special_campaigns and campaign_orgs tables. */
export class SpecialCampaignsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private select() {
    return this.db
      .selectFrom('specialCampaigns as c')
      .innerJoin('regions as g', 'g.code', 'c.authorityRegionCode')
      .selectAll('c')
      .select('g.name as authorityRegionName');
  }

  private static map(r: Record<string, unknown>): CampaignRecord {
    return {
      id: Number(r.id),
      authorityRegionCode: String(r.authorityRegionCode),
      authorityName: authorityNameOf({ code: String(r.authorityRegionCode), name: String(r.authorityRegionName) }),
      title: String(r.title),
      basis: String(r.basis),
      startsOn: String(r.startsOn),
      endsOn: String(r.endsOn),
      scope: fromJson<CampaignScope>(r.scope)!,
      form: fromJson<TCampaignForm>(r.form)!,
      status: r.status as 'open' | 'closed',
      inScopeCount: Number(r.inScopeCount),
      createdByName: str(r.createdByName),
      createdAt: String(r.createdAt),
    };
  }

  async findById(id: number): Promise<CampaignRecord | undefined> {
    const r = await this.select().where('c.id', '=', id).executeTakeFirst();
    return r ? SpecialCampaignsRepository.map(r) : undefined;
  }

  async list(where: RawBuilder<SqlBool>, limit: number): Promise<CampaignRecord[]> {
    const rows = await this.select().where(where).orderBy('c.id', 'desc').limit(limit).execute();
    return rows.map(SpecialCampaignsRepository.map);
  }

  async insert(v: {
    authorityRegionCode: string;
    title: string;
    basis: string;
    startsOn: string;
    endsOn: string;
    scope: CampaignScope;
    form: TCampaignForm;
    inScopeCount: number;
    createdBy: number | null;
    createdByName: string | null;
    at: string;
  }): Promise<number> {
    const r = await this.db
      .insertInto('specialCampaigns')
      .values({
        authorityRegionCode: v.authorityRegionCode,
        title: v.title,
        basis: v.basis,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        scope: toJson(v.scope)!,
        form: toJson(v.form)!,
        status: 'open',
        inScopeCount: v.inScopeCount,
        createdBy: v.createdBy,
        createdByName: v.createdByName,
        createdAt: v.at,
        updatedAt: v.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(r.id);
  }

  /** The snapshot; answers the ids of the rows in the order given. */
  async insertOrgs(campaignId: number, list: SnapshotOrg[]): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < list.length; i += 200) {
      const rows = list
        .slice(i, i + 200)
        .map((o) => ({ campaignId, ...o, status: 'pending', rectification: 'none', problemFound: false }));
      const out = await this.db.insertInto('campaignOrgs').values(rows).returning('id').execute();
      ids.push(...out.map((r) => Number(r.id)));
    }
    return ids;
  }

  private static mapOrg(r: Record<string, unknown>): CampaignOrgRecord {
    return {
      id: Number(r.id),
      campaignId: Number(r.campaignId),
      orgId: Number(r.orgId),
      orgName: String(r.orgName),
      uscc: str(r.uscc),
      orgType: String(r.orgType),
      categoryCode: String(r.categoryCode),
      regionCode: String(r.regionCode),
      authorityRegionCode: String(r.authorityRegionCode),
      supervisorUnitId: r.supervisorUnitId === null ? null : Number(r.supervisorUnitId),
      status: r.status as 'pending' | 'submitted',
      answers: fromJson<TSelfInspectionAnswer[]>(r.answers),
      problemFound: !!r.problemFound,
      submittedAt: str(r.submittedAt),
      rectification: r.rectification as RectificationState,
      rectificationEvidence: str(r.rectificationEvidence),
      rectifiedAt: str(r.rectifiedAt),
      confirmedAt: str(r.confirmedAt),
      version: Number(r.version),
    };
  }

  async findOrg(id: number): Promise<CampaignOrgRecord | undefined> {
    const r = await this.db.selectFrom('campaignOrgs').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? SpecialCampaignsRepository.mapOrg(r) : undefined;
  }

  async orgPage(
    campaignId: number,
    f: { status?: string; problem?: boolean; afterId: number; limit: number },
  ): Promise<CampaignOrgRecord[]> {
    let q = this.db
      .selectFrom('campaignOrgs')
      .selectAll()
      .where('campaignId', '=', campaignId)
      .where('id', '>', f.afterId);
    if (f.status) q = q.where('status', '=', f.status);
    if (f.problem) q = q.where('problemFound', '=', true);
    const rows = await q.orderBy('id').limit(f.limit).execute();
    return rows.map(SpecialCampaignsRepository.mapOrg);
  }

  async orgsByOrgIds(campaignId: number, orgIds: number[]): Promise<CampaignOrgRecord[]> {
    if (orgIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('campaignOrgs')
      .selectAll()
      .where('campaignId', '=', campaignId)
      .where(inIds(this.db, 'orgId', orgIds))
      .execute();
    return rows.map(SpecialCampaignsRepository.mapOrg);
  }

  /** An organization's self-inspections (newest campaign first). */
  async ofOrgs(where: RawBuilder<SqlBool>, limit: number): Promise<CampaignOrgRecord[]> {
    const rows = await this.db
      .selectFrom('campaignOrgs as o')
      .selectAll('o')
      .where(where)
      .orderBy('o.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(SpecialCampaignsRepository.mapOrg);
  }

  /** Counts for the figures: submitted, and the org ids with a problem and with a confirmed rectification. */
  async selfCounts(campaignId: number) {
    const [submitted] = await this.db
      .selectFrom('campaignOrgs')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('campaignId', '=', campaignId)
      .where('status', '=', 'submitted')
      .execute();
    const problems = await this.db
      .selectFrom('campaignOrgs')
      .select(['orgId', 'rectification'])
      .where('campaignId', '=', campaignId)
      .where('problemFound', '=', true)
      .execute();
    return {
      selfInspected: Number(submitted?.n ?? 0),
      selfProblemOrgs: problems.map((p) => Number(p.orgId)),
      selfRectifiedOrgs: problems.filter((p) => p.rectification === 'confirmed').map((p) => Number(p.orgId)),
    };
  }

  /** Open → closed; false when it was closed already. */
  async close(id: number, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('specialCampaigns')
      .set((eb) => ({ status: 'closed', version: eb('version', '+', 1), updatedAt: at }))
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Rows whose self-inspection was never submitted. */
  async pendingRowIds(campaignId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('campaignOrgs')
      .select('id')
      .where('campaignId', '=', campaignId)
      .where('status', '=', 'pending')
      .execute();
    return rows.map((r) => Number(r.id));
  }

  /** Optimistic update of one row: false when the version moved on. */
  async updateOrg(
    id: number,
    version: number,
    set: Partial<{
      status: string;
      answers: string | null;
      problemFound: boolean;
      submittedAt: string;
      submittedByName: string | null;
      rectification: RectificationState;
      rectificationEvidence: string | null;
      rectifiedAt: string | null;
      confirmedAt: string | null;
      confirmedByName: string | null;
    }>,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('campaignOrgs')
      .set({ ...set, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
