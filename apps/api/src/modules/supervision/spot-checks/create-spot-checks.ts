import type { SupervisionDeps } from '../supervision-deps';
import type { CaseOpener } from '../cases/case-intake';
import type { CampaignChecks } from './campaign-checks';

/** Wires the spot-checks part (双随机一公开); its services are merged into `services.supervision`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function createSpotChecks(deps: SupervisionDeps, parts: { cases: CaseOpener }) {
  // Placeholder until the spot-checks part lands (issue 8 in progress): the interface is what campaigns use.
  const campaignChecks: CampaignChecks = {
    campaignFigures: () => Promise.reject(new Error('spot-checks part not built yet')),
    problemOrgs: () => Promise.reject(new Error('spot-checks part not built yet')),
  };
  return { campaignChecks };
}
