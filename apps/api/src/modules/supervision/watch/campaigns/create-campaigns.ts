import type { SupervisionDeps } from '../../supervision-deps';
import type { CampaignChecks } from '../../spot-checks/campaign-checks';
import { SpecialCampaignsService } from './campaigns.service';
import { SelfInspectionsService } from './self-inspections.service';

/** Special campaigns (专项整治): the campaigns and the organizations' self-inspections. */
export function createCampaigns(deps: SupervisionDeps, parts: { campaignChecks: CampaignChecks }) {
  return {
    specialCampaigns: new SpecialCampaignsService(deps, parts.campaignChecks),
    campaignSelfInspections: new SelfInspectionsService(deps),
  };
}
