import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';
import { registerCampaignsRoutes } from './campaigns/campaigns.routes';
import { registerWarningsAndIllegalRoutes } from './watch-warnings.routes';

/** Routes of the watch part of supervision. */
export function registerWatchRoutes(app: FastifyInstance, services: Services): void {
  registerCampaignsRoutes(app, services);
  registerWarningsAndIllegalRoutes(app, services);
}
