/**
 * Annual inspection (年检) data: the default indicator set of each year, one cycle per registering bureau
 * and year, the 2025 report of every registered organization in a spread of states, and five concluded
 * years (2020–2024) with their submitted version for the first organizations by id. Organizations are
 * read back from the register in id batches; nothing is held for all of them but a few typed arrays.
 */
import { defaultIndicatorSet, type RegisteredOrgType, type TIndicatorSetDefinition } from '@shezu/contracts';
import { Rng } from '../../apps/api/src/demo/random';
import { chinaDate } from '../../apps/api/src/platform/clock';
import {
  defaultDeadlines,
  finalDue,
  mustReport,
  reportForm,
  stepsOf,
  submissionDue,
} from '../../apps/api/src/modules/annual-inspections/cycle-rules';
import { ANNUAL_CYCLES, ANNUAL_HISTORY, ANNUAL_INDICATOR_SETS, ANNUAL_REPORTS, ANNUAL_VERSIONS } from './annual-tables';
import { reportRows, type ReportState } from './annual-rows';
import { AnnualTally } from './annual-tally';
import { AnnualValues, drawFlags, drawScale, type OrgFacts, type Variant } from '../../apps/api/src/demo/annual-values';
import type { GenStep } from './generate';
import type { Authority } from './national-plan';

export const REPORT_YEAR = 2025;
export const HISTORY_YEARS = [2020, 2021, 2022, 2023, 2024];
/** Organizations (the first by id) with the five concluded years. */
export const HISTORY_ORGS = 100_000;

const ORG_SQL = `select id, name, uscc, type, region_code, authority_region_code, supervisor_unit_id,
  charity_recognized, public_fundraising, registered_funds_fen, evaluation_grade,
  cast(grade_valid_until as text) as grade_valid_until, cast(founded_on as text) as founded_on, has_party_org,
  legal_rep_name, address
  from organizations where id >= ? and id < ? and status = 'registered' order by id`;

type OrgRow = Record<string, unknown>;
const truthy = (v: unknown) => v === true || v === 1;

export function authorityName(a: Authority): string {
  if (a.level === 'national') return '民政部';
  return `${a.place}民政${a.level === 'province' ? '厅' : '局'}`;
}

/** 2025: 15 % not started, 15 % draft, 40 % in review, 5 % returned, 25 % concluded. */
function drawState(rng: Rng, steps: string[], pastFinalDue: boolean): ReportState {
  const p = rng.next();
  const status =
    p < 0.15 ? 'not_started' : p < 0.3 ? 'draft' : p < 0.7 ? 'in_review' : p < 0.75 ? 'returned' : 'concluded';
  const submitted = status !== 'not_started' && status !== 'draft';
  const weights = steps.map((s) => (s === 'supervisor' ? 35 : s === 'party' ? 20 : 45));
  const step = status === 'in_review' ? (steps[rng.weighted(weights)] as ReportState['step']) : null;
  // The deadline sweep marks what is still unsubmitted after the final deadline; the data agrees with it.
  return { status, step, overdue: !submitted && pastFinalDue, late: submitted && rng.chance(0.06) };
}

