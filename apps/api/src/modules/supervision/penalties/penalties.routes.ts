import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

/** Routes of the penalties part of supervision. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function registerPenaltiesRoutes(app: FastifyInstance, services: Services): void {}
