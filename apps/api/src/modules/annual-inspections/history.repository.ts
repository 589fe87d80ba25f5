import type { Kysely } from 'kysely';
import type { AnnualReviewStep, ReportValues, TReviewEntry } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { fromJson, toJson } from '../../db/dialect';

/** What happened to a report (opinions with their indicator comments) and every submitted version. */
export class HistoryRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async add(e: {
    reportId: number;
    action: string;
    step: AnnualReviewStep | null;
    comment: string | null;
    indicatorComments?: Record<string, string>;
    actorId: number | null;
    actorName: string | null;
    submissionNo: number;
    at: string;
  }): Promise<void> {
    await this.db
      .insertInto('annualReportHistory')
      .values({ ...e, indicatorComments: toJson(e.indicatorComments ?? {}) })
      .execute();
  }

  async list(reportId: number): Promise<TReviewEntry[]> {
    const rows = await this.db
      .selectFrom('annualReportHistory')
      .select(['action', 'step', 'comment', 'indicatorComments', 'actorName', 'at', 'submissionNo'])
      .where('reportId', '=', reportId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      ...r,
      step: r.step as AnnualReviewStep | null,
      indicatorComments: fromJson<Record<string, string>>(r.indicatorComments) ?? {},
    }));
  }

  async addVersion(v: {
    reportId: number;
    no: number;
    values: ReportValues;
    submittedAt: string;
    submittedBy: number | null;
    submittedByName: string | null;
  }): Promise<void> {
    const { values, ...rest } = v;
    await this.db
      .insertInto('annualReportVersions')
      .values({ ...rest, reportValues: toJson(values)! })
      .execute();
  }

  async versions(reportId: number) {
    return this.db
      .selectFrom('annualReportVersions')
      .select(['no', 'submittedAt', 'submittedByName'])
      .where('reportId', '=', reportId)
      .orderBy('no')
      .execute();
  }

  async version(reportId: number, no: number): Promise<ReportValues | undefined> {
    const r = await this.db
      .selectFrom('annualReportVersions')
      .select('reportValues')
      .where('reportId', '=', reportId)
      .where('no', '=', no)
      .executeTakeFirst();
    return r ? (fromJson<ReportValues>(r.reportValues) ?? {}) : undefined;
  }
}
