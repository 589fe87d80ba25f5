import { z } from 'zod';
import type { RegisteredOrgType } from '../orgs';
import { NUMBER_FORMATS, type ReportValues } from './indicator-set';

/** What formulas see as `org.*`, `year`, `form`: the register's facts at the time of the report. */
export interface ReportContext {
  /** The report year (N−1 of the inspection opened in year N). */
  year: number;
  /** `simplified` for 4A+ organizations (DOMAIN.md), else `full`. */
  form: 'full' | 'simplified';
  org: {
    type: RegisteredOrgType;
    charity: boolean;
    publicFundraising: boolean;
    /** 活动资金 / 开办资金 / 原始基金 in fen. */
    registeredFundsFen: number;
    grade: string | null;
    foundedOn: string;
    /** Directly registered (no supervising unit). */
    direct: boolean;
    hasPartyOrg: boolean;
  };
  /** Last year's report values (`prev.<code>`), or null when there is none. */
  previous: ReportValues | null;
}

export const ZCheckIssue = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  /** The indicator the message belongs next to. */
  field: z.string(),
  fields: z.array(z.string()),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type TCheckIssue = z.infer<typeof ZCheckIssue>;

export const ZRiskFlag = z.object({
  code: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  weight: z.number().int(),
  explanationZh: z.string(),
  explanationEn: z.string(),
  basis: z.string().nullable(),
  numbers: z.array(
    z.object({
      labelZh: z.string(),
      labelEn: z.string(),
      value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
      format: z.enum(NUMBER_FORMATS),
    }),
  ),
});
export type TRiskFlag = z.infer<typeof ZRiskFlag>;

/** The automatic checks of one report: the same result in the browser and on the server. */
export const ZReportCheck = z.object({
  /** Required indicators left blank. */
  missing: z.array(z.string()),
  errors: z.array(ZCheckIssue),
  warnings: z.array(ZCheckIssue),
  risks: z.array(ZRiskFlag),
  /** Sum of the raised risk weights plus 10 per error, capped at 100. */
  riskScore: z.number().int().min(0).max(100),
});
export type TReportCheck = z.infer<typeof ZReportCheck>;
