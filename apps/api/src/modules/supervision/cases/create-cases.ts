import type { SupervisionDeps } from '../supervision-deps';
import type { CaseOpener } from './case-intake';

/** Wires complaints and coordinated cases; their services are merged into `services.supervision`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function createCases(deps: SupervisionDeps) {
  // Placeholder until the cases part lands (issue 8 in progress): the interface is what other parts use.
  const cases: CaseOpener = {
    openFromSource: () => Promise.reject(new Error('cases part not built yet')),
    sourceStatus: () => Promise.reject(new Error('cases part not built yet')),
  };
  return { cases };
}
