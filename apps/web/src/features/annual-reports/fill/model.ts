import {
  ANNUAL_SECTIONS,
  type AnnualSection,
  type IndicatorValue,
  type ReportContext,
  type ReportValues,
  type TAnnualReportDetail,
  type TCheckIssue,
  type TIndicator,
  type TReportCheck,
} from '@shezu/contracts';

/** What the engine's formulas see: the report's context plus last year's values. */
export function contextOf(d: TAnnualReportDetail): ReportContext {
  return {
    year: d.context.year,
    form: d.context.form,
    org: d.context.org,
    previous: (d.previousValues as ReportValues | null) ?? null,
  };
}

/** Sections in form order that ask at least one indicator of this organization. */
export function sectionsOf(indicators: TIndicator[]): AnnualSection[] {
  const used = new Set(indicators.map((i) => i.section));
  return ANNUAL_SECTIONS.filter((s) => used.has(s));
}

export const isBlankValue = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

export interface FieldIssue {
  severity: 'error' | 'warning';
  message: string;
}

/** Rule messages by indicator: each issue beside every field it names, first the one it belongs to. */
export function issuesByField(check: TReportCheck, lang: 'zh-CN' | 'en'): Record<string, FieldIssue[]> {
  const out: Record<string, FieldIssue[]> = {};
  const add = (issue: TCheckIssue) => {
    const message = lang === 'en' ? issue.messageEn : issue.messageZh;
    for (const code of new Set([issue.field, ...issue.fields])) {
      (out[code] ??= []).push({ severity: issue.severity, message });
    }
  };
  check.errors.forEach(add);
  check.warnings.forEach(add);
  return out;
}

export interface SectionCount {
  errors: number;
  warnings: number;
  missing: number;
}

/** Problems per section for the step badges: an issue counts where its message shows first. */
export function countsBySection(check: TReportCheck, byCode: Map<string, TIndicator>) {
  const out = new Map<AnnualSection, SectionCount>();
  const bump = (code: string, key: keyof SectionCount) => {
    const section = byCode.get(code)?.section;
    if (!section) return;
    const c = out.get(section) ?? { errors: 0, warnings: 0, missing: 0 };
    c[key] += 1;
    out.set(section, c);
  };
  check.errors.forEach((i) => bump(i.field, 'errors'));
  check.warnings.forEach((i) => bump(i.field, 'warnings'));
  check.missing.forEach((code) => bump(code, 'missing'));
  return out;
}

/** A value of the right kind for the indicator, or null. */
function fitting(ind: TIndicator, v: unknown): IndicatorValue {
  if (v === null || v === undefined || v === '') return null;
  if (ind.type === 'money' || ind.type === 'number') return typeof v === 'number' ? v : null;
  if (ind.type === 'text' || ind.type === 'date' || ind.type === 'choice') return typeof v === 'string' ? v : null;
  if (ind.type === 'bool') return typeof v === 'boolean' ? v : null;
  return Array.isArray(v) && ind.type === 'rows' ? (v as IndicatorValue) : null;
}

export interface PrefillOffer {
  source: 'register' | 'previous';
  value: IndicatorValue;
}

/** What the indicator's `prefill` offers: a register fact (`register.<field>`) or last year's value. */
export function prefillOffer(ind: TIndicator, d: TAnnualReportDetail): PrefillOffer | null {
  if (!ind.prefill || ind.formula || ind.type === 'file') return null;
  if (ind.prefill === 'previous') {
    const v = fitting(ind, d.previousValues?.[ind.code]);
    return v === null ? null : { source: 'previous', value: v };
  }
  const m = /^register\.(\w+)$/.exec(ind.prefill);
  if (!m) return null;
  const field = m[1]!;
  // The detail keys the register's facts as definitions name them (`register.registered_funds`).
  const v = field in d.register ? fitting(ind, d.register[field]) : null;
  return v === null ? null : { source: 'register', value: v };
}

/** First opening of a report not yet started: every empty indicator that has an offer takes it. */
export function initialPrefill(indicators: TIndicator[], d: TAnnualReportDetail): ReportValues {
  if (d.status !== 'not_started' || !d.can.fill) return {};
  const out: ReportValues = {};
  for (const ind of indicators) {
    if (!isBlankValue(d.values[ind.code])) continue;
    const offer = prefillOffer(ind, d);
    if (offer) out[ind.code] = offer.value;
  }
  return out;
}

/** A report is filled in while it is a draft or returned; otherwise it is shown read-only. */
export const isEditable = (d: TAnnualReportDetail) =>
  d.can.fill && (d.status === 'not_started' || d.status === 'draft' || d.status === 'returned');

/** The comments of the latest return for correction, or null. */
export function lastReturn(d: TAnnualReportDetail) {
  if (d.status !== 'returned') return null;
  const entry = [...d.history].reverse().find((h) => h.action.endsWith('returned')) ?? d.history.at(-1);
  return entry ?? null;
}
