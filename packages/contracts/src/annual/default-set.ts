import type { TIndicator, TIndicatorSetDefinition } from './indicator-set';
import { DEFAULT_CHARITY_LIMITS, MGMT_CAP_EXEMPT_BELOW_FEN } from './charity-limits';
import { SOCIAL_GROUP_MEMBER_MINIMUMS } from '../registration-rules';
import { BASIC_INDICATORS } from './default-indicators/basic';
import { BALANCE_SHEET_INDICATORS } from './default-indicators/balance-sheet';
import { ACTIVITY_STATEMENT_INDICATORS } from './default-indicators/activity-statement';
import { ACTIVITIES_INDICATORS } from './default-indicators/activities';
import { GOVERNANCE_INDICATORS } from './default-indicators/governance';
import { PARTY_INDICATORS } from './default-indicators/party';
import { STAFF_INDICATORS } from './default-indicators/staff';
import { DISCLOSURE_INDICATORS } from './default-indicators/disclosure';
import { CHARITY_INDICATORS } from './default-indicators/charity';
import { ATTACHMENT_INDICATORS } from './default-indicators/attachments';
import { FINANCE_RULES } from './default-indicators/rules-finance';
import { ORG_RULES } from './default-indicators/rules-org';
import { DEFAULT_RISKS } from './default-indicators/risks';

/** Named numbers of the default set; administrators change them per year without touching formulas. */
export const DEFAULT_PARAMS: Record<string, number> = {
  /** 规定 第十一条: management expenses under 20万元 are exempt from the cap. */
  mgmt_cap_exempt_below: MGMT_CAP_EXEMPT_BELOW_FEN,
  /**
   * Income above which a report without an audit report is flagged: ¥1,000,000. There is no national threshold
   * (reference §D); this is local configuration.
   */
  audit_income_threshold: 100_000_000,
  /** Liabilities / assets above this is flagged (no published threshold, reference §E4). */
  liability_ratio_max: 0.7,
  /** Year-over-year change of total expenses flagged above this share. */
  expense_swing_max: 0.5,
  /** "应建未建": party members among full-time staff from which an organization is due. */
  party_min_members: 3,
  min_individual_members: SOCIAL_GROUP_MEMBER_MINIMUMS.individual,
  min_unit_members: SOCIAL_GROUP_MEMBER_MINIMUMS.unit,
  min_mixed_members: SOCIAL_GROUP_MEMBER_MINIMUMS.mixed,
};

/** From FY2026 the revised 会计制度 (财会〔2024〕25号) applies; its line numbers were not verified (reference §B.5). */
function statementNote(ind: TIndicator, year: number): TIndicator {
  if (year < 2026 || (ind.section !== 'balance_sheet' && ind.section !== 'activity_statement') || !ind.line) return ind;
  return {
    ...ind,
    helpZh: [ind.helpZh, '2026年度起执行《民间非营利组织会计制度》（财会〔2024〕25号），按新报表对应项目填写']
      .filter(Boolean)
      .join('；'),
  };
}

/** The default annual report definition for a report year (a fresh copy; callers may edit it). */
export function defaultIndicatorSet(year: number): TIndicatorSetDefinition {
  const indicators = [
    ...BASIC_INDICATORS,
    ...BALANCE_SHEET_INDICATORS,
    ...ACTIVITY_STATEMENT_INDICATORS,
    ...ACTIVITIES_INDICATORS,
    ...GOVERNANCE_INDICATORS,
    ...PARTY_INDICATORS,
    ...STAFF_INDICATORS,
    ...DISCLOSURE_INDICATORS,
    ...CHARITY_INDICATORS,
    ...ATTACHMENT_INDICATORS,
  ].map((ind) => statementNote(ind, year));
  const set: TIndicatorSetDefinition = {
    indicators,
    rules: [...FINANCE_RULES, ...ORG_RULES],
    risks: DEFAULT_RISKS,
    charityLimits: DEFAULT_CHARITY_LIMITS,
    params: DEFAULT_PARAMS,
  };
  // A JSON copy (not structuredClone): shared sub-objects must not stay shared when an admin edits one of them.
  return JSON.parse(JSON.stringify(set)) as TIndicatorSetDefinition;
}
