/**
 * Report values of the generated annual reports: the contracts' clean sample report per type, made the
 * organization's own (name, credit code, funds), its amounts scaled and some risk situations switched on,
 * restricted to the indicators the form asks of it. The automatic checks are computed once per distinct
 * variant and copied (checkReport costs ~0.25 ms; 1.5 million of them would take minutes), and a sample of
 * reports is checked in full against the copy, so a change of the indicator set cannot go unnoticed.
 */
import {
  applicableIndicators,
  checkReport,
  defaultIndicatorSet,
  sampleReportValues,
  type RegisteredOrgType,
  type ReportContext,
  type ReportValues,
  type TIndicatorSetDefinition,
  type TReportCheck,
} from '@shezu/contracts';
import type { Rng } from './random';

/** Risk situations a submitted report may show (each raises a flag of the default set, never a rule error). */
export const FLAGS = {
  noCouncilMeeting: 1,
  electionOverdue: 2,
  civilServantLeader: 4,
  notDisclosed: 8,
  highLiabilities: 16,
  partyNotEstablished: 32,
  branches: 64,
} as const;
const FLAG_SHARES: [number, number][] = [
  [FLAGS.noCouncilMeeting, 0.05],
  [FLAGS.electionOverdue, 0.06],
  [FLAGS.civilServantLeader, 0.04],
  [FLAGS.notDisclosed, 0.08],
  [FLAGS.highLiabilities, 0.05],
  [FLAGS.partyNotEstablished, 0.04],
  [FLAGS.branches, 0.03],
];
/** Amount scales in hundredths (×0.03 … ×12 of the sample's ¥5,000,000 of assets), small organizations most. */
const SCALES = [3, 5, 8, 12, 20, 30, 45, 60, 80, 100, 150, 250, 400, 700, 1200];
const SCALE_WEIGHTS = [6, 9, 11, 12, 12, 11, 9, 8, 6, 5, 4, 3, 2, 1, 1];
/** The risk that shows the organization's registered funds (the one figure a copied check must change). */
const FUNDS_RISK = 'risk_net_assets_below_funds';
/** Not proportional to the organization's size. */
const UNSCALED = new Set(['basic_registered_funds', 'staff_avg_salary']);

/** Everything of one report that the checks depend on, besides its identity. */
export interface Variant {
  type: RegisteredOrgType;
  year: number;
  form: 'full' | 'simplified';
  charity: boolean;
  publicFundraising: boolean;
  direct: boolean;
  /** Hundredths: amounts × scale / 100 stay whole fen, so the statements still balance. */
  scale: number;
  flags: number;
}

export interface OrgFacts {
  name: string;
  uscc: string;
  legalRepName: string;
  address: string;
  foundedOn: string;
  registeredFundsFen: number;
  grade: string | null;
  hasPartyOrg: boolean;
  supervisorName: string | null;
}

export function drawScale(rng: Rng, previous?: number): number {
  if (previous !== undefined && !rng.chance(0.08)) {
    // Most organizations stay near last year's size (within the ±50 % the expense-swing risk allows).
    const i = SCALES.indexOf(previous);
    return SCALES[Math.max(0, Math.min(SCALES.length - 1, i + rng.int(-1, 1)))]!;
  }
  return SCALES[rng.weighted(SCALE_WEIGHTS)]!;
}

export function drawFlags(rng: Rng): number {
  // A few organizations are in trouble on every count (the top of the risk-sorted queues).
  if (rng.chance(0.012)) return Object.values(FLAGS).reduce((a, b) => a | b, 0);
  let f = 0;
  for (const [flag, p] of FLAG_SHARES) if (rng.chance(p)) f |= flag;
  return f;
}

export class AnnualValues {
  private readonly defs = new Map<number, TIndicatorSetDefinition>();
  private readonly templates = new Map<string, { values: ReportValues; money: Set<string>; asked: Set<string> }>();
  private readonly checks = new Map<string, { check: TReportCheck; json: string; funds: number }>();
  computed = 0;
  copied = 0;
  verified = 0;
  checkMs = 0;

  definition(year: number): TIndicatorSetDefinition {
    let d = this.defs.get(year);
    if (!d) this.defs.set(year, (d = defaultIndicatorSet(year)));
    return d;
  }

  context(v: Variant, o: OrgFacts, previous: ReportValues | null): ReportContext {
    return {
      year: v.year,
      form: v.form,
      previous,
      org: {
        type: v.type,
        charity: v.charity,
        publicFundraising: v.publicFundraising,
        registeredFundsFen: o.registeredFundsFen,
        grade: o.grade,
        foundedOn: o.foundedOn,
        direct: v.direct,
        hasPartyOrg: o.hasPartyOrg,
      },
    };
  }

