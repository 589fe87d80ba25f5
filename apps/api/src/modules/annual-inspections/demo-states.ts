import type { Kysely } from 'kysely';
import type {
  AnnualReportStatus,
  AnnualReviewStep,
  InspectionConclusion,
  ReportValues,
  TReportCheck,
} from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { toJson } from '../../db/dialect';
import { HistoryRepository } from './history.repository';
import { ReportsRepository, type ReportRecord } from './reports.repository';

/** Where a demo report stands: filled values and how far the review got. */
export interface DemoState {
  status: AnnualReportStatus;
  step: AnnualReviewStep | null;
  values: ReportValues;
  check: TReportCheck;
  submittedAt: string | null;
  late: boolean;
  conclusion: InspectionConclusion | null;
  concludedAt: string | null;
  /** Opinions already given, oldest first (they become history rows). */
  opinions: { action: string; step: AnnualReviewStep; comment: string; at: string }[];
}

/**
 * For the demo seed only: puts a report in a state as if its organization and reviewers had acted (values,
 * one submitted version, the opinions), without events or to-dos — the demo's past is not news.
 */
export async function writeDemoState(trx: Kysely<DB>, r: ReportRecord, s: DemoState, by: string): Promise<void> {
  const submitted = s.submittedAt !== null;
  await new ReportsRepository(trx).update(r.id, r.version, {
    reportValues: toJson(s.values)!,
    status: s.status,
    step: s.step,
    submissionNo: submitted ? 1 : 0,
    submittedAt: s.submittedAt,
    late: s.late,
    riskScore: submitted ? s.check.riskScore : 0,
    errorCount: submitted ? s.check.errors.length + s.check.warnings.length : 0,
    riskCount: submitted ? s.check.risks.length : 0,
    checkResult: submitted ? toJson(s.check)! : null,
    conclusion: s.conclusion,
    conclusionReasons: s.conclusion === 'pass' || !s.conclusion ? null : '财务管理不够规范，未按章程如期召开理事会',
    rectifications: toJson(
      s.conclusion === 'basic_pass'
        ? [{ item: '完善财务管理制度并按章程召开理事会', dueDate: `${r.year + 1}-12-31` }]
        : [],
    )!,
    concludedOn: s.concludedAt?.slice(0, 10) ?? null,
    concludedAt: s.concludedAt,
    updatedAt: s.concludedAt ?? s.submittedAt ?? r.updatedAt,
  });
  if (!submitted) return;
  const history = new HistoryRepository(trx);
  await history.addVersion({
    reportId: r.id,
    no: 1,
    values: s.values,
    submittedAt: s.submittedAt!,
    submittedBy: null,
    submittedByName: r.orgName,
  });
  await history.add({
    reportId: r.id,
    action: 'submitted',
    step: null,
    comment: null,
    actorId: null,
    actorName: r.orgName,
    submissionNo: 1,
    at: s.submittedAt!,
  });
  for (const o of s.opinions)
    await history.add({ reportId: r.id, ...o, actorId: null, actorName: by, submissionNo: 1 });
}
