import {
  selfInspectionProblem,
  validateSelfInspection,
  type TSelfInspection,
  type TSelfInspectionAnswer,
} from '@shezu/contracts';
import { chinaDate } from '../../../../platform/clock';
import type { Actor, AuthUser } from '../../../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../../../platform/auth/guard';
import { AppError, notFound } from '../../../../platform/errors';
import { toJson } from '../../../../db/dialect';
import type { SupervisionDeps } from '../../supervision-deps';
import { SpecialCampaignsRepository, type CampaignOrgRecord, type CampaignRecord } from './campaigns.repository';
import type { CampaignEvidence, EvidenceFile } from './campaign-evidence';
import { campaignResource, presentCampaignOrg, rectificationTodoKey, selfInspectionTodoKey } from './campaigns.service';

/** Where a self-inspection sits: its organization, its supervising unit, its domicile and bureau. */
const rowResource = (r: CampaignOrgRecord) => ({
  regionCode: r.regionCode,
  authorityRegionCode: r.authorityRegionCode,
  orgId: r.orgId,
  unitIds: [r.supervisorUnitId],
});

/**
 * Self-inspections (自查): the organization (or its supervising unit, supervision.respond) fills the
 * campaign's form and reports its rectification; staff read them in their region.
 */
export class SelfInspectionsService {
  constructor(
    private readonly deps: SupervisionDeps,
    private readonly evidence: CampaignEvidence,
  ) {}

  private repo(db = this.deps.db) {
    return new SpecialCampaignsRepository(db);
  }

  /** The user's own self-inspections (an organization's, or those of a supervising unit's organizations). */
  async mine(user: AuthUser): Promise<TSelfInspection[]> {
    assertAuthorized(user, 'supervision.respond');
    const where = readScopeCondition(user, 'supervision.respond', { org: 'o.orgId', unit: 'o.supervisorUnitId' });
    const rows = await this.repo().ofOrgs(where, 100);
    const campaigns = new Map<number, CampaignRecord>();
    for (const r of rows)
      if (!campaigns.has(r.campaignId)) campaigns.set(r.campaignId, (await this.repo().findById(r.campaignId))!);
    const files = await this.evidence.ofRows(rows);
    return rows.map((r) => present(r, campaigns.get(r.campaignId)!, files.get(r.id)));
  }

  /** The responding side's own (an organization's, or a supervising unit's organizations'). */
  async get(user: AuthUser, id: number): Promise<TSelfInspection> {
    const row = await this.repo().findOrg(id);
    if (!row) throw notFound();
    assertAuthorized(user, 'supervision.respond', rowResource(row));
    return present(row, (await this.repo().findById(row.campaignId))!, await this.evidence.of(row.id));
  }

  /** Staff read any self-inspection of a campaign in their read scope. */
  async getForStaff(user: AuthUser, campaignId: number, id: number): Promise<TSelfInspection> {
    const row = await this.repo().findOrg(id);
    const campaign = row && (await this.repo().findById(row.campaignId));
    if (!row || !campaign || campaign.id !== campaignId) throw notFound();
    assertAuthorized(user, 'supervision.read', campaignResource(campaign));
    return present(row, campaign, await this.evidence.of(row.id));
  }

