import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

/** Routes of the cases part of supervision. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function registerCasesRoutes(app: FastifyInstance, services: Services): void {}
