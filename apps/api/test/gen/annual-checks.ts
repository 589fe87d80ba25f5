/**
 * The generator's annual inspection step, checked on the dataset generator.test.ts made: the 2025 report of every
 * registered organization in the planned spread of states, five concluded years with their version, values the
 * engine accepts section by section, and stored checks equal to what the engine computes.
 */
import { expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import {
  checkReport,
  coerceSectionValues,
  defaultIndicatorSet,
  type AnnualSection,
  type ReportContext,
  type ReportValues,
} from '@shezu/contracts';
import type { DB } from '../../src/db/schema';
import { fromJson } from '../../src/db/dialect';
import { chinaDate } from '../../src/platform/clock';
import { defaultDeadlines, finalDue, mustReport } from '../../src/modules/annual-inspections/cycle-rules';

const reports = (d: Kysely<DB>) =>
  d
    .selectFrom('annualReports')
    .select([
      'id',
      'cycleId',
      'year',
      'orgId',
      'orgType',
      'status',
      'step',
      'supervisorUnitId',
      'partyUnitId',
      'form',
      'context',
      'overdue',
      'submissionNo',
      'riskScore',
      'errorCount',
      'riskCount',
      'reportValues',
      'checkResult',
      'conclusion',
    ])
    .orderBy('id')
    .execute();

export function annualChecks(db: () => Kysely<DB>, second: () => Kysely<DB>, orgs: number): void {
  it('writes a 2025 report for every organization that must report, the same for the same seed', async () => {
    const rows = await reports(db());
    expect(await reports(second())).toEqual(rows);
    const register = await db()
      .selectFrom('organizations')
      .select(['id', 'type', 'status', 'foundedOn', 'evaluationGrade', 'gradeValidUntil'])
      .execute();
    const due = register.filter((o) => mustReport({ ...o, type: o.type as 'social_group' }, 2025).must);
    const current = rows.filter((r) => r.year === 2025);
    expect(current.map((r) => Number(r.orgId)).sort((a, b) => a - b)).toEqual(
      due.map((o) => Number(o.id)).sort((a, b) => a - b),
    );
    const share = (f: (r: (typeof current)[number]) => boolean) => current.filter(f).length / current.length;
    const shares = { not_started: 0.15, draft: 0.15, in_review: 0.4, returned: 0.05, concluded: 0.25 };
    for (const [status, p] of Object.entries(shares))
      expect(Math.abs(share((r) => r.status === status) - p), status).toBeLessThan(0.04);
    const concluded = current.filter((r) => r.status === 'concluded');
    expect(concluded.filter((r) => r.conclusion === 'pass').length / concluded.length).toBeGreaterThan(0.8);
    expect(concluded.some((r) => r.conclusion === 'basic_pass')).toBe(true);
    const today = chinaDate(new Date());
    for (const r of current) {
      if (r.step === 'supervisor') expect(r.supervisorUnitId).not.toBeNull();
      if (r.step === 'party') expect(r.partyUnitId).not.toBeNull();
      expect(r.step !== null).toBe(r.status === 'in_review');
      const open = r.status === 'not_started' || r.status === 'draft';
      const late = finalDue(r.orgType as 'foundation', defaultDeadlines(2025)) < today;
      expect(Boolean(r.overdue), `report ${r.id}`).toBe(open && late);
      expect(r.submissionNo).toBe(open ? 0 : 1);
      expect(r.reportValues === null).toBe(r.status === 'not_started');
    }
    const scores = new Set(current.map((r) => r.riskScore));
    expect(scores.size).toBeGreaterThanOrEqual(5);
    expect(Math.max(...scores)).toBeGreaterThanOrEqual(50);
  });

  it('keeps five concluded years with one version each, and cycles that count their reports', async () => {
    const rows = await reports(db());
    const past = rows.filter((r) => r.year < 2025);
    expect(new Set(past.map((r) => r.year))).toEqual(new Set([2020, 2021, 2022, 2023, 2024]));
    expect(Math.max(...past.map((r) => Number(r.orgId)))).toBeLessThanOrEqual(Math.min(orgs, 100_000));
    for (const r of past) expect([r.status, r.conclusion !== null]).toEqual(['concluded', true]);
    const versions = await db().selectFrom('annualReportVersions').select(['reportId', 'no', 'reportValues']).execute();
    const submitted = rows.filter((r) => r.submissionNo > 0);
    expect(versions.length).toBe(submitted.length);
    const byReport = new Map(versions.map((v) => [Number(v.reportId), v]));
    for (const r of submitted.slice(0, 500)) {
      const v = byReport.get(Number(r.id))!;
      expect(v.no).toBe(1);
      expect(fromJson(v.reportValues)).toEqual(fromJson(r.reportValues));
    }
    const cycles = await db().selectFrom('annualInspectionCycles').selectAll().execute();
    const counted = new Map<number, number>();
    for (const r of rows) counted.set(Number(r.cycleId), (counted.get(Number(r.cycleId)) ?? 0) + 1);
    for (const c of cycles) {
      expect(c.reportCount).toBe(counted.get(Number(c.id)) ?? 0);
      expect(c.status).toBe(c.year === 2025 ? 'open' : 'closed');
    }
    const sets = await db().selectFrom('annualIndicatorSets').select(['id', 'year', 'definition']).execute();
    expect(sets.map((s) => s.year).sort()).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    for (const s of sets) expect(fromJson(s.definition)).toEqual(defaultIndicatorSet(s.year));
  });

  it("stores values the engine accepts section by section, and the engine's own checks", async () => {
    const rows = await reports(db());
    const byOrgYear = new Map(rows.map((r) => [`${r.orgId}|${r.year}`, r]));
    const sample = rows.filter((r) => r.reportValues !== null).filter((_, i) => i % 7 === 0);
    expect(sample.length).toBeGreaterThan(100);
    for (const r of sample) {
      const def = defaultIndicatorSet(r.year);
      const values = fromJson<ReportValues>(r.reportValues)!;
      const prev = byOrgYear.get(`${r.orgId}|${r.year - 1}`);
      const ctx: ReportContext = {
        year: r.year,
        form: r.form as 'full',
        org: fromJson(r.context)!,
        previous: prev ? fromJson<ReportValues>(prev.reportValues) : null,
      };
      const sectionOf = new Map(def.indicators.map((i) => [i.code, i.section]));
      for (const section of new Set(Object.keys(values).map((k) => sectionOf.get(k)!))) {
        const part = Object.fromEntries(Object.entries(values).filter(([k]) => sectionOf.get(k) === section));
        const { issues } = coerceSectionValues(def, ctx, section as AnnualSection, part);
        expect(issues, `report ${r.id} ${section}`).toEqual({});
      }
      // Drafts store no checks before submission.
      if (r.submissionNo === 0) {
        expect([r.checkResult, r.riskScore]).toEqual([null, 0]);
        continue;
      }
      const check = checkReport(def, values, ctx);
      expect(fromJson(r.checkResult), `report ${r.id}`).toEqual(check);
      expect([check.missing, check.errors]).toEqual([[], []]);
      expect([r.riskScore, r.errorCount, r.riskCount]).toEqual([
        check.riskScore,
        check.errors.length + check.warnings.length,
        check.risks.length,
      ]);
    }
  });
}
