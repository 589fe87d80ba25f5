import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendRouteNotFound } from './error-handler';
import { markRoutesPublic } from './public-routes';

/**
 * Serves the built web app on the API's port. Unknown /api paths answer a JSON 404; any other GET
 * that wants HTML gets index.html so the client router can take over.
 */
export async function registerWebApp(app: FastifyInstance, dist: string | null): Promise<void> {
  if (dist) {
    await app.register(async (scope) => {
      markRoutesPublic(scope);
      await scope.register(fastifyStatic, {
        root: dist,
        wildcard: false,
        index: false,
        setHeaders: (res, file) => {
          res.setHeader(
            'cache-control',
            file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      });
    });
  }
  const indexHtml = dist ? readFileSync(path.join(dist, 'index.html'), 'utf8') : null;
  app.setNotFoundHandler((req, reply) => {
    const wantsPage =
      req.method === 'GET' && !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');
    if (indexHtml && wantsPage)
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
    return sendRouteNotFound(req, reply);
  });
}
