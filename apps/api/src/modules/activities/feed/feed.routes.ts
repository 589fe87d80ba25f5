import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

/** Routes of the feed part of activities. */
export function registerFeedRoutes(app: FastifyInstance, services: Services): void {
  void app;
  void services;
}
