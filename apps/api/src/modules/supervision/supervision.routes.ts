import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services';
import { registerSpotChecksRoutes } from './spot-checks/spot-checks.routes';
import { registerCasesRoutes } from './cases/cases.routes';
import { registerComplaintsRoutes } from './cases/complaints/complaints.routes';
import { registerPenaltiesRoutes } from './penalties/penalties.routes';
import { registerWatchRoutes } from './watch/watch.routes';

/** Every route of the supervision module. */
export function registerSupervisionRoutes(app: FastifyInstance, services: Services): void {
  registerSpotChecksRoutes(app, services);
  registerCasesRoutes(app, services);
  registerComplaintsRoutes(app, services);
  registerPenaltiesRoutes(app, services);
  registerWatchRoutes(app, services);
}
