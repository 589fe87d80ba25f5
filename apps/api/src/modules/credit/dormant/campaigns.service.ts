import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZDormantCampaignCreate, ZDormantCandidateQuery, ZDormantPreviewQuery } from '@shezu/contracts';
import {
  DEFAULT_DORMANT_PARAMS,
  DORMANT_ORG_TYPES,
  ZDormantParams,
  completionRate,
  isWithinRegion,
  type TDormantCampaign,
  type TDormantCampaignDetail,
  type TDormantCandidate,
  type TDormantParams,
  type TDormantPreview,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { chinaDate, type Clock } from '../../../platform/clock';
import type { AuditService } from '../../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { authorize, readScopeOf } from '../../../platform/auth/authorize';
import { assertAuthorized, readScopeCondition } from '../../../platform/auth/guard';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import { AppError, fieldError, notFound } from '../../../platform/errors';
import type { OrgsQuery } from '../../orgs/orgs.query';
import type { RegionsService } from '../../regions/regions.service';
import { CampaignsRepository, type CampaignRecord } from './campaigns.repository';
import { detectDormant } from './dormant-detect';

const PREVIEW_ITEMS = 200;

/** A campaign's scope is the bureau's own registrations (本级): only that bureau may dispose of them. */
export function campaignResource(c: { authorityRegionCode: string }) {
  return { regionCode: c.authorityRegionCode, authorityRegionCode: c.authorityRegionCode };
}

/** Clean-up campaigns (清理整治): the candidate preview, the snapshot, the lists and counts. */
export class DormantCampaignsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly orgs: OrgsQuery,
    private readonly regions: RegionsService,
  ) {}

  /** The bureau of a region user and the domicile subtree asked for (within the bureau's region). */
  private scopeOf(user: AuthUser, region: string | undefined, field = 'region') {
    const authority = user.regionCode;
    // Only bureau staff have a bureau: a supervising unit or an organization reads no one's candidates.
    const kind = readScopeOf(user, 'credit.read').kind;
    if (!authority || (kind !== 'region' && kind !== 'all')) throw new AppError('FORBIDDEN');
    const regionCode = region ?? authority;
    if (!isWithinRegion(regionCode, authority)) throw fieldError(field, '只能选择本机关辖区内的地区');
    return { authority, regionCode };
  }

  async preview(user: AuthUser, q: z.infer<typeof ZDormantPreviewQuery>): Promise<TDormantPreview> {
    assertAuthorized(user, 'credit.read');
    const { authority, regionCode } = this.scopeOf(user, q.region);
    const { region: _r, types, ...rest } = q;
    void _r;
    const params = ZDormantParams.parse(Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
    const t = types && types.length > 0 ? types : [...DORMANT_ORG_TYPES];
    const d = await detectDormant(
      this.db,
      this.orgs,
      { authorityRegionCode: authority, regionCode, types: t },
      params,
      chinaDate(this.clock.now()),
    );
    return {
      evaluated: d.evaluated,
      total: d.candidates.length,
      items: d.candidates.slice(0, PREVIEW_ITEMS),
      noData: d.noData,
      params,
      regionCode,
      types: t,
    };
  }

  /** Snapshots the candidates as the rules find them today, with the campaign, in one transaction. */
  async create(
    user: AuthUser,
    actor: Actor,
    input: z.infer<typeof ZDormantCampaignCreate>,
  ): Promise<TDormantCampaignDetail> {
    const { authority, regionCode } = this.scopeOf(user, input.scope.regionCode, 'scope.regionCode');
    assertAuthorized(user, 'dormant.manage', campaignResource({ authorityRegionCode: authority }));
    const params: TDormantParams = input.params ?? DEFAULT_DORMANT_PARAMS;
    const types = [...new Set(input.scope.types)];
    const region = await this.regions.find(regionCode);
    if (!region) throw fieldError('scope.regionCode', '行政区划不存在');
    const today = chinaDate(this.clock.now());
    const d = await detectDormant(
      this.db,
      this.orgs,
      { authorityRegionCode: authority, regionCode, types },
      params,
      today,
    );
    const at = this.clock.now().toISOString();
    const id = await this.db.transaction().execute(async (trx) => {
      const repo = new CampaignsRepository(trx);
      const campaignId = await repo.insert({
        authorityRegionCode: authority,
        title: input.title,
        scope: { regionCode, regionName: region.fullName, types },
        params,
        noData: d.noData,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        listedCount: d.candidates.length,
        createdBy: user.id,
        createdByName: user.displayName,
        at,
      });
      await repo.insertCandidates(campaignId, d.candidates);
      await this.audit.record(trx, actor, {
        action: 'dormant_campaign_created',
        entity: 'dormant_campaign',
        entityId: campaignId,
        regionCode: authority,
        summary: `清理整治“${input.title}”：检查${d.evaluated}家，列入${d.candidates.length}家`,
        after: {
          scope: { regionCode, types },
          params,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          noData: d.noData,
        },
      });
      return campaignId;
    });
    return this.get(user, id);
  }

  async list(user: AuthUser): Promise<TDormantCampaign[]> {
    const where = readScopeCondition(user, 'credit.read', { region: 'c.authorityRegionCode' });
    const rows = await new CampaignsRepository(this.db).list(where, 200);
    return Promise.all(rows.map((c) => this.present(c)));
  }

  /** 404 outside the bureau's read scope (another county's campaign). */
  async record(user: AuthUser, id: number): Promise<CampaignRecord> {
    const c = await new CampaignsRepository(this.db).findById(id);
    if (!c) throw notFound();
    assertAuthorized(user, 'credit.read', campaignResource(c));
    return c;
  }

  async get(user: AuthUser, id: number): Promise<TDormantCampaignDetail> {
    const c = await this.record(user, id);
    const revoked = await new CampaignsRepository(this.db).revocations(id);
    return {
      ...(await this.present(c)),
      revocations: revoked.map((r) => ({
        candidateId: r.id,
        orgId: r.orgId,
        orgName: r.orgName,
        uscc: r.uscc,
        disposedOn: r.disposedOn!,
        decisionRef: r.decisionRef,
      })),
      canManage: c.status === 'open' && authorize(user, 'dormant.manage', campaignResource(c)).allowed,
    };
  }

  private async present(c: CampaignRecord): Promise<TDormantCampaign> {
    const byDisposal = { deregister: 0, revoke: 0, rectify: 0, reactivate: 0 };
    let listed = 0;
    for (const g of await new CampaignsRepository(this.db).countsByDisposal(c.id)) {
      listed += g.n;
      if (g.disposal && g.disposal in byDisposal) byDisposal[g.disposal as keyof typeof byDisposal] += g.n;
    }
    const disposed = Object.values(byDisposal).reduce((a, b) => a + b, 0);
    return {
      id: c.id,
      authorityRegionCode: c.authorityRegionCode,
      authorityName: c.authorityName,
      title: c.title,
      scope: { regionCode: c.scope.regionCode, regionName: c.regionName, types: c.scope.types },
      params: c.params,
      noData: c.noData,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      status: c.status,
      counts: { listed, disposed, byDisposal, completionRate: completionRate(disposed, listed) },
      createdByName: c.createdByName,
      createdAt: c.createdAt,
      closedOn: c.closedOn,
      version: c.version,
    };
  }

  async candidates(
    user: AuthUser,
    id: number,
    q: z.infer<typeof ZDormantCandidateQuery>,
  ): Promise<{ items: TDormantCandidate[]; nextCursor: string | null }> {
    await this.record(user, id);
    const after = decodeCursor(q.cursor, isPositiveInt) ?? 0;
    const rows = await new CampaignsRepository(this.db).candidatePage(id, {
      disposal: q.disposal,
      signal: q.signal,
      afterId: after,
      limit: q.limit + 1,
    });
    const items = rows.slice(0, q.limit);
    return { items, nextCursor: rows.length > q.limit ? encodeCursor(items.at(-1)!.id) : null };
  }
}
