import type { ActivitiesDeps } from '../activities-deps';

/** Wires the major-matters part of activities; its services are merged into `services.activities`. */
export function createMajorMatters(deps: ActivitiesDeps) {
  void deps;
  return {};
}
