import {
  NATIONAL_REGION_CODE,
  isWithinRegion,
  type TCampaignFigures,
  type TCampaignOrg,
  type TCampaignProblem,
  type TSpecialCampaign,
  type TSpecialCampaignCreate,
  type TSpecialCampaignDetail,
  ZSpecialCampaignCreate,
} from '@shezu/contracts';
import type { z } from 'zod';
import { chinaDate } from '../../../../platform/clock';
import type { Actor, AuthUser } from '../../../../platform/auth/auth-user';
import { authorize, readScopeOf } from '../../../../platform/auth/authorize';
import { assertAuthorized, readScopeCondition } from '../../../../platform/auth/guard';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../../platform/http';
import { AppError, fieldError, notFound } from '../../../../platform/errors';
import type { SupervisionDeps } from '../../supervision-deps';
import type { CampaignChecks } from '../../spot-checks/campaign-checks';
import type { CampaignEvidence, EvidenceFile } from './campaign-evidence';
import { computeCampaignFigures } from './campaign-figures';
import {
  SpecialCampaignsRepository,
  type CampaignOrgRecord,
  type CampaignRecord,
  type SnapshotOrg,
} from './campaigns.repository';

/** A campaign is the bureau's own (本级): its registrations, decided by that bureau only. */
export const campaignResource = (c: { authorityRegionCode: string }) => ({
  regionCode: c.authorityRegionCode,
  authorityRegionCode: c.authorityRegionCode,
});

export const selfInspectionTodoKey = (id: number) => `campaign-self-inspection:${id}`;
export const rectificationTodoKey = (id: number) => `campaign-rectification:${id}`;

export function presentCampaignOrg(r: CampaignOrgRecord, evidenceFiles: EvidenceFile[] = []): TCampaignOrg {
  const { authorityRegionCode: _a, supervisorUnitId: _s, answers: _x, ...rest } = r;
  return { ...rest, evidenceFiles };
}

/** Special campaigns (专项整治), staff side: create with the scope snapshot, lists, figures, problems. */
export class SpecialCampaignsService {
  constructor(
    private readonly deps: SupervisionDeps,
    /** The spot-checks part's counts (replaceable by a fake in tests). */
    public checks: CampaignChecks,
    private readonly evidence: CampaignEvidence,
  ) {}

  private repo(db = this.deps.db) {
    return new SpecialCampaignsRepository(db);
  }

