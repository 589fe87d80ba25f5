import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFoundHead, withHead, type PageHead } from '../../portal/page-head';
import type { FeedService } from './feed.service';

const BARE_PAGE =
  '<!doctype html>\n<html lang="zh-CN">\n  <head>\n    <meta charset="UTF-8" />\n  </head>\n  <body></body>\n</html>\n';
const DESCRIPTION_MAX = 120;

/** One line of the activity's text for the preview card: whitespace folded, cut at a readable length. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DESCRIPTION_MAX ? `${flat.slice(0, DESCRIPTION_MAX)}…` : flat;
}

/**
 * /portal/activities/<id>: the web app's index.html with the activity's title, text and cover photo in the head
 * (og:title, og:description, og:image), so a link shared into a chat app previews; the client router then renders
 * the page. Unpublished or unknown: the app still loads, answered 404. Values are escaped by withHead.
 */
export function registerActivityPage(
  app: FastifyInstance,
  deps: { feed: FeedService; webDist: string | null; publicBaseUrl: string },
): void {
  const { feed, webDist, publicBaseUrl } = deps;
  let cached: { mtimeMs: number; html: string } | undefined;
  const indexHtml = () => {
    if (!webDist) return BARE_PAGE;
    const file = path.join(webDist, 'index.html');
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
    return cached.html;
  };

  app.withTypeProvider<ZodTypeProvider>().get('/portal/activities/:id', {
    config: { access: { public: true }, rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: { hide: true, params: z.object({ id: z.string() }) },
    handler: async (req, reply) => {
      const { id } = req.params;
      const url = `${publicBaseUrl}/portal/activities/${encodeURIComponent(id)}`;
      const found = /^[1-9]\d{0,15}$/.test(id) ? await feed.pageHead(Number(id)) : undefined;
      const head: PageHead = found
        ? {
            title: `${found.title} - ${found.orgName}`,
            description: excerpt(`${found.startsOn}，${found.orgName}：${found.text}`),
            url,
            image: found.coverPath ? `${publicBaseUrl}${found.coverPath}` : null,
          }
        : notFoundHead('活动', url);
      return reply
        .code(found ? 200 : 404)
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .send(withHead(indexHtml(), head));
    },
  });
}
