import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services';

/** Routes of the spot-checks part of supervision. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function registerSpotChecksRoutes(app: FastifyInstance, services: Services): void {}
