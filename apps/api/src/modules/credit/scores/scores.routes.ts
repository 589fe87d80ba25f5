import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreditScheme,
  ZCreditSchemeSave,
  ZCreditScore,
  ZEligibility,
  ZEligibilityQuery,
  ZScoreDistribution,
  ZScoreDistributionQuery,
} from '@shezu/contracts';
import type { Services } from '../../../services';
import { actorOf, userOf } from '../../../platform/http';

const ZOrgParam = z.object({ orgId: z.coerce.number().int().positive('组织编号不正确') });

/** The credit score, its distribution and scheme, and the eligibility answer. */
export function registerScoreRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { creditScores, eligibility } = services.credit;
  const tags = ['credit'];
  const read = { access: { permission: 'credit.read' as const } };

  r.get('/api/credit-scores/distribution', {
    config: read,
    schema: {
      tags,
      summary: '信用等级分布：按下级行政区划和组织类型统计各等级数量',
      querystring: ZScoreDistributionQuery,
      response: { 200: ZScoreDistribution },
    },
    handler: (req) => creditScores.distribution(userOf(req), req.query),
  });

  r.get('/api/credit-scores/:orgId', {
    config: read,
    schema: {
      tags,
      summary: '组织的信用评分：分数、等级、各指标得分及依据事实、历史',
      params: ZOrgParam,
      response: { 200: ZCreditScore },
    },
    handler: (req) => creditScores.get(userOf(req), req.params.orgId),
  });

  r.get('/api/credit-eligibility/:orgId', {
    config: read,
    schema: {
      tags,
      summary: '能否获得某项待遇（政府购买服务、资金资助、评优、评估、税收资格推荐）及理由',
      params: ZOrgParam,
      querystring: ZEligibilityQuery,
      response: { 200: ZEligibility },
    },
    handler: (req) => eligibility.check(userOf(req), req.params.orgId, req.query.benefit, req.query.date),
  });

  r.get('/api/credit-score-schemes', {
    config: read,
    schema: { tags, summary: '当前信用评分方案（指标、满分、等级分档）', response: { 200: ZCreditScheme } },
    handler: () => creditScores.currentScheme(),
  });

  r.put('/api/credit-score-schemes', {
    config: { access: { permission: 'credit.scheme' as const } },
    schema: {
      tags,
      summary: '保存信用评分方案的新版本（各指标满分之和须为1000分；保存后排队重算）',
      body: ZCreditSchemeSave,
      response: { 200: ZCreditScheme },
    },
    handler: (req) => creditScores.saveScheme(userOf(req), actorOf(req), req.body),
  });
}
