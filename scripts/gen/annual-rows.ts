/**
 * One organization's annual report of one year as rows of annual_reports (ANNUAL_REPORTS order), its submitted
 * version and its review history, in the state the generator drew for it.
 */
import type { AnnualReportStatus, AnnualReviewStep, InspectionConclusion, ReportValues } from '@shezu/contracts';
import type { Rng } from '../../apps/api/src/demo/random';
import { stepsOf } from '../../apps/api/src/modules/annual-inspections/cycle-rules';
import type { AnnualValues, OrgFacts, Variant } from '../../apps/api/src/demo/annual-values';

export interface ReportState {
  status: AnnualReportStatus;
  step: AnnualReviewStep | null;
  overdue: boolean;
  late: boolean;
}

export interface ReportInput {
  id: number;
  cycleId: number;
  orgId: number;
  regionCode: string;
  authorityRegionCode: string;
  /** 衢州市柯城区民政局: who concludes and returns. */
  authorityName: string;
  supervisorUnitId: number | null;
  partyUnitId: number | null;
  partyName: string | null;
  dueDate: string;
  /** The ISO time the cycle was opened (rows are created then). */
  openedAt: string;
  context: string;
  variant: Variant;
  facts: OrgFacts;
  previous: { variant: Variant; values: ReportValues } | null;
}