  async create(user: AuthUser, actor: Actor, body: TSpecialCampaignCreate): Promise<TSpecialCampaignDetail> {
    const input: z.infer<typeof ZSpecialCampaignCreate> = ZSpecialCampaignCreate.parse(body);
    const authority = user.regionCode;
    const kind = readScopeOf(user, 'supervision.manage').kind;
    if (!authority || (kind !== 'region' && kind !== 'all')) throw new AppError('FORBIDDEN');
    assertAuthorized(user, 'supervision.manage', campaignResource({ authorityRegionCode: authority }));
    const regionCode = input.scope.regionCode ?? authority;
    if (!isWithinRegion(regionCode, authority)) throw fieldError('scope.regionCode', '只能选择本机关辖区内的地区');
    const region = await this.deps.regions.find(regionCode);
    if (!region) throw fieldError('scope.regionCode', '行政区划不存在');
    const scope = {
      regionCode,
      regionName: region.fullName,
      types: [...new Set(input.scope.types)],
      categoryCodes: [...new Set(input.scope.categoryCodes)],
    };
    // The snapshot: the bureau's own still-registered organizations matching the scope today.
    const prefix = regionCode === NATIONAL_REGION_CODE ? '' : regionCode;
    const orgs: SnapshotOrg[] = (await this.deps.orgsQuery.registeredBy(authority))
      .filter(
        (o) =>
          o.regionCode.startsWith(prefix) &&
          (scope.types as string[]).includes(o.type) &&
          (scope.categoryCodes.length === 0 || scope.categoryCodes.includes(o.categoryCode)),
      )
      .map((o) => ({
        orgId: o.id,
        orgName: o.name,
        uscc: o.uscc,
        orgType: o.type,
        categoryCode: o.categoryCode,
        regionCode: o.regionCode,
        authorityRegionCode: o.authorityRegionCode,
        supervisorUnitId: o.supervisorUnitId,
      }));
    if (orgs.length === 0) throw fieldError('scope.types', '范围内没有本机关登记的社会组织');
    const at = this.deps.clock.now().toISOString();
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const repo = this.repo(trx);
      const campaignId = await repo.insert({
        authorityRegionCode: authority,
        title: input.title,
        basis: input.basis,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        scope,
        form: input.form,
        inScopeCount: orgs.length,
        createdBy: user.id,
        createdByName: user.displayName,
        at,
      });
      const rowIds = await repo.insertOrgs(campaignId, orgs);
      // Every organization in scope gets the self-inspection on its to-do list.
      for (const [i, rowId] of rowIds.entries())
        await this.deps.todos.add(trx, {
          orgId: orgs[i]!.orgId,
          kind: 'campaign_self_inspection',
          title: `专项整治自查：${input.title}`,
          link: `/my-supervision?tab=campaigns&id=${rowId}`,
          dueDate: input.endsOn,
          sourceKey: selfInspectionTodoKey(rowId),
        });
      await this.deps.audit.record(trx, actor, {
        action: 'special_campaign_created',
        entity: 'special_campaign',
        entityId: campaignId,
        regionCode: authority,
        summary: `专项整治“${input.title}”：纳入${orgs.length}家`,
        after: { scope, startsOn: input.startsOn, endsOn: input.endsOn, questions: input.form.questions.length },
      });
      return campaignId;
    });
    return this.get(user, id);
  }

  async list(user: AuthUser): Promise<TSpecialCampaign[]> {
    const where = readScopeCondition(user, 'supervision.read', { region: 'c.authorityRegionCode' });
    return (await this.repo().list(where, 200)).map(present);
  }

  /** 404 outside the read scope (another county's campaign). */
  async record(user: AuthUser, id: number): Promise<CampaignRecord> {
    const c = await this.repo().findById(id);
    if (!c) throw notFound();
    assertAuthorized(user, 'supervision.read', campaignResource(c));
    return c;
  }

  async get(user: AuthUser, id: number): Promise<TSpecialCampaignDetail> {
    const c = await this.record(user, id);
    return {
      ...present(c),
      form: c.form,
      figures: await this.figures(c),
      canManage: c.status === 'open' && authorize(user, 'supervision.manage', campaignResource(c)).allowed,
    };
  }

  private async figures(c: CampaignRecord): Promise<TCampaignFigures> {
    const self = { inScope: c.inScopeCount, ...(await this.repo().selfCounts(c.id)) };
    const [checks, problemOrgs] = await Promise.all([this.checks.campaignFigures(c.id), this.checks.problemOrgs(c.id)]);
    return computeCampaignFigures(self, checks, problemOrgs);
  }

  async orgs(
    user: AuthUser,
    id: number,
    q: { status?: 'pending' | 'submitted'; problem?: 'yes'; cursor?: string; limit: number },
  ): Promise<{ items: TCampaignOrg[]; nextCursor: string | null }> {
    await this.record(user, id);
    const afterId = decodeCursor(q.cursor, isPositiveInt) ?? 0;
    const rows = await this.repo().orgPage(id, {
      ...(q.status ? { status: q.status } : {}),
      problem: q.problem === 'yes',
      afterId,
      limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    const files = await this.evidence.ofRows(page);
    const items = page.map((r) => presentCampaignOrg(r, files.get(r.id)));
    return { items, nextCursor: rows.length > q.limit ? encodeCursor(items.at(-1)!.id) : null };
  }

  /** Organizations with problems: flagged in self-inspection, found by the campaign's checks, or both. */
  async problems(user: AuthUser, id: number): Promise<TCampaignProblem[]> {
    const c = await this.record(user, id);
    const selfRows = (await this.repo().orgPage(id, { problem: true, afterId: 0, limit: 10_000 })).filter(
      (r) => r.problemFound,
    );
    const byChecks = await this.checks.problemOrgs(c.id);
    const checkSet = new Set(byChecks);
    const out: TCampaignProblem[] = selfRows.map((r) => ({
      orgId: r.orgId,
      orgName: r.orgName,
      uscc: r.uscc,
      selfInspection: true,
      checks: checkSet.has(r.orgId),
      rectification: r.rectification,
      campaignOrgId: r.id,
      version: r.version,
    }));
    const seen = new Set(selfRows.map((r) => r.orgId));
    const onlyChecks = byChecks.filter((o) => !seen.has(o));
    const snap = new Map((await this.repo().orgsByOrgIds(id, onlyChecks)).map((r) => [r.orgId, r]));
    for (const orgId of onlyChecks) {
      const r = snap.get(orgId) ?? (await this.deps.orgsQuery.facts(orgId));
      const name = r && 'orgName' in r ? r.orgName : (r?.name ?? String(orgId));
      out.push({
        orgId,
        orgName: name,
        uscc: r?.uscc ?? null,
        selfInspection: false,
        checks: true,
        // The checks' rectification is tracked by the spot-checks part (their rectification records).
        rectification: 'pending',
        campaignOrgId: snap.get(orgId)?.id ?? null,
        version: null,
      });
    }
    return out;
  }

  /**
   * The bureau ends the campaign: self-inspections can no longer be submitted and the to-dos of those never
   * submitted are withdrawn (cancelled, so they do not count as done).
   */
  async close(user: AuthUser, actor: Actor, id: number): Promise<TSpecialCampaignDetail> {
    const c = await this.record(user, id);
    assertAuthorized(user, 'supervision.manage', campaignResource(c));
    if (c.status !== 'open') throw new AppError('CONFLICT', '专项整治已结束');
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = this.repo(trx);
      if (!(await repo.close(c.id, this.deps.clock.now().toISOString())))
        throw new AppError('CONFLICT', '专项整治已结束');
      const pending = await repo.pendingRowIds(c.id);
      const withdrawn = await this.deps.todos.cancelMany(trx, pending.map(selfInspectionTodoKey));
      await this.deps.audit.record(trx, actor, {
        action: 'special_campaign_closed',
        entity: 'special_campaign',
        entityId: c.id,
        regionCode: c.authorityRegionCode,
        summary: `结束专项整治“${c.title}”（${pending.length}个组织未提交自查）`,
        before: { status: c.status },
        after: { status: 'closed', unsubmitted: pending.length, todosWithdrawn: withdrawn },
      });
    });
    return this.get(user, id);
  }

  /** Staff confirm an organization's rectification (整改到位), closing its self-inspection problem. */
  async confirmRectification(user: AuthUser, actor: Actor, rowId: number, version: number): Promise<TCampaignOrg> {
    const row = await this.repo().findOrg(rowId);
    if (!row) throw notFound();
    const c = (await this.repo().findById(row.campaignId))!;
    assertAuthorized(user, 'supervision.read', campaignResource(c));
    assertAuthorized(user, 'supervision.manage', campaignResource(c));
    if (row.rectification !== 'claimed') throw new AppError('CONFLICT', '该组织尚未报告整改完成，不能确认');
    if (row.version !== version) throw new AppError('STALE_VERSION');
    const at = this.deps.clock.now().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      const ok = await this.repo(trx).updateOrg(row.id, version, {
        rectification: 'confirmed',
        confirmedAt: at,
        confirmedByName: user.displayName,
      });
      if (!ok) throw new AppError('STALE_VERSION');
      await this.deps.todos.complete(trx, rectificationTodoKey(row.id));
      await this.deps.audit.record(trx, actor, {
        action: 'campaign_rectification_confirmed',
        entity: 'campaign_org',
        entityId: row.id,
        regionCode: c.authorityRegionCode,
        summary: `确认“${row.orgName}”在专项整治“${c.title}”中整改到位（${chinaDate(this.deps.clock.now())}）`,
      });
    });
    return presentCampaignOrg((await this.repo().findOrg(row.id))!, await this.evidence.of(row.id));
  }
}

function present(c: CampaignRecord): TSpecialCampaign {
  return {
    id: c.id,
    authorityRegionCode: c.authorityRegionCode,
    authorityName: c.authorityName,
    title: c.title,
    basis: c.basis,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    scope: c.scope,
    status: c.status,
    inScopeCount: c.inScopeCount,
    createdByName: c.createdByName,
    createdAt: c.createdAt,
  };
}
