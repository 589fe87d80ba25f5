import type { SupervisionDeps } from './supervision-deps';
import { createSpotChecks } from './spot-checks/create-spot-checks';
import { createCases } from './cases/create-cases';
import { createComplaints } from './cases/complaints/create-complaints';
import { createPenalties } from './penalties/create-penalties';
import { createWatch } from './watch/create-watch';

/**
 * Wires supervision and enforcement (DOMAIN.md "Supervision and enforcement"): random spot checks, complaints
 * and coordinated cases, the penalty procedure, and the watch (risk warnings, illegal organizations, special
 * campaigns). Each part's services are merged into `services.supervision`; the parts that open cases get the
 * cases part's `CaseOpener`.
 */
export function createSupervision(deps: SupervisionDeps) {
  const cases = createCases(deps);
  const spotChecks = createSpotChecks(deps, { cases: cases.cases });
  return {
    ...cases,
    ...spotChecks,
    ...createComplaints(deps, { cases: cases.cases }),
    ...createPenalties(deps, { cases: cases.supervisionCases }),
    ...createWatch(deps, { cases: cases.cases, campaignChecks: spotChecks.campaignChecks }),
  };
}
