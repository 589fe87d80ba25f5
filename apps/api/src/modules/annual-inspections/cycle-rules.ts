import type { AnnualReviewStep, InspectionConclusion, RegisteredOrgType } from '@shezu/contracts';

/** Deadlines of the inspection of report year `year` (opened in year + 1). */
export interface CycleDeadlines {
  supervisorDue: string;
  authorityDue: string;
  foundationDue: string;
}

/**
 * 社会团体登记管理条例 第二十八条 and 民办非企业单位登记管理暂行条例 第二十三条: to the supervising unit by
 * 31 March, to the authority by 31 May; 基金会管理条例 第三十六条: foundations by 31 March.
 */
export function defaultDeadlines(year: number): CycleDeadlines {
  return { supervisorDue: `${year + 1}-03-31`, authorityDue: `${year + 1}-05-31`, foundationDue: `${year + 1}-03-31` };
}

export interface RegisterFacts {
  type: RegisteredOrgType;
  status: string;
  foundedOn: string;
  evaluationGrade: string | null;
  gradeValidUntil: string | null;
}

/**
 * Whether an organization reports for `year`: registered and founded by 31 December; a 民办非企业单位
 * registered on 1 July or later skips that year (民办非企业单位年度检查办法, 民政部令第27号, 第三条:
 * registered less than 6 months at 31 December). One registered on 30 June reports.
 */
export function mustReport(org: RegisterFacts, year: number): { must: boolean; skipped: boolean } {
  if (org.status !== 'registered' || org.foundedOn > `${year}-12-31`) return { must: false, skipped: false };
  if (org.type === 'service_institution' && org.foundedOn >= `${year}-07-01`) return { must: false, skipped: true };
  return { must: true, skipped: false };
}

/** 4A and 5A organizations with a valid grade file the simplified report (社会组织评估管理办法). */
export function reportForm(org: RegisterFacts, onDate: string): 'full' | 'simplified' {
  const high = org.evaluationGrade === '4A' || org.evaluationGrade === '5A';
  return high && (!org.gradeValidUntil || org.gradeValidUntil >= onDate) ? 'simplified' : 'full';
}

/** When the organization must submit: foundations to the authority, others to their first reviewer. */
export function submissionDue(type: RegisteredOrgType, hasSupervisor: boolean, d: CycleDeadlines): string {
  if (type === 'foundation') return d.foundationDue;
  return hasSupervisor ? d.supervisorDue : d.authorityDue;
}

/** After this date a report not submitted is overdue (the authority's deadline for the type). */
export function finalDue(type: RegisteredOrgType, d: CycleDeadlines): string {
  return type === 'foundation' ? d.foundationDue : d.authorityDue;
}

/** The review chain: supervising unit (none for 直接登记) → party-building body (when there is one) → authority. */
export function stepsOf(r: { supervisorUnitId: number | null; partyUnitId: number | null }): AnnualReviewStep[] {
  const steps: AnnualReviewStep[] = [];
  if (r.supervisorUnitId) steps.push('supervisor');
  if (r.partyUnitId) steps.push('party');
  steps.push('authority');
  return steps;
}

export function nextStep(
  r: { supervisorUnitId: number | null; partyUnitId: number | null },
  after: AnnualReviewStep,
): AnnualReviewStep {
  const steps = stepsOf(r);
  return steps[steps.indexOf(after) + 1] ?? 'authority';
}

/** One year of an organization's inspection record: a conclusion, or null when it was not inspected. */
export interface YearRecord {
  year: number;
  conclusion: InspectionConclusion | null;
}

/**
 * DOMAIN.md: two consecutive years not inspected — or, for a 民办非企业单位, two consecutive 不合格 — make
 * the organization a candidate for 撤销登记 (民办非企业单位登记管理暂行条例 第二十五条; 社会团体登记管理条例
 * 第三十条). `records` are the last two report years, newest first.
 */
export function revocationGround(type: RegisteredOrgType, records: YearRecord[]): string | null {
  const [a, b] = records;
  if (!a || !b || a.year !== b.year + 1) return null;
  if (a.conclusion === null && b.conclusion === null) return `连续两年（${b.year}、${a.year}年度）未参加年检`;
  if (type === 'service_institution' && a.conclusion === 'fail' && b.conclusion === 'fail')
    return `连续两年（${b.year}、${a.year}年度）年检不合格`;
  return null;
}
