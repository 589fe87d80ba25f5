import type { SupervisionDeps } from '../supervision-deps';
import type { CaseOpener } from '../cases/case-intake';
import type { CampaignChecks } from '../spot-checks/campaign-checks';
import { createCampaigns } from './campaigns/create-campaigns';
import { createWarnings } from './create-warnings';

/** Wires risk warnings, illegal organizations and special campaigns; merged into `services.supervision`. */
export function createWatch(deps: SupervisionDeps, parts: { cases: CaseOpener; campaignChecks: CampaignChecks }) {
  return {
    ...createCampaigns(deps, parts),
    ...createWarnings(deps, parts),
  };
}
