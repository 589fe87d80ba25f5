import type { FastifyInstance } from 'fastify';

/** For routes that third-party plugins register (docs assets, web files): declare them public. */
export function markRoutesPublic(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: { public: true }, rateLimit: false };
    route.schema = { ...route.schema, hide: true };
  });
}
