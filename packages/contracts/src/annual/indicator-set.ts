import { z } from 'zod';
import { REGISTERED_ORG_TYPES } from '../orgs';

/**
 * The annual report form as data (DOMAIN.md "Annual inspection / annual report"): indicators, validation
 * rules and risk rules of one report year, versioned, edited by administrators without code changes.
 * Conditions and checks are formulas (see `formula.ts`) over indicator codes, `org.*`, `prev.*`, `param.*`.
 */

/** Sections in the order the form shows them; the organization saves one section at a time. */
export const ANNUAL_SECTIONS = [
  'basic',
  'balance_sheet',
  'activity_statement',
  'activities',
  'governance',
  'party',
  'staff',
  'disclosure',
  'charity',
  'attachments',
] as const;
export type AnnualSection = (typeof ANNUAL_SECTIONS)[number];

export const INDICATOR_TYPES = ['number', 'money', 'text', 'date', 'choice', 'bool', 'rows', 'file'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

/** Column types of a table-rows indicator. */
export const ROW_COLUMN_TYPES = ['number', 'money', 'text', 'date'] as const;

export const ZIndicatorCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,59}$/, '指标代码为小写字母开头的字母、数字和下划线（2–60位）');

const ZLabelZh = z.string().trim().min(1, '请填写中文名称').max(100);
const ZLabelEn = z.string().trim().min(1, '请填写英文名称').max(200);
const ZFormula = z.string().trim().min(1, '请填写公式').max(1000);

export const ZIndicatorOption = z.object({ value: z.string().min(1).max(40), labelZh: ZLabelZh, labelEn: ZLabelEn });

export const ZRowColumn = z.object({
  code: ZIndicatorCode,
  labelZh: ZLabelZh,
  labelEn: ZLabelEn,
  type: z.enum(ROW_COLUMN_TYPES),
});

export const ZIndicator = z.object({
  code: ZIndicatorCode,
  section: z.enum(ANNUAL_SECTIONS),
  labelZh: ZLabelZh,
  labelEn: ZLabelEn,
  type: z.enum(INDICATOR_TYPES),
  /** 行次 in the statements of the 民间非营利组织会计制度 (e.g. '60' for 资产总计). */
  line: z.string().max(10).optional(),
  required: z.boolean().default(false),
  /** Organization types the indicator applies to; empty = all registered types. */
  orgTypes: z.array(z.enum(REGISTERED_ORG_TYPES)).default([]),
  /** Further condition on `org.*` (e.g. `org.charity`); the indicator is asked only when it holds. */
  appliesWhen: ZFormula.optional(),
  /** Asked in the simplified form of 4A+ organizations too. */
  simplified: z.boolean().default(false),
  /** Published in the public part of the report. */
  public: z.boolean().default(false),
  /** Bounds for number and money (money in fen). */
  min: z.number().optional(),
  max: z.number().optional(),
  /** Number indicators that count people, meetings…: whole numbers only. */
  integer: z.boolean().optional(),
  maxLength: z.number().int().positive().max(20000).optional(),
  options: z.array(ZIndicatorOption).optional(),
  columns: z.array(ZRowColumn).optional(),
  /** Where the form prefills it from: `register.<field>` or `previous` (last year's report). */
  prefill: z.string().max(60).optional(),
  /** Derived from other indicators (e.g. subtotals); the form shows the result, the engine checks it. */
  formula: ZFormula.optional(),
  helpZh: z.string().max(500).optional(),
  helpEn: z.string().max(1000).optional(),
});
export type TIndicator = z.infer<typeof ZIndicator>;

export const ZValidationRule = z.object({
  code: ZIndicatorCode,
  /** `error` blocks submission; `warning` is shown and kept with the report. */
  severity: z.enum(['error', 'warning']),
  /** What must hold, e.g. `bs_total_assets_end = bs_total_liab_net_end`. */
  assert: ZFormula,
  /** The rule is checked only when this holds. */
  when: ZFormula.optional(),
  /** The indicator the message is shown next to first, then the others involved. */
  fields: z.array(ZIndicatorCode).min(1),
  messageZh: z.string().min(1).max(300),
  messageEn: z.string().min(1).max(500),
  /** The regulation or form instruction the rule comes from. */
  basis: z.string().max(300).optional(),
});
export type TValidationRule = z.infer<typeof ZValidationRule>;

