import { z } from 'zod';

/**
 * The credit score (衢州 分类分级监管): 1000 points in 5 levels. The scheme is data — indicators with their
 * maximums and parameters, and the level bands — saved in versions; the providers that turn facts into points
 * are code (score-providers.ts). Every parameter is a percentage of the indicator's maximum, so changing a
 * maximum keeps the rule's shape.
 */
export const SCORE_TOTAL = 1000;

export const SCORE_LEVELS = ['A', 'B', 'C', 'D', 'E'] as const;
export type ScoreLevel = (typeof SCORE_LEVELS)[number];

export const SCORE_INDICATOR_CODES = [
  'registration',
  'annual',
  'evaluation',
  'lists',
  'penalties',
  'spot_checks',
  'complaints',
  'disclosure',
  'activities',
  'party',
] as const;
export type ScoreIndicatorCode = (typeof SCORE_INDICATOR_CODES)[number];

const ZPct = z.number().int('请输入整数').min(0, '不能小于0').max(100, '不能大于100');

export const ZScoreIndicator = z.object({
  code: z.enum(SCORE_INDICATOR_CODES, { message: '未知的指标' }),
  label: z.string().trim().min(1, '请填写指标名称').max(50, '指标名称不能超过50字'),
  maxPoints: z.number().int('分值应为整数').min(0, '分值不能小于0').max(SCORE_TOTAL, '分值不能超过1000'),
  /** Percentages of maxPoints (deductions or shares), per provider. */
  params: z.record(z.string(), ZPct),
});
export type TScoreIndicator = z.infer<typeof ZScoreIndicator>;

/** The lowest score of each level; E is everything below D. */
export const ZScoreBands = z.object({
  A: z.number().int('请输入整数').min(1).max(SCORE_TOTAL),
  B: z.number().int('请输入整数').min(1).max(SCORE_TOTAL),
  C: z.number().int('请输入整数').min(1).max(SCORE_TOTAL),
  D: z.number().int('请输入整数').min(1).max(SCORE_TOTAL),
});
export type TScoreBands = z.infer<typeof ZScoreBands>;

export const ZScoreSchemeDefinition = z.object({
  indicators: z.array(ZScoreIndicator).min(1, '至少需要一个指标'),
  bands: ZScoreBands,
});
export type TScoreSchemeDefinition = z.infer<typeof ZScoreSchemeDefinition>;

export const DEFAULT_SCORE_BANDS: TScoreBands = { A: 900, B: 800, C: 700, D: 600 };

export const DEFAULT_SCORE_SCHEME: TScoreSchemeDefinition = {
  indicators: [
    // Not registered → 0; expired certificate and a credit-code warning deduct.
    { code: 'registration', label: '登记合规', maxPoints: 140, params: { expiredCertificate: 50, usccWarning: 30 } },
    // Last 3 report years: each 不合格 or overdue year deducts `fail`, each 基本合格 `basicPass`.
    { code: 'annual', label: '近三年年检结果', maxPoints: 180, params: { fail: 40, basicPass: 15 } },
    // Share of the maximum by valid grade; no (or an expired) grade gets `none`.
    {
      code: 'evaluation',
      label: '评估等级',
      maxPoints: 100,
      params: { g5A: 100, g4A: 90, g3A: 80, g2A: 70, g1A: 60, none: 50 },
    },
    // Share kept while listed: the dishonest list keeps nothing.
    { code: 'lists', label: '信用名录状态', maxPoints: 180, params: { abnormal: 40, dishonest: 0 } },
    // Within 3 years, per penalty: warning, fine under ¥50,000, heavy (¥50,000+, suspension, revocation).
    { code: 'penalties', label: '行政处罚', maxPoints: 150, params: { warning: 20, smallFine: 30, heavy: 70 } },
    { code: 'spot_checks', label: '抽查结果', maxPoints: 50, params: { problem: 50 } },
    { code: 'complaints', label: '投诉举报查实', maxPoints: 50, params: { each: 50 } },
    // Annual reports filed on time over the last 3 years: each overdue year deducts `overdue`.
    { code: 'disclosure', label: '信息公开及时', maxPoints: 50, params: { overdue: 34 } },
    // Published activities in the last 12 months: `base` share plus the rest pro rata up to `target` activities.
    { code: 'activities', label: '活动公开', maxPoints: 30, params: { base: 50, target: 4 } },
    { code: 'party', label: '党组织建设', maxPoints: 70, params: { none: 60 } },
  ],
  bands: DEFAULT_SCORE_BANDS,
};

export interface SchemeProblem {
  /** Dotted path inside the definition: `indicators`, `indicators.3.maxPoints`, `bands.B`. */
  path: string;
  message: string;
}

/** What makes a scheme unusable, field by field (the maximums must sum to exactly 1000). */
export function validateScheme(def: TScoreSchemeDefinition): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const sum = def.indicators.reduce((s, i) => s + i.maxPoints, 0);
  if (sum !== SCORE_TOTAL)
    problems.push({ path: 'indicators', message: `各指标满分之和应为${SCORE_TOTAL}分，当前为${sum}分` });
  const seen = new Set<string>();
  def.indicators.forEach((i, n) => {
    if (seen.has(i.code)) problems.push({ path: `indicators.${n}.code`, message: '指标重复' });
    seen.add(i.code);
  });
  const b = def.bands;
  if (!(b.A > b.B)) problems.push({ path: 'bands.A', message: 'A级下限应高于B级' });
  if (!(b.B > b.C)) problems.push({ path: 'bands.B', message: 'B级下限应高于C级' });
  if (!(b.C > b.D)) problems.push({ path: 'bands.C', message: 'C级下限应高于D级' });
  return problems;
}

/** The level of a score: A ≥ bands.A, B ≥ bands.B, … E below bands.D. */
export function levelOf(score: number, bands: TScoreBands): ScoreLevel {
  if (score >= bands.A) return 'A';
  if (score >= bands.B) return 'B';
  if (score >= bands.C) return 'C';
  if (score >= bands.D) return 'D';
  return 'E';
}

/** The band of a level in words, e.g. `800–899分`. */
export function bandText(level: ScoreLevel, bands: TScoreBands): string {
  const lows = [bands.A, bands.B, bands.C, bands.D];
  const i = SCORE_LEVELS.indexOf(level);
  if (i === 0) return `${bands.A}分及以上`;
  if (i === 4) return `${bands.D}分以下`;
  return `${lows[i]}–${lows[i - 1]! - 1}分`;
}
