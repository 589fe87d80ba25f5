import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

/** Routes of the major-matters part of activities. */
export function registerMajorMattersRoutes(app: FastifyInstance, services: Services): void {
  void app;
  void services;
}