  /** Submits (or, while the campaign is open and nothing is reported rectified, resubmits) the answers. */
  async submit(
    user: AuthUser,
    actor: Actor,
    id: number,
    input: { answers: TSelfInspectionAnswer[]; version: number },
  ): Promise<TSelfInspection> {
    const row = await this.repo().findOrg(id);
    if (!row) throw notFound();
    assertAuthorized(user, 'supervision.respond', rowResource(row));
    const campaign = (await this.repo().findById(row.campaignId))!;
    if (campaign.status !== 'open') throw new AppError('CONFLICT', '专项整治已结束，不能再提交自查');
    if (row.rectification === 'claimed' || row.rectification === 'confirmed')
      throw new AppError('CONFLICT', '已报告整改，不能修改自查表');
    const errors = validateSelfInspection(campaign.form, input.answers);
    if (Object.keys(errors).length > 0) throw new AppError('VALIDATION_FAILED', undefined, errors);
    if (row.version !== input.version) throw new AppError('STALE_VERSION');
    const problem = selfInspectionProblem(input.answers);
    const at = this.deps.clock.now().toISOString();
    // Keep answers in the form's order and only with what the question takes.
    const answers = campaign.form.questions.flatMap((q) => {
      const a = input.answers.find((x) => x.key === q.key);
      return a ? [{ key: q.key, value: a.value, problem: a.problem, note: a.problem ? a.note.trim() : '' }] : [];
    });
    await this.deps.db.transaction().execute(async (trx) => {
      const ok = await this.repo(trx).updateOrg(row.id, row.version, {
        status: 'submitted',
        answers: toJson(answers),
        problemFound: problem,
        submittedAt: at,
        submittedByName: user.displayName,
        rectification: problem ? 'pending' : 'none',
      });
      if (!ok) throw new AppError('STALE_VERSION');
      await this.deps.todos.complete(trx, selfInspectionTodoKey(row.id));
      await this.deps.audit.record(trx, actor, {
        action: 'campaign_self_inspection_submitted',
        entity: 'campaign_org',
        entityId: row.id,
        regionCode: row.regionCode,
        summary: `“${row.orgName}”提交专项整治“${campaign.title}”自查表${problem ? '（发现问题）' : ''}`,
        after: { problems: answers.filter((a) => a.problem).map((a) => a.key) },
      });
    });
    return this.get(user, id);
  }

  /** The organization reports its problems rectified, with what it did (整改情况); staff then confirm. */
  async claimRectified(
    user: AuthUser,
    actor: Actor,
    id: number,
    input: { evidence: string; files: number[]; version: number },
  ): Promise<TSelfInspection> {
    const row = await this.repo().findOrg(id);
    if (!row) throw notFound();
    assertAuthorized(user, 'supervision.respond', rowResource(row));
    if (row.rectification !== 'pending') throw new AppError('CONFLICT', '没有待整改的问题');
    if (row.version !== input.version) throw new AppError('STALE_VERSION');
    const campaign = (await this.repo().findById(row.campaignId))!;
    const now = this.deps.clock.now();
    await this.deps.db.transaction().execute(async (trx) => {
      const ok = await this.repo(trx).updateOrg(row.id, row.version, {
        rectification: 'claimed',
        rectificationEvidence: input.evidence,
        rectifiedAt: now.toISOString(),
      });
      if (!ok) throw new AppError('STALE_VERSION');
      await this.evidence.attach(trx, actor, input.files, row.id, row.regionCode);
      // The bureau's staff confirm it: on their to-do list.
      await this.deps.todos.add(trx, {
        role: 'authority_staff',
        regionCode: campaign.authorityRegionCode,
        kind: 'campaign_rectification',
        title: `确认整改：${row.orgName}（${campaign.title}）`,
        link: `/special-campaigns/${campaign.id}`,
        sourceKey: rectificationTodoKey(row.id),
      });
      await this.deps.audit.record(trx, actor, {
        action: 'campaign_rectification_reported',
        entity: 'campaign_org',
        entityId: row.id,
        regionCode: row.regionCode,
        summary: `“${row.orgName}”报告专项整治“${campaign.title}”整改完成（${chinaDate(now)}）`,
      });
    });
    return this.get(user, id);
  }
}

function present(r: CampaignOrgRecord, c: CampaignRecord, files: EvidenceFile[] = []): TSelfInspection {
  return {
    ...presentCampaignOrg(r, files),
    campaign: {
      id: c.id,
      title: c.title,
      basis: c.basis,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      authorityName: c.authorityName,
      status: c.status,
    },
    form: c.form,
    answers: r.answers,
  };
}
