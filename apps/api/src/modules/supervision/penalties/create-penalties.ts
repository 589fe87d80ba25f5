import type { SupervisionDeps } from '../supervision-deps';
import { PenaltiesService, type CaseReader } from './penalties.service';
import { PenaltyStepsService } from './penalty-steps.service';

/** Wires the penalties part of supervision; its services are merged into `services.supervision`. */
export function createPenalties(deps: SupervisionDeps, parts: { cases: CaseReader }) {
  const penalties = new PenaltiesService(deps, parts.cases);
  return { penalties, penaltySteps: new PenaltyStepsService(deps, penalties) };
}
