/**
 * Credit (信用) data: what the credit module would have written from the events of the register and the annual
 * inspection, its daily rules and staff entries — credit records of every annual report (submitted, concluded,
 * overdue), penalties, registered letters, revocations, and the two lists with their grounds, removed and
 * moved listings kept as history. No scores: the nightly job computes them (that is what the bench measures).
 * Organizations and their reports are read back in id order; only the listings (a third of the organizations at
 * most) are held, to be numbered in the order they were listed.
 */
import type { InspectionConclusion } from '@shezu/contracts';
import { Rng } from '../../apps/api/src/demo/random';
import { chinaDate } from '../../apps/api/src/platform/clock';
import { HISTORY_ORGS, authorityName } from './annual-step';
import { CREDIT_GROUNDS, CREDIT_LISTINGS, CREDIT_RECORDS } from './credit-tables';
import { annualRecords, drawOrgCredit, type AnnualFacts } from './credit-draws';
import { CreditRows, type CreditOrg } from './credit-rows';
import type { GenStep } from './generate';

const ORG_SQL = `select id, name, uscc, type, region_code, authority_region_code, supervisor_unit_id, status,
  cast(status_date as text) as status_date, cast(founded_on as text) as founded_on
  from organizations where id >= ? and id < ? order by id`;
const REPORT_SQL = `select id, org_id, year, org_type, region_code, authority_region_code, status, overdue,
  submitted_at, conclusion, concluded_on from annual_reports where id >= ? and id < ? order by id`;

type Row = Record<string, unknown>;
const truthy = (v: unknown) => v === true || v === 1;
/** A stored instant (ISO text on SQLite, a Date from pg) as its China date. */
const dayOf = (v: unknown) =>
  v === null || v === undefined ? null : chinaDate(v instanceof Date ? v : new Date(String(v)));

function annualFacts(r: Row): AnnualFacts {
  return {
    reportId: Number(r.id),
    year: Number(r.year),
    status: String(r.status),
    overdue: truthy(r.overdue),
    submittedOn: dayOf(r.submitted_at),
    conclusion: (r.conclusion as InspectionConclusion | null) ?? null,
    concludedOn: (r.concluded_on as string | null) ?? null,
  };
}

export const creditStep: GenStep = {
  name: 'credit',
  tables: ['credit_records', 'credit_listings', 'credit_listing_grounds'],
  async run(ctx) {
    const { writer, plan } = ctx;
    const rng = new Rng(`${ctx.seed}:credit`);
    const today = chinaDate(new Date(ctx.at));
    const rows = new CreditRows((v) => writer.bool(v));
    const authorityNames = new Map(plan.authorities.map((a) => [a.code, authorityName(a)]));
    const batch = writer.engine === 'sqlite' ? 10_000 : 5_000;
    let pending: Promise<void> = Promise.resolve();
    const flush = async () => {
      const records = rows.take();
      await pending;
      pending = writer.insert(CREDIT_RECORDS, records);
    };
    // PostgreSQL loads without primary keys: an index on the reports' ids for the range reads, dropped after.
    if (writer.engine === 'postgres') await writer.exec('create index gen_credit_report_ids on annual_reports (id)');
    const span = await writer.query(`select min(id) as lo, max(id) as hi from annual_reports where year = 2025`);
    const lo = Number(span[0]?.lo ?? 0);
    const hi = Number(span[0]?.hi ?? -1);

    // 2020–2024: the concluded years of the first organizations (ids before the 2025 reports').
    const past = await writer.query(`select min(id) as lo from annual_reports`);
    for (let from = Number(past[0]?.lo ?? lo); from < lo; from += batch) {
      for (const r of await writer.query(REPORT_SQL, [from, Math.min(lo, from + batch)])) {
        const o = {
          id: Number(r.org_id),
          regionCode: String(r.region_code),
          authorityRegionCode: String(r.authority_region_code),
        } as CreditOrg;
        annualRecords(rows, o, annualFacts(r), String(r.org_type));
      }
      await flush();
    }
    ctx.log(`credit: records of the 2020–2024 reports written`);

    // 2025 reports come in organization order: read them alongside the organizations.
    let nextReport = lo;
    let buffered: Row[] = [];
    let at = 0;
    const reportsBelow = async (orgTo: number) => {
      const out = new Map<number, Row>();
      for (;;) {
        while (at < buffered.length && Number(buffered[at]!.org_id) < orgTo) {
          const r = buffered[at++]!;
          out.set(Number(r.org_id), r);
        }
        if (at < buffered.length || nextReport > hi) return out;
        buffered = await writer.query(REPORT_SQL, [nextReport, nextReport + batch]);
        at = 0;
        nextReport += batch;
      }
    };
    const history = Math.min(HISTORY_ORGS, ctx.count);
    let shown = 0;
    for (let from = 1; from <= ctx.count; from += batch) {
      const to = Math.min(ctx.count + 1, from + batch);
      const reports = await reportsBelow(to);
      for (const r of await writer.query(ORG_SQL, [from, to])) {
        const id = Number(r.id);
        const authority = String(r.authority_region_code);
        const o: CreditOrg = {
          id,
          name: String(r.name),
          uscc: String(r.uscc),
          type: String(r.type),
          regionCode: String(r.region_code),
          authorityRegionCode: authority,
          supervisorUnitId: r.supervisor_unit_id === null ? null : Number(r.supervisor_unit_id),
          authorityName: authorityNames.get(authority) ?? '民政部',
        };
        const report = reports.get(id);
        const listed = drawOrgCredit(
          rng,
          rows,
          o,
          {
            status: String(r.status),
            statusDate: (r.status_date as string | null) ?? null,
            foundedOn: String(r.founded_on),
            report: report ? annualFacts(report) : null,
            history: id <= history,
          },
          today,
        );
        if (listed) rows.listedOrgs++;
      }
      await flush();
      if (to - 1 - shown >= ctx.count / 5 || to > ctx.count) {
        shown = to - 1;
        ctx.log(`credit: ${shown.toLocaleString('en')} / ${ctx.count.toLocaleString('en')} organizations`);
      }
    }
    await pending;
    const { listings, grounds } = rows.listingsInOrder();
    for (let i = 0; i < listings.length; i += batch) await writer.insert(CREDIT_LISTINGS, listings.slice(i, i + batch));
    for (let i = 0; i < grounds.length; i += batch) await writer.insert(CREDIT_GROUNDS, grounds.slice(i, i + batch));
    if (writer.engine === 'postgres') await writer.exec('drop index gen_credit_report_ids');
    for (const line of rows.summary()) ctx.log(line);
  },
};
