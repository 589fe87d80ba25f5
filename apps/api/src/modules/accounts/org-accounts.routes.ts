import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZOrgAccountsIssue, ZOrgAccountsIssued } from '@shezu/contracts';
import { actorOf, userOf } from '../../platform/http';
import type { OrgAccountsService } from './org-accounts.service';

export function registerOrgAccountRoutes(app: FastifyInstance, orgAccounts: OrgAccountsService): void {
  app.withTypeProvider<ZodTypeProvider>().post('/api/orgs/accounts', {
    config: { access: { permission: 'orgs.accounts' } },
    schema: {
      tags: ['orgs'],
      summary: '为本级登记的社会组织批量开通账号（登录名为统一社会信用代码，初始密码仅显示一次）',
      body: ZOrgAccountsIssue,
      response: { 200: ZOrgAccountsIssued },
    },
    handler: async (req) => orgAccounts.issue(userOf(req), actorOf(req), req.body),
  });
}
