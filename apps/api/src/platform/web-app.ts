import { readFileSync, statSync } from 'node:fs';
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
        // Files are looked up per request, so a rebuilt web app is served without a restart.
        wildcard: true,
        index: 'index.html',
        cacheControl: false,
        setHeaders: (res, file) => {
          res.setHeader(
            'cache-control',
            file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      });
    });
  }
  // Re-read when the file changes, so a rebuilt web app is served without restarting the server.
  let cached: { mtimeMs: number; html: string } | undefined;
  const indexHtml = () => {
    if (!dist) return null;
    const file = path.join(dist, 'index.html');
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
    return cached.html;
  };
  app.setNotFoundHandler((req, reply) => {
    const wantsPage =
      req.method === 'GET' && !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');
    const html = wantsPage ? indexHtml() : null;
    if (html) return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
    return sendRouteNotFound(req, reply);
  });
}