export interface ReportOutput {
  report: unknown[];
  version: unknown[] | null;
  history: unknown[][];
  riskScore: number;
  conclusion: InspectionConclusion | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (date: string, hour: number) => `${date}T${pad(hour)}:${pad((hour * 7) % 60)}:00.000Z`;
/** A date of `year` between two month-days ('MM-DD'), inclusive. */
function between(rng: Rng, from: string, to: string): string {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return new Date(a + rng.int(0, Math.max(0, Math.round((b - a) / 86_400_000))) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}
const afterDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

const SECTION_ORDER = ['basic', 'balance_sheet', 'activity_statement', 'activities', 'governance', 'party', 'staff'];
const RETURN_COMMENTS = [
  ['请核对资产负债表年末数，并补充上传审计报告', 'bs_total_assets_end', '与审计报告不一致，请核对'],
  ['理事会召开次数与章程规定不符，请说明原因', 'gov_council_held', '请补充说明未按章程召开的原因'],
  ['工作人员人数与社会保险参保人数差异较大，请核实', 'staff_insured', '请核实参保人数'],
] as const;
const REASONS: Record<Exclude<InspectionConclusion, 'pass'>, string> = {
  basic_pass: '财务管理制度执行不到位，部分支出凭证不规范，限期整改',
  fail: '未按照章程规定开展活动，财务管理混乱，存在违反规定的收费行为',
};

/** Builds the rows; `sectionOf` gives each indicator's section (drafts hold the sections saved so far). */
export function reportRows(
  rng: Rng,
  av: AnnualValues,
  r: ReportInput,
  state: ReportState,
  sectionOf: Map<string, string>,
  bool: (v: boolean) => boolean | number,
): ReportOutput {
  const y = r.variant.year;
  const submitted = state.status === 'in_review' || state.status === 'returned' || state.status === 'concluded';
  let values: ReportValues | null = null;
  let saved: Record<string, string> | null = null;
  let updatedAt = r.openedAt;
  let version = 1;
  if (state.status === 'draft') {
    // Autosaved a few sections (the organization stopped part-way); no checks are stored before submission.
    const full = av.values(r.variant, r.facts);
    const sections = new Set(SECTION_ORDER.slice(0, rng.int(1, SECTION_ORDER.length)));
    values = Object.fromEntries(Object.entries(full).filter(([k]) => sections.has(sectionOf.get(k) ?? '')));
    const on = between(rng, `${y + 1}-01-10`, `${y + 1}-05-20`);
    updatedAt = iso(on, rng.int(1, 9));
    saved = Object.fromEntries([...sections].map((s) => [s, updatedAt]));
    version = 1 + sections.size;
  } else if (submitted) {
    values = av.values(r.variant, r.facts);
  }
  const checked = submitted ? av.check(r.variant, r.facts, values!, r.previous) : null;
  const check = checked?.check ?? null;
  const valuesJson = values ? JSON.stringify(values) : null;
  const steps = stepsOf(r);
  let submittedAt: string | null = null;
  const history: unknown[][] = [];
  const log = (action: string, step: AnnualReviewStep | null, comment: string | null, actor: string, at: string) =>
    history.push([0, r.id, action, step, comment, '{}', null, actor, 1, at]);
  let conclusion: InspectionConclusion | null = null;
  let concludedOn: string | null = null;
  let rectifications: string | null = null;
  if (submitted) {
    const on = state.late
      ? between(rng, afterDays(r.dueDate, 1), `${y + 1}-06-30`)
      : between(rng, `${y + 1}-01-12`, r.dueDate);
    submittedAt = iso(on, rng.int(1, 9));
    const sections = new Set(Object.keys(values!).map((k) => sectionOf.get(k) ?? 'basic'));
    saved = Object.fromEntries([...sections].map((s) => [s, submittedAt!]));
    log('submitted', steps[0]!, state.late ? `逾期提交（截止日期 ${r.dueDate}）` : null, r.facts.name, submittedAt);
    // Every step before the current one (all of them once concluded) agreed.
    const upTo = state.status === 'in_review' ? steps.indexOf(state.step!) : steps.length - 1;
    let day = on;
    for (const s of steps.slice(0, upTo)) {
      day = afterDays(day, rng.int(3, 20));
      const actor = s === 'supervisor' ? (r.facts.supervisorName ?? '业务主管单位') : (r.partyName ?? '党建工作机构');
      log(`${s}_approved`, s, '审查同意', actor, iso(day, 3));
    }
    updatedAt = history.at(-1)![9] as string;
    version = 10 + history.length;
    if (state.status === 'returned') {
      const [comment, field, note] = rng.pick(RETURN_COMMENTS);
      const at = iso(afterDays(day, rng.int(3, 20)), 6);
      history.push([
        0,
        r.id,
        'authority_returned',
        'authority',
        comment,
        JSON.stringify({ [field]: note }),
        null,
        r.authorityName,
        1,
        at,
      ]);
      updatedAt = at;
      version++;
    }
    if (state.status === 'concluded') {
      const risky = check!.riskScore >= 50;
      const p = rng.next();
      conclusion = p < (risky ? 0.1 : 0.02) ? 'fail' : p < (risky ? 0.35 : 0.1) ? 'basic_pass' : 'pass';
      concludedOn = afterDays(day, rng.int(5, 40));
      const label = conclusion === 'pass' ? '合格' : conclusion === 'basic_pass' ? '基本合格' : '不合格';
      log('concluded', 'authority', `年检结论：${label}`, r.authorityName, iso(concludedOn, 7));
      if (conclusion !== 'pass')
        rectifications = JSON.stringify([{ item: '完善财务管理制度并报送整改报告', dueDate: `${y + 1}-12-31` }]);
      updatedAt = iso(concludedOn, 7);
      version++;
    }
  }
  const report = [
    r.id,
    r.cycleId,
    y,
    y - 2019,
    r.orgId,
    r.facts.name,
    r.facts.uscc,
    r.variant.type,
    r.regionCode,
    r.authorityRegionCode,
    r.supervisorUnitId,
    r.partyUnitId,
    r.variant.form,
    r.context,
    state.status,
    state.status === 'in_review' ? state.step : null,
    r.dueDate,
    valuesJson,
    saved ? JSON.stringify(saved) : null,
    submitted ? 1 : 0,
    submittedAt,
    bool(state.late && submitted),
    bool(state.overdue),
    check?.riskScore ?? 0,
    check ? check.errors.length + check.warnings.length : 0,
    check?.risks.length ?? 0,
    checked?.json ?? null,
    conclusion,
    conclusion && conclusion !== 'pass' ? REASONS[conclusion] : null,
    rectifications,
    concludedOn,
    concludedOn ? iso(concludedOn, 7) : null,
    version,
    r.openedAt,
    updatedAt,
  ];
  return {
    report,
    version: submitted ? [0, r.id, 1, valuesJson, submittedAt, null, r.facts.name] : null,
    history,
    riskScore: check?.riskScore ?? 0,
    conclusion,
  };
}
