import type { SupervisionDeps } from '../supervision-deps';

/** Wires the penalties part of supervision; its services are merged into `services.supervision`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function createPenalties(deps: SupervisionDeps) {
  return {};
}
