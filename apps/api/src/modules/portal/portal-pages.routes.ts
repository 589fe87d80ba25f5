import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { communityOrgHead, notFoundHead, orgHead, withHead, type PageHead } from './page-head';
import type { PortalService } from './portal.service';

/** Without a built web app (API-only deployments, tests) the head still goes out, in an empty page. */
const BARE_PAGE =
  '<!doctype html>\n<html lang="zh-CN">\n  <head>\n    <meta charset="UTF-8" />\n  </head>\n  <body></body>\n</html>\n';
const USCC_LIKE = /^[0-9A-Za-z]{18}$/;

/**
 * The public pages a link is shared to — /org/<USCC> and /community-org/<id> — answered with the web
 * app's index.html whose head names the organization, so chat apps and search engines show a proper
 * preview; the client router then renders the page. An unknown code still loads the app, with a 404.
 */
export function registerPortalPages(
  app: FastifyInstance,
  deps: { portal: PortalService; webDist: string | null; publicBaseUrl: string },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { portal, webDist, publicBaseUrl } = deps;
  let cached: { mtimeMs: number; html: string } | undefined;
  const indexHtml = () => {
    if (!webDist) return BARE_PAGE;
    const file = path.join(webDist, 'index.html');
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
    return cached.html;
  };
  const config = () => ({ access: { public: true as const }, rateLimit: { max: 120, timeWindow: '1 minute' } });
  const send = (reply: FastifyReply, status: number, head: PageHead) =>
    reply
      .code(status)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(withHead(indexHtml(), head));

  r.get('/org/:uscc', {
    config: config(),
    schema: { hide: true, params: z.object({ uscc: z.string() }) },
    handler: async (req, reply) => {
      const { uscc } = req.params;
      const url = `${publicBaseUrl}/org/${encodeURIComponent(uscc)}`;
      const org = USCC_LIKE.test(uscc) ? await portal.orgSummary(uscc) : undefined;
      return org ? send(reply, 200, orgHead(org, url)) : send(reply, 404, notFoundHead('社会组织', url));
    },
  });

  r.get('/community-org/:id', {
    config: config(),
    schema: { hide: true, params: z.object({ id: z.string() }) },
    handler: async (req, reply) => {
      const { id } = req.params;
      const url = `${publicBaseUrl}/community-org/${encodeURIComponent(id)}`;
      const found = /^[1-9]\d{0,15}$/.test(id) ? await portal.communityOrgSummary(Number(id)) : undefined;
      return found
        ? send(reply, 200, communityOrgHead(found, url))
        : send(reply, 404, notFoundHead('社区社会组织', url));
    },
  });
}
