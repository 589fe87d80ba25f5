import type { SupervisionDeps } from '../supervision-deps';
import type { CaseOpener } from '../cases/case-intake';
import type { CampaignChecks } from '../spot-checks/campaign-checks';
import { createWarnings } from './create-warnings';

/** Wires risk warnings, illegal organizations and special campaigns; merged into `services.supervision`. */
export function createWatch(deps: SupervisionDeps, parts: { cases: CaseOpener; campaignChecks: CampaignChecks }) {
  return {
    ...createWarnings(deps, parts),
  };
}
