import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services';
import { registerLifecycleRoutes } from './lifecycle/lifecycle.routes';
import { registerFeedRoutes } from './feed/feed.routes';
import { registerMajorMattersRoutes } from './major-matters/major-matters.routes';

/** Every route of the activities module. */
export function registerActivitiesRoutes(app: FastifyInstance, services: Services): void {
  registerLifecycleRoutes(app, services);
  registerFeedRoutes(app, services);
  registerMajorMattersRoutes(app, services);
}
