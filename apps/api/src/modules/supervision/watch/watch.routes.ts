import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

/** Routes of the watch part of supervision. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function registerWatchRoutes(app: FastifyInstance, services: Services): void {}
