import type { SupervisionDeps } from '../supervision-deps';
import { PenaltiesService } from './penalties.service';
import { PenaltyStepsService } from './penalty-steps.service';

/** Wires the penalties part of supervision; its services are merged into `services.supervision`. */
export function createPenalties(deps: SupervisionDeps) {
  const penalties = new PenaltiesService(deps);
  return { penalties, penaltySteps: new PenaltyStepsService(deps, penalties) };
}
