import {
  ANNUAL_SECTIONS,
  applicableIndicators,
  computedValues,
  type AnnualSection,
  type IndicatorValue,
  type ReportContext,
  type ReportValues,
  type TAnnualReportDetail,
  type TIndicator,
} from '@shezu/contracts';
import { formatDate, formatNumber } from '../../lib/format';
import type { Lang } from '../../lib/i18n';
import { formatYuan } from '../../lib/money';

/** The register's facts as the engine reads them, with last year's report for `prev.*`. */
export function contextOf(r: TAnnualReportDetail): ReportContext {
  return { ...r.context, previous: (r.previousValues as ReportValues | null) ?? null };
}

export interface ReportView {
  sections: { section: AnnualSection; indicators: TIndicator[] }[];
  /** Entered values plus the computed subtotals, as the organization saw them. */
  values: ReportValues;
  previous: ReportValues | null;
  byCode: Map<string, TIndicator>;
}

/** The indicators this organization was asked, by section in the form's order. */
export function reportView(r: TAnnualReportDetail): ReportView {
  const ctx = contextOf(r);
  const entered = r.values as ReportValues;
  const values = { ...entered, ...computedValues(r.definition, entered, ctx) };
  const asked = applicableIndicators(r.definition, ctx);
  const sections = ANNUAL_SECTIONS.map((section) => ({
    section,
    indicators: asked.filter((i) => i.section === section),
  })).filter((s) => s.indicators.length > 0);
  return {
    sections,
    values,
    previous: ctx.previous,
    byCode: new Map(r.definition.indicators.map((i) => [i.code, i])),
  };
}

export const isNumeric = (ind: Pick<TIndicator, 'type'>) => ind.type === 'number' || ind.type === 'money';

/** Year-over-year change in percent (one decimal), or null where last year is blank or zero. */
export function changePercent(current: unknown, previous: unknown): number | null {
  if (typeof current !== 'number' || typeof previous !== 'number' || previous === 0) return null;
  return Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10;
}

export function formatChange(pct: number | null, lang: Lang): string {
  if (pct === null) return '—';
  return `${pct > 0 ? '+' : ''}${formatNumber(pct, lang, 1)}%`;
}

interface Labels {
  yes: string;
  no: string;
  files: (n: number) => string;
}

/** One scalar value as an official reads it: money in 元 with separators, dates 2026年3月2日, choices by label. */
export function formatScalar(
  type: TIndicator['type'] | 'percent',
  v: IndicatorValue | undefined,
  lang: Lang,
  labels: Labels,
  options?: TIndicator['options'],
): string {
  if (v === null || v === undefined || v === '') return '—';
  switch (type) {
    case 'money':
      return typeof v === 'number' ? formatYuan(v, lang) : String(v);
    case 'number':
      return typeof v === 'number' ? formatNumber(v, lang, Number.isInteger(v) ? 0 : 2) : String(v);
    case 'percent':
      return typeof v === 'number' ? `${formatNumber(v * 100, lang, 1)}%` : String(v);
    case 'date':
      return typeof v === 'string' ? formatDate(v, lang) : String(v);
    case 'bool':
      return v ? labels.yes : labels.no;
    case 'choice': {
      const o = options?.find((x) => x.value === v);
      return o ? (lang === 'zh-CN' ? o.labelZh : o.labelEn) : String(v);
    }
    case 'file':
      return Array.isArray(v) ? labels.files(v.length) : String(v);
    default:
      return typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
}

export const labelOf = (ind: Pick<TIndicator, 'labelZh' | 'labelEn'>, lang: Lang) =>
  lang === 'zh-CN' ? ind.labelZh : ind.labelEn;
