import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services';
import { registerListRoutes } from './lists/lists.routes';
import { registerScoreRoutes } from './scores/scores.routes';
import { registerDormantRoutes } from './dormant/dormant.routes';

/** Every route of the credit module. */
export function registerCreditRoutes(app: FastifyInstance, services: Services): void {
  registerListRoutes(app, services);
  registerScoreRoutes(app, services);
  registerDormantRoutes(app, services);
}
