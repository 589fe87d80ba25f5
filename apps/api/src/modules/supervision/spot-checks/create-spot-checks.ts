import type { SupervisionDeps } from '../supervision-deps';
import type { CaseOpener } from '../cases/case-intake';

/** Wires the spot-checks part (双随机一公开); its services are merged into `services.supervision`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function createSpotChecks(deps: SupervisionDeps, parts: { cases: CaseOpener }) {
  return {};
}
