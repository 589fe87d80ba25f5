import type { ActivitiesDeps } from './activities-deps';
import { createLifecycle } from './lifecycle/create-lifecycle';
import { createFeed } from './feed/create-feed';
import { createMajorMatters } from './major-matters/create-major-matters';

/**
 * Wires activities and major matters (DOMAIN.md "Activities and major matters"): the activity lifecycle with
 * photos, approval and review before publication; the public feed with likes and shares; major-matter reports.
 * Each part's services are merged into `services.activities`.
 */
export function createActivities(deps: ActivitiesDeps) {
  const lifecycle = createLifecycle(deps);
  return {
    ...lifecycle,
    ...createFeed(deps),
    // Major matters read the bureau's reporting days through the lifecycle part's settings service.
    ...createMajorMatters(deps, lifecycle.activitySettings),
  };
}