export const NUMBER_FORMATS = ['money', 'percent', 'number', 'text', 'date'] as const;

export const ZRiskRule = z.object({
  code: ZIndicatorCode,
  labelZh: ZLabelZh,
  labelEn: ZLabelEn,
  /** The flag is raised when this holds. */
  when: ZFormula,
  /** Added to the report's risk score (the review queue sorts by it). */
  weight: z.number().int().min(1).max(100),
  /** The numbers behind the flag, shown with it. */
  show: z
    .array(z.object({ labelZh: ZLabelZh, labelEn: ZLabelEn, formula: ZFormula, format: z.enum(NUMBER_FORMATS) }))
    .default([]),
  explanationZh: z.string().min(1).max(500),
  explanationEn: z.string().min(1).max(1000),
  basis: z.string().max(300).optional(),
});
export type TRiskRule = z.infer<typeof ZRiskRule>;

/**
 * One row of the charity spending table (慈善法 第六十一条; 关于慈善组织开展慈善活动年度支出和管理费用的规定,
 * 民发〔2016〕189号): by kind, public-fundraising qualification and last year-end net assets.
 */
export const ZCharityLimit = z.object({
  kind: z.enum(['foundation', 'group_or_institution']),
  publicFundraising: z.boolean(),
  /** Net-assets tier [from, below) in fen; null = unbounded. */
  netAssetsFromFen: z.number().int().nonnegative().nullable(),
  netAssetsBelowFen: z.number().int().positive().nullable(),
  /** What the spending floor is a share of. */
  spendingBase: z.enum(['last_year_income', 'last_year_net_assets']),
  spendingFloor: z.number().min(0).max(1),
  /** A second floor as a share of last year's income (the < 100万 tier: also ≥ 50 %). */
  incomeFloor: z.number().min(0).max(1).nullable(),
  /** Management expenses as a share of the year's total expenses. */
  mgmtCap: z.number().min(0).max(1),
  status: z.enum(['confirmed', 'partial', 'unconfirmed']),
  source: z.string().max(300),
});
export type TCharityLimit = z.infer<typeof ZCharityLimit>;

export const ZIndicatorSetDefinition = z.object({
  indicators: z.array(ZIndicator).min(1).max(1000),
  rules: z.array(ZValidationRule).max(1000),
  risks: z.array(ZRiskRule).max(200),
  charityLimits: z.array(ZCharityLimit).max(50),
  /** Named numbers formulas use as `param.<name>` (thresholds in fen, shares as fractions). */
  params: z.record(ZIndicatorCode, z.number()).default({}),
});
export type TIndicatorSetDefinition = z.infer<typeof ZIndicatorSetDefinition>;

/** A stored version of a year's definition. */
export const ZIndicatorSet = z.object({
  id: z.number().int(),
  year: z.number().int(),
  version: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  definition: ZIndicatorSetDefinition,
});
export type TIndicatorSet = z.infer<typeof ZIndicatorSet>;

/** A value in a report: numbers (money in fen), text, ISO dates, choices, booleans, rows, file ids. */
export type RowValue = Record<string, number | string | null>;
export type IndicatorValue = number | string | boolean | null | RowValue[] | number[];
export type ReportValues = Record<string, IndicatorValue>;

export const ZReportValues = z.record(
  ZIndicatorCode,
  z.union([
    z.number(),
    z.string().max(20000),
    z.boolean(),
    z.null(),
    z.array(z.record(z.string(), z.union([z.number(), z.string().max(2000), z.null()]))).max(500),
    z.array(z.number().int().positive()).max(20),
  ]),
);
