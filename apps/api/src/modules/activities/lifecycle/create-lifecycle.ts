import type { ActivitiesDeps } from '../activities-deps';

/** Wires the lifecycle part of activities; its services are merged into `services.activities`. */
export function createLifecycle(deps: ActivitiesDeps) {
  void deps;
  return {};
}