  /** The clean sample of the variant's kind, restricted to its applicable indicators (cached). */
  private template(v: Variant) {
    const key = `${v.type}|${v.year}|${v.form}|${v.charity}|${v.publicFundraising}|${v.direct}`;
    let t = this.templates.get(key);
    if (!t) {
      const def = this.definition(v.year);
      const ctx = this.context(v, { registeredFundsFen: 0 } as OrgFacts, null);
      const asked = applicableIndicators(def, ctx);
      const sample = sampleReportValues(v.type, {
        year: v.year,
        charity: v.charity,
        publicFundraising: v.publicFundraising,
      });
      const values: ReportValues = {};
      for (const ind of asked) if (!ind.formula && sample[ind.code] !== undefined) values[ind.code] = sample[ind.code]!;
      const money = new Set(asked.filter((i) => i.type === 'money' && !UNSCALED.has(i.code)).map((i) => i.code));
      this.templates.set(key, (t = { values, money, asked: new Set(asked.map((i) => i.code)) }));
    }
    return t;
  }

  values(v: Variant, o: OrgFacts): ReportValues {
    const t = this.template(v);
    const out: ReportValues = { ...t.values };
    for (const code of t.money) {
      const x = out[code];
      if (typeof x === 'number') out[code] = (x * v.scale) / 100;
    }
    const set = (code: string, value: ReportValues[string]) => {
      if (code in out) out[code] = value;
    };
    set('basic_name', o.name);
    set('basic_uscc', o.uscc);
    set('basic_legal_rep', o.legalRepName);
    set('basic_address', o.address);
    set('basic_founded_on', o.foundedOn);
    set('basic_registered_funds', o.registeredFundsFen);
    if (o.supervisorName) set('basic_supervisor', o.supervisorName);
    // A reason only where the form asks for one (the simplified form does not).
    const explain = (code: string, why: string) => {
      if (t.asked.has(code)) out[code] = why;
    };
    if (v.flags & FLAGS.noCouncilMeeting && 'gov_council_held' in out) {
      out.gov_council_held = 0;
      explain('gov_meetings_reason', '理事会换届筹备期间未能如期召开会议');
    }
    if (v.flags & FLAGS.electionOverdue) set('gov_last_election', `${v.year - 6}-11-20`);
    if (v.flags & FLAGS.civilServantLeader) set('basic_civil_servant_leaders', 1);
    if (v.flags & FLAGS.notDisclosed) set('disc_annual_report_published', false);
    if (v.flags & FLAGS.partyNotEstablished && 'party_org_form' in out) {
      explain('party_not_established_reason', '党员人数已达要求，正在筹备成立党支部');
      set('party_org_form', 'none');
      set('party_activities', 0);
      set('party_instructor', false);
    }
    if (v.flags & FLAGS.branches && v.type === 'service_institution') set('basic_branches', 1);
    if (v.flags & FLAGS.highLiabilities && typeof out.bs_total_assets_end === 'number') {
      // Borrowed cash: liabilities and assets grow alike, so the balance sheet still balances (the simplified
      // form asks only some of these lines).
      const loan = 4 * out.bs_total_assets_end;
      for (const c of [
        'bs_payables_end',
        'bs_total_liab_end',
        'bs_cash_end',
        'bs_total_assets_end',
        'bs_total_liab_net_end',
      ])
        if (typeof out[c] === 'number') out[c] = (out[c] as number) + loan;
    }
    return out;
  }

  /**
   * The checks of a report: computed once per variant (and the previous year's size), copied otherwise. The
   * organization's registered funds only enter through the net-assets-below-funds risk, whose shown figure is
   * put in the copy; every 500th copy is compared with a full computation.
   */
  check(v: Variant, o: OrgFacts, values: ReportValues, prev: { variant: Variant; values: ReportValues } | null) {
    const below = (values.bs_net_assets_end as number) < o.registeredFundsFen;
    const p = prev ? `${prev.variant.form}/${prev.variant.scale}` : '-';
    const key = `${v.type}|${v.year}|${v.form}|${v.charity}|${v.publicFundraising}|${v.direct}|${v.scale}|${v.flags}|${below}|${p}`;
    const full = () => {
      const t = performance.now();
      const r = checkReport(this.definition(v.year), values, this.context(v, o, prev?.values ?? null));
      this.checkMs += performance.now() - t;
      return r;
    };
    let c = this.checks.get(key);
    if (!c) {
      const check = full();
      c = { check, json: JSON.stringify(check), funds: o.registeredFundsFen };
      this.computed++;
      if (this.checks.size > 200_000) this.checks.clear();
      this.checks.set(key, c);
      return c;
    }
    this.copied++;
    let copy: { check: TReportCheck; json: string } = c;
    const shown = c.check.risks.find((r) => r.code === FUNDS_RISK);
    if (shown && c.funds !== o.registeredFundsFen) {
      const check: TReportCheck = structuredClone(c.check);
      for (const n of check.risks.find((r) => r.code === FUNDS_RISK)!.numbers)
        if (n.value === c.funds) n.value = o.registeredFundsFen;
      copy = { check, json: JSON.stringify(check) };
    }
    if (this.copied % 500 === 0) {
      this.verified++;
      if (JSON.stringify(full()) !== copy.json) throw new Error(`annual step: the copied check of ${key} differs`);
    }
    return copy;
  }
}
