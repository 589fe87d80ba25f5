import type { SupervisionDeps } from '../../supervision-deps';
import type { CampaignChecks } from '../../spot-checks/campaign-checks';
import { CampaignEvidence } from './campaign-evidence';
import { SpecialCampaignsService } from './campaigns.service';
import { SelfInspectionsService } from './self-inspections.service';

/** Special campaigns (专项整治): the campaigns and the organizations' self-inspections. */
export function createCampaigns(deps: SupervisionDeps, parts: { campaignChecks: CampaignChecks }) {
  const evidence = new CampaignEvidence(deps.db, deps.files);
  return {
    specialCampaigns: new SpecialCampaignsService(deps, parts.campaignChecks, evidence),
    campaignSelfInspections: new SelfInspectionsService(deps, evidence),
  };
}
