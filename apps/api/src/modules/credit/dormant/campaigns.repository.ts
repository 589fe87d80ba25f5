import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import {
  authorityNameOf,
  type DormantDisposal,
  type DormantSignalCode,
  type TDormantCandidate,
  type TDormantParams,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { fromJson, toJson } from '../../../db/dialect';
import type { DetectedCandidate } from './dormant-detect';

export interface CampaignRecord {
  id: number;
  authorityRegionCode: string;
  authorityName: string;
  title: string;
  scope: { regionCode: string; types: string[] };
  regionName: string;
  params: TDormantParams;
  noData: DormantSignalCode[];
  startsOn: string;
  endsOn: string;
  status: 'open' | 'closed';
  closedOn: string | null;
  listedCount: number;
  disposedCount: number;
  createdByName: string | null;
  createdAt: string;
  version: number;
}

export type CandidateRecord = TDormantCandidate;

export class CampaignsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private select() {
    return this.db
      .selectFrom('dormantCampaigns as c')
      .innerJoin('regions as g', 'g.code', 'c.authorityRegionCode')
      .selectAll('c')
      .select('g.name as authorityRegionName');
  }

  private static map(r: Record<string, unknown>): CampaignRecord {
    const scope = fromJson<{ regionCode: string; types: string[]; regionName?: string }>(r.scope)!;
    return {
      id: Number(r.id),
      authorityRegionCode: String(r.authorityRegionCode),
      authorityName: authorityNameOf({ code: String(r.authorityRegionCode), name: String(r.authorityRegionName) }),
      title: String(r.title),
      scope: { regionCode: scope.regionCode, types: scope.types },
      regionName: scope.regionName ?? scope.regionCode,
      params: fromJson<TDormantParams>(r.params)!,
      noData: fromJson<DormantSignalCode[]>(r.noData) ?? [],
      startsOn: String(r.startsOn),
      endsOn: String(r.endsOn),
      status: r.status as 'open' | 'closed',
      closedOn: (r.closedOn as string | null) ?? null,
      listedCount: Number(r.listedCount),
      disposedCount: Number(r.disposedCount),
      createdByName: (r.createdByName as string | null) ?? null,
      createdAt: String(r.createdAt),
      version: Number(r.version),
    };
  }

  async findById(id: number): Promise<CampaignRecord | undefined> {
    const r = await this.select().where('c.id', '=', id).executeTakeFirst();
    return r ? CampaignsRepository.map(r) : undefined;
  }

  async list(where: RawBuilder<SqlBool>, limit: number): Promise<CampaignRecord[]> {
    const rows = await this.select().where(where).orderBy('c.id', 'desc').limit(limit).execute();
    return rows.map(CampaignsRepository.map);
  }

  async insert(v: {
    authorityRegionCode: string;
    title: string;
    scope: { regionCode: string; regionName: string; types: string[] };
    params: TDormantParams;
    noData: DormantSignalCode[];
    startsOn: string;
    endsOn: string;
    listedCount: number;
    createdBy: number | null;
    createdByName: string | null;
    at: string;
  }): Promise<number> {
    const r = await this.db
      .insertInto('dormantCampaigns')
      .values({
        authorityRegionCode: v.authorityRegionCode,
        title: v.title,
        scope: toJson(v.scope)!,
        params: toJson(v.params)!,
        noData: toJson(v.noData)!,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        status: 'open',
        listedCount: v.listedCount,
        disposedCount: 0,
        createdBy: v.createdBy,
        createdByName: v.createdByName,
        createdAt: v.at,
        updatedAt: v.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async insertCandidates(campaignId: number, list: DetectedCandidate[]): Promise<void> {
    for (let i = 0; i < list.length; i += 200) {
      const rows = list.slice(i, i + 200).map((c) => ({
        campaignId,
        orgId: c.orgId,
        orgName: c.orgName,
        uscc: c.uscc,
        orgType: c.orgType,
        regionCode: c.regionCode,
        signals: toJson(c.signals)!,
        signalCodes: `,${c.signals.map((s) => s.code).join(',')},`,
      }));
      await this.db.insertInto('dormantCandidates').values(rows).execute();
    }
  }

  /** Per disposal (null: not yet disposed), for the campaign's counts. */
  async countsByDisposal(campaignId: number): Promise<{ disposal: string | null; n: number }[]> {
    const rows = await this.db
      .selectFrom('dormantCandidates')
      .select(['disposal', sql<number>`count(*)`.as('n')])
      .where('campaignId', '=', campaignId)
      .groupBy('disposal')
      .execute();
    return rows.map((r) => ({ disposal: r.disposal, n: Number(r.n) }));
  }

  private candidates() {
    return this.db.selectFrom('dormantCandidates').selectAll();
  }

  private static mapCandidate(r: Record<string, unknown>): CandidateRecord {
    return {
      id: Number(r.id),
      campaignId: Number(r.campaignId),
      orgId: Number(r.orgId),
      orgName: String(r.orgName),
      uscc: (r.uscc as string | null) ?? null,
      orgType: String(r.orgType),
      regionCode: String(r.regionCode),
      signals: fromJson(r.signals) ?? [],
      disposal: (r.disposal as DormantDisposal | null) ?? null,
      disposalNote: (r.disposalNote as string | null) ?? null,
      evidence: fromJson<number[]>(r.evidence) ?? [],
      decisionRef: (r.decisionRef as string | null) ?? null,
      basis: (r.basis as string | null) ?? null,
      disposedOn: (r.disposedOn as string | null) ?? null,
      disposedByName: (r.disposedByName as string | null) ?? null,
      version: Number(r.version),
    };
  }

  async findCandidate(campaignId: number, id: number): Promise<CandidateRecord | undefined> {
    const r = await this.candidates().where('campaignId', '=', campaignId).where('id', '=', id).executeTakeFirst();
    return r ? CampaignsRepository.mapCandidate(r) : undefined;
  }

  /** One page of a campaign's candidates by id, on (campaign_id, disposal, id) when a disposal is asked for. */
  async candidatePage(
    campaignId: number,
    f: { disposal?: DormantDisposal | 'pending'; signal?: DormantSignalCode; afterId: number; limit: number },
  ): Promise<CandidateRecord[]> {
    let q = this.candidates().where('campaignId', '=', campaignId).where('id', '>', f.afterId);
    if (f.disposal === 'pending') q = q.where('disposal', 'is', null);
    else if (f.disposal) q = q.where('disposal', '=', f.disposal);
    if (f.signal) q = q.where('signalCodes', 'like', `%,${f.signal},%`);
    const rows = await q.orderBy('id').limit(f.limit).execute();
    return rows.map(CampaignsRepository.mapCandidate);
  }

  async revocations(campaignId: number): Promise<CandidateRecord[]> {
    const rows = await this.candidates()
      .where('campaignId', '=', campaignId)
      .where('disposal', '=', 'revoke')
      .orderBy('disposedOn')
      .orderBy('id')
      .limit(1000)
      .execute();
    return rows.map(CampaignsRepository.mapCandidate);
  }

  /** Optimistic update of one candidate's disposal: false when its version moved on. */
  async dispose(
    c: CandidateRecord,
    v: {
      disposal: DormantDisposal;
      note: string;
      evidence: number[];
      decisionRef: string | null;
      basis: string | null;
      on: string;
      by: number | null;
      byName: string | null;
    },
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('dormantCandidates')
      .set({
        disposal: v.disposal,
        disposalNote: v.note,
        evidence: toJson(v.evidence)!,
        decisionRef: v.decisionRef,
        basis: v.basis,
        disposedOn: v.on,
        disposedBy: v.by,
        disposedByName: v.byName,
        version: c.version + 1,
      })
      .where('id', '=', c.id)
      .where('version', '=', c.version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** A first disposal counts once; a changed one (整改 → 撤销) does not count again. */
  async countDisposed(campaignId: number, at: string): Promise<void> {
    await this.db
      .updateTable('dormantCampaigns')
      .set({ disposedCount: sql`disposed_count + 1`, updatedAt: at })
      .where('id', '=', campaignId)
      .execute();
  }

  async close(c: CampaignRecord, on: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('dormantCampaigns')
      .set({ status: 'closed', closedOn: on, updatedAt: at, version: c.version + 1 })
      .where('id', '=', c.id)
      .where('version', '=', c.version)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
