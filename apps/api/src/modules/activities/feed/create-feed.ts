import type { ActivitiesDeps } from '../activities-deps';
import { FeedService } from './feed.service';

/** Wires the feed part of activities; its services are merged into `services.activities`. */
export function createFeed(deps: ActivitiesDeps) {
  return { feed: new FeedService(deps) };
}
