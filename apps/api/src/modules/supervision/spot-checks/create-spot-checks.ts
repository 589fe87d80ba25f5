import type { SupervisionDeps } from '../supervision-deps';
import type { CaseOpener } from '../cases/case-intake';
import type { CampaignChecks } from './campaign-checks';
import { SpotChecksService } from './checks.service';
import { InspectorsService } from './inspectors.service';
import { SpotCheckPlansService } from './plans.service';
import { campaignChecks as makeCampaignChecks, publicSpotCheckResults } from './public-results';

/**
 * Wires the spot-checks part (双随机一公开, 民发〔2017〕45号); its services are merged into `services.supervision`:
 * the inspector pool, plans with their draw and verify, checks with notices and results, the public results,
 * and `campaignChecks` for special campaigns.
 */
export function createSpotChecks(deps: SupervisionDeps, parts: { cases: CaseOpener }) {
  const spotCheckPlans = new SpotCheckPlansService(deps);
  const spotChecks = new SpotChecksService(deps, spotCheckPlans, parts.cases);
  const inspectors = new InspectorsService(deps);
  const campaignChecks: CampaignChecks = makeCampaignChecks(deps, parts.cases);
  const spotCheckResults = {
    list: (q: Parameters<typeof publicSpotCheckResults>[1]) => publicSpotCheckResults(deps, q),
  };
  return { campaignChecks, spotCheckPlans, spotChecks, inspectors, spotCheckResults };
}
