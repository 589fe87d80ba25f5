import type { TPublicCommunityOrg, TPublicOrg } from '@shezu/contracts';

const SITE = '社会组织信息公示';
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export interface PageHead {
  title: string;
  description: string;
  url: string;
  /** An absolute image URL for the preview card (og:image), when the page has one. */
  image?: string | null;
}

export function orgHead(o: TPublicOrg, url: string): PageHead {
  const status = o.statusDate && o.status !== 'registered' ? `${o.statusName}（${o.statusDate}）` : o.statusName;
  return {
    title: `${o.name}（${o.statusName}）- ${SITE}`,
    description:
      `${o.name}，${o.typeName}，登记管理机关：${o.authorityName}，统一社会信用代码：${o.uscc}，` +
      `登记状态：${status}，成立登记日期：${o.foundedOn}。`,
    url,
  };
}

export function communityOrgHead(o: TPublicCommunityOrg, url: string): PageHead {
  const status = o.status === 'filed' ? '已备案' : `已注销备案${o.cancelledOn ? `（${o.cancelledOn}）` : ''}`;
  return {
    title: `${o.name}（社区社会组织）- ${SITE}`,
    description: `${o.name}，${o.townshipName}${o.communityName}社区社会组织，活动区域：${o.activityArea}，备案日期：${o.filedOn}，${status}。`,
    url,
  };
}

export function notFoundHead(what: string, url: string): PageHead {
  return { title: `未找到该${what} - ${SITE}`, description: `全国社会组织登记信息公开查询。`, url };
}

/**
 * index.html with the page's title, description and Open Graph tags in place of the app's own, so a
 * shared link previews with the organization's name. Every value is HTML-escaped; the page is spliced,
 * never passed through String.replace patterns (a name may contain `$&`).
 */
export function withHead(html: string, head: PageHead): string {
  const title = escapeHtml(head.title);
  const description = escapeHtml(head.description);
  const tags = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${SITE}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeHtml(head.url)}" />`,
    ...(head.image ? [`<meta property="og:image" content="${escapeHtml(head.image)}" />`] : []),
    `<meta name="twitter:card" content="${head.image ? 'summary_large_image' : 'summary'}" />`,
  ].join('\n    ');
  const stripped = html
    .replace(/<title>[\s\S]*?<\/title>\s*/gi, '')
    .replace(/<meta\s+(?:name="(?:description|twitter:[^"]*)"|property="og:[^"]*")[^>]*>\s*/gi, '');
  const at = stripped.search(/<\/head>/i);
  return at >= 0 ? `${stripped.slice(0, at)}  ${tags}\n  ${stripped.slice(at)}` : `${tags}\n${stripped}`;
}
