import { DORMANT_EVIDENCE_PURPOSE } from '@shezu/contracts';
import { authorize } from '../../../platform/auth/authorize';
import { MB } from '../../../platform/files/purposes';
import type { CreditDeps } from '../credit-deps';
import type { CreditLists } from '../lists/create-lists';
import { CampaignsRepository } from './campaigns.repository';
import { DormantCampaignsService, campaignResource } from './campaigns.service';
import { DormantDisposalService } from './disposal.service';

/**
 * Dormant-organization clean-up (僵尸型社会组织清理整治): detection rules over the credit module's own facts and
 * the register, campaigns that snapshot the candidates, and disposals (撤销 through the register's lifecycle).
 * It reads the credit tables directly, so it needs nothing of the lists' service.
 */
export function createDormant(deps: CreditDeps, lists: CreditLists) {
  void lists;
  const { db, clock, audit, files } = deps;
  files.purposes.register({
    name: DORMANT_EVIDENCE_PURPOSE,
    label: '清理整治处置材料',
    types: ['pdf', 'png', 'jpg', 'webp', 'docx', 'xlsx'],
    maxBytes: 30 * MB,
    uploadPermission: 'dormant.manage',
    canRead: async (user, owner, file) => {
      if (file.createdBy === user.id) return true;
      if (owner?.type !== 'dormant_candidate') return false;
      const row = await db
        .selectFrom('dormantCandidates as d')
        .innerJoin('dormantCampaigns as c', 'c.id', 'd.campaignId')
        .select('c.id')
        .where('d.id', '=', Number(owner.id))
        .executeTakeFirst();
      const c = row && (await new CampaignsRepository(db).findById(Number(row.id)));
      return !!c && authorize(user, 'credit.read', campaignResource(c)).allowed;
    },
  });
  const dormantCampaigns = new DormantCampaignsService(db, clock, audit, deps.orgsQuery, deps.regions);
  const dormantDisposals = new DormantDisposalService(
    db,
    clock,
    audit,
    files,
    deps.orgs,
    deps.orgsQuery,
    dormantCampaigns,
  );
  return { dormantCampaigns, dormantDisposals };
}
