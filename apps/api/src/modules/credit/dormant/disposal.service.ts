import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  DORMANT_DISPOSAL_LABELS,
  DORMANT_EVIDENCE_PURPOSE,
  type DormantDisposal,
  type TDormantCandidate,
  type TDormantCampaignDetail,
  type ZDormantClose,
  type ZDormantDispose,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { chinaDate, type Clock } from '../../../platform/clock';
import type { AuditService } from '../../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized } from '../../../platform/auth/guard';
import { AppError, notFound, stale } from '../../../platform/errors';
import type { FileService } from '../../../platform/files/files.service';
import type { OrgsService } from '../../orgs/orgs.service';
import type { OrgsQuery } from '../../orgs/orgs.query';
import { CampaignsRepository } from './campaigns.repository';
import { campaignResource, type DormantCampaignsService } from './campaigns.service';

/** Disposals that end the organization's registration: they cannot be changed afterwards. */
const FINAL: readonly DormantDisposal[] = ['revoke', 'deregister'];
const STATUS_OF: Partial<Record<DormantDisposal, 'revoked' | 'deregistered'>> = {
  revoke: 'revoked',
  deregister: 'deregistered',
};

/**
 * The disposal of one candidate (注销 / 撤销 / 整改 / 激活), in one transaction with its register effect, evidence
 * and audit. 撤销 goes through the register's own `lifecycle.revoke` (status, public event, 撤销登记公告 and
 * org_revoked). 注销: an organization already deregistered (its 注销 application approved) is only recorded;
 * one still registered is deregistered through `lifecycle.deregister` on the decision named (a paper
 * application handled in the campaign). 整改 / 激活 record the disposal with evidence; a 整改 may later become
 * another disposal, 撤销 and 注销 are final.
 */
export class DormantDisposalService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly files: FileService,
    private readonly orgs: OrgsService,
    private readonly orgsQuery: OrgsQuery,
    private readonly campaigns: DormantCampaignsService,
  ) {}

  async dispose(
    user: AuthUser,
    actor: Actor,
    campaignId: number,
    candidateId: number,
    input: z.infer<typeof ZDormantDispose>,
  ): Promise<TDormantCandidate> {
    const campaign = await this.campaigns.record(user, campaignId);
    const found = await new CampaignsRepository(this.db).findCandidate(campaignId, candidateId);
    if (!found) throw notFound();
    // A city clerk reads a county's campaign but decides nothing in it (403).
    assertAuthorized(user, 'dormant.manage', { ...campaignResource(campaign), regionCode: found.regionCode });
    if (campaign.status !== 'open') throw new AppError('CONFLICT', '该清理整治已结束，不能再登记处置结果');
    if (found.version !== input.version) throw stale();
    if (found.disposal && FINAL.includes(found.disposal))
      throw new AppError('CONFLICT', `该组织已${DORMANT_DISPOSAL_LABELS[found.disposal]}，处置结果不能再更改`);
    const target = STATUS_OF[input.disposal];
    const org = await this.orgsQuery.facts(found.orgId);
    if (!org) throw notFound('社会组织不存在');
    if (target && org.status !== 'registered' && org.status !== target)
      throw new AppError('CONFLICT', '该组织已不在正常登记状态（已注销、撤销或吊销），请核实后选择处置方式');
    const today = chinaDate(this.clock.now());
    const at = this.clock.now().toISOString();
    const decisionRef = input.decisionRef ?? null;
    const basis = input.basis ?? null;
    await this.db.transaction().execute(async (trx) => {
      const repo = new CampaignsRepository(trx);
      // The row first: a second clerk on the same version fails here, before any register effect.
      const ok = await repo.dispose(found, {
        disposal: input.disposal,
        note: input.note,
        evidence: input.evidence,
        decisionRef,
        basis,
        on: today,
        by: user.id,
        byName: user.displayName,
      });
      if (!ok) throw stale();
      if (!found.disposal) await repo.countDisposed(campaignId, at);
      const decision = { actor, basis: basis!, decisionRef: decisionRef!, date: today };
      if (input.disposal === 'revoke' && org.status === 'registered')
        await this.orgs.lifecycle.revoke(trx, org.id, decision);
      if (input.disposal === 'deregister' && org.status === 'registered')
        await this.orgs.lifecycle.deregister(trx, org.id, { ...decision, applicationId: null });
      await this.files.attachAll(
        trx,
        actor,
        input.evidence,
        { type: 'dormant_candidate', id: String(found.id) },
        { purpose: DORMANT_EVIDENCE_PURPOSE, regionCode: found.regionCode, field: 'evidence' },
      );
      await this.audit.record(trx, actor, {
        action: 'dormant_disposed',
        entity: 'dormant_candidate',
        entityId: found.id,
        regionCode: found.regionCode,
        summary: `清理整治“${campaign.title}”：${found.orgName} ${DORMANT_DISPOSAL_LABELS[input.disposal]}`,
        before: { disposal: found.disposal, orgStatus: org.status },
        after: { disposal: input.disposal, note: input.note, evidence: input.evidence, decisionRef, basis },
      });
    });
    return (await new CampaignsRepository(this.db).findCandidate(campaignId, candidateId))!;
  }

  async close(
    user: AuthUser,
    actor: Actor,
    id: number,
    input: z.infer<typeof ZDormantClose>,
  ): Promise<TDormantCampaignDetail> {
    const c = await this.campaigns.record(user, id);
    assertAuthorized(user, 'dormant.manage', campaignResource(c));
    if (c.status !== 'open') throw new AppError('CONFLICT', '该清理整治已结束');
    if (c.version !== input.version) throw stale();
    await this.db.transaction().execute(async (trx) => {
      if (!(await new CampaignsRepository(trx).close(c, chinaDate(this.clock.now()), this.clock.now().toISOString())))
        throw stale();
      await this.audit.record(trx, actor, {
        action: 'dormant_campaign_closed',
        entity: 'dormant_campaign',
        entityId: c.id,
        regionCode: c.authorityRegionCode,
        summary: `清理整治“${c.title}”结束：列入${c.listedCount}家，已处置${c.disposedCount}家`,
        after: { status: 'closed' },
      });
    });
    return this.campaigns.get(user, id);
  }
}
