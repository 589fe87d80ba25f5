import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAnnouncement,
  ZAnnouncementQuery,
  ZPublicCommunityOrg,
  ZPublicOrg,
  ZPublicOrgPage,
  ZPublicOrgQuery,
  pageOf,
} from '@shezu/contracts';
import type { PortalService } from './portal.service';

const ZId = z.object({ id: z.coerce.number().int().positive() });
/** Per address: a person browsing never comes near it, a scraper walking the register does. */
const publicRoute = () => ({ access: { public: true as const }, rateLimit: { max: 120, timeWindow: '1 minute' } });

export function registerPortalRoutes(app: FastifyInstance, portal: PortalService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/public/orgs', {
    config: publicRoute(),
    schema: {
      tags: ['public'],
      summary: '社会组织公开查询与开放数据接口（只读，键集分页）',
      description:
        '全国登记库的公开信息，含已注销、已撤销登记和已吊销登记证书的组织（附状态日期和原因）。' +
        'q 为名称中任意连续2个字以上，或18位统一社会信用代码；可按类型、状态、领域类别和住所地区（含下级）筛选。\n\n' +
        '分页：每页最多 limit 条；nextCursor 不为空时把它作为 cursor 原样传回取下一页，为空表示已到最后一页。' +
        '不带 q 时按登记库内部顺序（新登记的排在后面），带名称时按地区和登记顺序；游标只对同一组条件有效。' +
        '数据实时读取登记库：登记、变更、注销立即可见。整库批量下载见 /api/public/open-data。',
      querystring: ZPublicOrgQuery,
      response: { 200: pageOf(ZPublicOrg) },
    },
    handler: async (req) => portal.search(req.query),
  });

  r.get('/api/public/orgs/:uscc', {
    config: publicRoute(),
    schema: {
      tags: ['public'],
      summary: '社会组织公开信息（按统一社会信用代码），含公开的登记事项时间线',
      params: z.object({ uscc: z.string().trim().max(40) }),
      response: { 200: ZPublicOrgPage },
    },
    handler: async (req) => portal.orgPage(req.params.uscc),
  });

  r.get('/api/public/community-orgs/:id', {
    config: publicRoute(),
    schema: {
      tags: ['public'],
      summary: '社区社会组织备案公开信息',
      params: ZId,
      response: { 200: ZPublicCommunityOrg },
    },
    handler: async (req) => portal.communityOrg(req.params.id),
  });

  r.get('/api/public/announcements', {
    config: publicRoute(),
    schema: {
      tags: ['public'],
      summary: '登记公告（成立、变更、注销、撤销登记、吊销登记证书），最新在前，键集分页',
      querystring: ZAnnouncementQuery,
      response: { 200: pageOf(ZAnnouncement) },
    },
    handler: async (req) => portal.announcements(req.query),
  });

  r.get('/api/public/announcements/:id', {
    config: publicRoute(),
    schema: { tags: ['public'], summary: '登记公告全文', params: ZId, response: { 200: ZAnnouncement } },
    handler: async (req) => portal.announcement(req.params.id),
  });
}
