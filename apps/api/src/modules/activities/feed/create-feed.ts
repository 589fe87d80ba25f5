import type { ActivitiesDeps } from '../activities-deps';

/** Wires the feed part of activities; its services are merged into `services.activities`. */
export function createFeed(deps: ActivitiesDeps) {
  void deps;
  return {};
}
