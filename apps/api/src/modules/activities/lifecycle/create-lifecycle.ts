import type { ActivitiesDeps } from '../activities-deps';
import { ActivitiesQuery } from './activities.query';
import { ActivitiesService } from './activities.service';
import { ActivityPhotosService } from './activity-photos.service';
import { ActivitySettingsService } from './activity-settings.service';

/**
 * Wires the lifecycle part of activities; its services are merged into `services.activities`.
 * `activitySettings.forRegion(regionCode)` is what other parts read the bureau's settings through (major matters:
 * the reporting days).
 */
export function createLifecycle(deps: ActivitiesDeps) {
  const activitySettings = new ActivitySettingsService(deps);
  const activityLifecycle = new ActivitiesService(deps, activitySettings);
  return {
    activitySettings,
    activityLifecycle,
    activityPhotos: new ActivityPhotosService(deps, activityLifecycle),
    activityQueries: new ActivitiesQuery(deps, activityLifecycle),
  };
}