export const annualStep: GenStep = {
  name: 'annual inspection',
  tables: [
    'annual_indicator_sets',
    'annual_inspection_cycles',
    'annual_reports',
    'annual_report_versions',
    'annual_report_history',
  ],
  async run(ctx) {
    const { writer, plan } = ctx;
    const rng = new Rng(`${ctx.seed}:annual`);
    const av = new AnnualValues();
    const years = [...HISTORY_YEARS, REPORT_YEAR];
    const defs = new Map<number, TIndicatorSetDefinition>(years.map((y) => [y, defaultIndicatorSet(y)]));
    await writer.insert(
      ANNUAL_INDICATOR_SETS,
      years.map((y) => [y - 2019, y, 1, JSON.stringify(defs.get(y)), `${y}年度默认指标体系`, null, null, ctx.at]),
    );
    const sectionOf = new Map(defs.get(REPORT_YEAR)!.indicators.map((i) => [i.code, i.section]));
    const units = await writer.query(`select id, name, kind, region_code from units where active = ?`, [
      writer.bool(true),
    ]);
    const supervisorName = new Map(units.map((u) => [Number(u.id), String(u.name)]));
    const partyAt = new Map(
      units.filter((u) => u.kind === 'party_body').map((u) => [String(u.region_code), Number(u.id)]),
    );
    // UnitsService.partyBodyFor: the nearest party body up the domicile's chain.
    const partyFor = (code: string) =>
      [9, 6, 4, 2].map((n) => (n <= code.length ? partyAt.get(code.slice(0, n)) : undefined)).find(Boolean) ?? null;
    const authorityIndex = new Map(plan.authorities.map((a, i) => [a.code, i]));
    const today = chinaDate(new Date(ctx.at));
    const tally = new AnnualTally();
    const cycles = new Map<string, { id: number; year: number; authority: number; count: number; skipped: number }>();
    const cycleOf = (year: number, authority: number) => {
      const key = `${year}|${authority}`;
      let c = cycles.get(key);
      if (!c) cycles.set(key, (c = { id: cycles.size + 1, year, authority, count: 0, skipped: 0 }));
      return c;
    };
    const history = Math.min(HISTORY_ORGS, ctx.count);
    // The previous year's variant of each history organization (its values are made again from it).
    const prevYear = new Uint16Array(history);
    const prevScale = new Uint16Array(history);
    const prevFlags = new Uint8Array(history);
    const prevSimplified = new Uint8Array(history);

    let reportId = 0;
    let versionId = 0;
    let historyId = 0;
    let reports: unknown[][] = [];
    let versions: unknown[][] = [];
    let logs: unknown[][] = [];
    let pending: Promise<void> = Promise.resolve();
    const flush = async () => {
      const [r, v, h] = [reports, versions, logs];
      [reports, versions, logs] = [[], [], []];
      await pending;
      pending = writer
        .insert(ANNUAL_REPORTS, r)
        .then(() => writer.insert(ANNUAL_VERSIONS, v))
        .then(() => writer.insert(ANNUAL_HISTORY, h));
    };

    const one = (o: OrgRow, year: number) => {
      const id = Number(o.id);
      const type = o.type as RegisteredOrgType;
      const supervisorUnitId = o.supervisor_unit_id === null ? null : Number(o.supervisor_unit_id);
      const facts: OrgFacts = {
        name: String(o.name),
        uscc: String(o.uscc),
        legalRepName: String(o.legal_rep_name),
        address: String(o.address),
        foundedOn: String(o.founded_on),
        registeredFundsFen: Number(o.registered_funds_fen),
        grade: (o.evaluation_grade as string | null) ?? null,
        hasPartyOrg: truthy(o.has_party_org),
        supervisorName: supervisorUnitId === null ? null : (supervisorName.get(supervisorUnitId) ?? null),
      };
      const register = {
        type,
        status: 'registered',
        foundedOn: facts.foundedOn,
        evaluationGrade: facts.grade,
        gradeValidUntil: (o.grade_valid_until as string | null) ?? null,
      };
      const authority = authorityIndex.get(String(o.authority_region_code))!;
      const must = mustReport(register, year);
      if (must.skipped) cycleOf(year, authority).skipped++;
      if (!must.must) return;
      const cycle = cycleOf(year, authority);
      cycle.count++;
      const deadlines = defaultDeadlines(year);
      const opened = `${year + 1}-01-05`;
      const h = id - 1 < history ? id - 1 : -1;
      const hasPrev = h >= 0 && prevYear[h] === year - 1;
      const charity = truthy(o.charity_recognized);
      const base = {
        type,
        year,
        form: reportForm(register, opened),
        charity,
        publicFundraising: charity && truthy(o.public_fundraising),
        direct: supervisorUnitId === null,
      };
      const variant: Variant = {
        ...base,
        scale: drawScale(rng, hasPrev ? prevScale[h] : undefined),
        flags: drawFlags(rng),
      };
      const prevVariant: Variant | null = hasPrev
        ? {
            ...base,
            year: year - 1,
            form: prevSimplified[h] ? 'simplified' : 'full',
            scale: prevScale[h]!,
            flags: prevFlags[h]!,
          }
        : null;
      const partyUnitId = partyFor(String(o.region_code));
      const steps = stepsOf({ supervisorUnitId, partyUnitId });
      const state: ReportState =
        year === REPORT_YEAR
          ? drawState(rng, steps, finalDue(type, deadlines) < today)
          : { status: 'concluded', step: null, overdue: false, late: rng.chance(0.04) };
      const out = reportRows(
        rng,
        av,
        {
          id: ++reportId,
          cycleId: cycle.id,
          orgId: id,
          regionCode: String(o.region_code),
          authorityRegionCode: String(o.authority_region_code),
          authorityName: authorityName(plan.authorities[authority]!),
          supervisorUnitId,
          partyUnitId,
          partyName: partyUnitId ? (supervisorName.get(partyUnitId) ?? null) : null,
          dueDate: submissionDue(type, supervisorUnitId !== null, deadlines),
          openedAt: `${opened}T01:00:00.000Z`,
          context: JSON.stringify({
            type,
            charity,
            publicFundraising: base.publicFundraising,
            registeredFundsFen: facts.registeredFundsFen,
            grade: facts.grade,
            foundedOn: facts.foundedOn,
            direct: base.direct,
            hasPartyOrg: facts.hasPartyOrg,
          }),
          variant,
          facts,
          previous: prevVariant ? { variant: prevVariant, values: av.values(prevVariant, facts) } : null,
        },
        state,
        sectionOf,
        (v) => writer.bool(v),
      );
      reports.push(out.report);
      if (out.version) {
        out.version[0] = ++versionId;
        versions.push(out.version);
      }
      for (const row of out.history) {
        row[0] = ++historyId;
        logs.push(row);
      }
      tally.add(year, state, out, String(o.region_code), steps);
      if (h >= 0) {
        prevYear[h] = year;
        prevScale[h] = variant.scale;
        prevFlags[h] = variant.flags;
        prevSimplified[h] = variant.form === 'simplified' ? 1 : 0;
      }
    };

    const batch = writer.engine === 'sqlite' ? 10_000 : 5_000;
    const pass = async (year: number, upTo: number) => {
      let shown = 0;
      for (let from = 1; from <= upTo; from += batch) {
        const to = Math.min(upTo + 1, from + batch);
        for (const o of await writer.query(ORG_SQL, [from, to])) one(o, year);
        if (reports.length >= batch) await flush();
        if (to - 1 - shown >= upTo / 5 || to > upTo) {
          shown = to - 1;
          ctx.log(`annual reports ${year}: ${shown.toLocaleString('en')} / ${upTo.toLocaleString('en')} organizations`);
        }
      }
      await flush();
    };
    for (const year of HISTORY_YEARS) await pass(year, history);
    await pass(REPORT_YEAR, ctx.count);
    await pending;

    await writer.insert(
      ANNUAL_CYCLES,
      [...cycles.values()].map((c) => {
        const d = defaultDeadlines(c.year);
        const a = plan.authorities[c.authority]!;
        const current = c.year === REPORT_YEAR;
        return [
          c.id,
          a.code,
          c.year,
          c.year - 2019,
          current ? 'open' : 'closed',
          d.supervisorDue,
          d.authorityDue,
          d.foundationDue,
          c.count,
          c.skipped,
          null,
          `${authorityName(a)}（数据生成）`,
          `${c.year + 1}-01-05T01:00:00.000Z`,
          current ? today : null,
        ];
      }),
    );
    for (const line of tally.summary(cycles.size, av)) ctx.log(line);
  },
};
