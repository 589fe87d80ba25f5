import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';
import { registerIllegalOrgsRoutes } from './illegal/illegal-orgs.routes';
import { registerWarningsRoutes } from './warnings/warnings.routes';

/** Routes of risk warnings and illegal organizations. */
export function registerWarningsAndIllegalRoutes(app: FastifyInstance, services: Services): void {
  registerWarningsRoutes(app, services);
  registerIllegalOrgsRoutes(app, services);
}
