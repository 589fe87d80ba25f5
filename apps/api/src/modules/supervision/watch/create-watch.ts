import type { SupervisionDeps } from '../supervision-deps';
import type { CaseOpener } from '../cases/case-intake';

/** Wires risk warnings, illegal organizations and special campaigns; merged into `services.supervision`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function createWatch(deps: SupervisionDeps, parts: { cases: CaseOpener }) {
  return {};
}
