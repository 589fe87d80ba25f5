import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { REGISTERED_ORG_TYPES } from '../orgs';
import { ZRegionCode } from '../regions';
import { CREDIT_BENEFITS, ZEligibilityReason } from './score-eligibility';
import { SCORE_INDICATOR_CODES, SCORE_LEVELS, ZScoreSchemeDefinition } from './score-scheme';

/** The HTTP shapes of the credit score, its scheme, the distribution and the eligibility answer. */
export const ZScoreBreakdownItem = z.object({
  code: z.enum(SCORE_INDICATOR_CODES),
  label: z.string(),
  points: z.number().int(),
  maxPoints: z.number().int(),
  facts: z.array(z.string()),
  /** 暂无数据: the platform has no records for this indicator yet; scored neutrally (full points). */
  noData: z.boolean(),
});

export const ZScoreHistoryItem = z.object({
  score: z.number().int(),
  level: z.enum(SCORE_LEVELS),
  computedOn: ZIsoDate,
  cause: z.string(),
  causeLabel: z.string(),
});

export const ZCreditScore = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  score: z.number().int(),
  level: z.enum(SCORE_LEVELS),
  /** The level's band in words, e.g. 800–899分. */
  band: z.string(),
  breakdown: z.array(ZScoreBreakdownItem),
  schemeVersion: z.number().int(),
  computedOn: ZIsoDate,
  history: z.array(ZScoreHistoryItem),
});
export type TCreditScore = z.infer<typeof ZCreditScore>;

export const ZCreditScheme = z.object({
  id: z.number().int(),
  version: z.number().int(),
  definition: ZScoreSchemeDefinition,
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TCreditScheme = z.infer<typeof ZCreditScheme>;

export const ZCreditSchemeSave = z.object({
  definition: ZScoreSchemeDefinition,
  note: z.string().trim().max(200, '说明不能超过200字').optional(),
  /** The version the editor started from; a newer one saved meanwhile refuses the save. */
  baseVersion: z.number().int().positive(),
});

export const ZScoreDistributionQuery = z.object({
  region: ZRegionCode.optional(),
  orgType: z.enum(REGISTERED_ORG_TYPES).optional(),
});

const ZLevelCounts = z.object({ A: z.number(), B: z.number(), C: z.number(), D: z.number(), E: z.number() });
export const ZScoreDistribution = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  total: ZLevelCounts.extend({ all: z.number() }),
  byRegion: z.array(
    z.object({ regionCode: z.string(), regionName: z.string(), counts: ZLevelCounts, all: z.number() }),
  ),
  byType: z.array(z.object({ orgType: z.string(), counts: ZLevelCounts, all: z.number() })),
});
export type TScoreDistribution = z.infer<typeof ZScoreDistribution>;

export const ZEligibilityQuery = z.object({
  benefit: z.enum(CREDIT_BENEFITS, { message: '请选择待遇类型' }),
  date: ZIsoDate.optional(),
});
export const ZEligibility = z.object({
  orgId: z.number().int(),
  benefit: z.enum(CREDIT_BENEFITS),
  benefitLabel: z.string(),
  date: ZIsoDate,
  allowed: z.boolean(),
  reasons: z.array(ZEligibilityReason),
});
export type TEligibility = z.infer<typeof ZEligibility>;
