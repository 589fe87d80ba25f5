import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

/** Routes of the lifecycle part of activities. */
export function registerLifecycleRoutes(app: FastifyInstance, services: Services): void {
  void app;
  void services;
}
