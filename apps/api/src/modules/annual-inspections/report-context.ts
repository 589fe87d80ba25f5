import {
  checkReport,
  type ReportContext,
  type ReportValues,
  type TIndicatorSet,
  type TReportCheck,
} from '@shezu/contracts';
import type { IndicatorSetsService } from './indicator-sets.service';
import { ReportsRepository, type ReportRecord } from './reports.repository';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** Indicator-set versions never change once stored: keep the few in use in memory. */
const sets = new Map<number, TIndicatorSet>();

export async function definitionOf(indicatorSets: IndicatorSetsService, id: number): Promise<TIndicatorSet> {
  let s = sets.get(id);
  if (!s) {
    s = await indicatorSets.byId(id);
    if (sets.size > 50) sets.clear();
    sets.set(id, s);
  }
  return s;
}

/** Last year's submitted values: `prev.*` in formulas, and the form's prefill. */
export async function previousValues(db: Kysely<DB>, r: ReportRecord): Promise<ReportValues | null> {
  const [p] = await new ReportsRepository(db).earlier(r.orgId, r.year, 1);
  return p && p.year === r.year - 1 && p.submissionNo > 0 ? p.values : null;
}

export function contextOf(r: ReportRecord, previous: ReportValues | null): ReportContext {
  return { year: r.year, form: r.form, org: r.context, previous };
}

/** The automatic checks of a report as it stands. */
export async function checkOf(
  db: Kysely<DB>,
  indicatorSets: IndicatorSetsService,
  r: ReportRecord,
): Promise<{ check: TReportCheck; set: TIndicatorSet; ctx: ReportContext }> {
  const set = await definitionOf(indicatorSets, r.indicatorSetId);
  const ctx = contextOf(r, await previousValues(db, r));
  return { check: checkReport(set.definition, r.values, ctx), set, ctx };
}
