import type { SupervisionDeps } from '../supervision-deps';
import type { CaseOpener } from '../cases/case-intake';
import type { CampaignChecks } from '../spot-checks/campaign-checks';

/** Wires risk warnings, illegal organizations and special campaigns; merged into `services.supervision`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function createWatch(deps: SupervisionDeps, parts: { cases: CaseOpener; campaignChecks: CampaignChecks }) {
  return {};
}
