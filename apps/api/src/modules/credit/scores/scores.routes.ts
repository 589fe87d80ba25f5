import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

/** (stub, being built) */
export function registerScoreRoutes(app: FastifyInstance, services: Services): void {
  void app;
  void services;
}
