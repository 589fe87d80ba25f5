import type { Lang } from './i18n';

/** China Standard Time has no daylight saving: a fixed UTC+8 is exact. */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Parts {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  ss: number;
}

/** Calendar parts in China time; a bare date ('2026-03-02') is a calendar date and is not shifted. */
function chinaParts(value: string | Date): Parts | null {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), hh: 0, mm: 0, ss: 0 };
  }
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) return null;
  const c = new Date(ms + CHINA_OFFSET_MS);
  return {
    y: c.getUTCFullYear(),
    m: c.getUTCMonth() + 1,
    d: c.getUTCDate(),
    hh: c.getUTCHours(),
    mm: c.getUTCMinutes(),
    ss: c.getUTCSeconds(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const EMPTY = '—';

const dateOf = (p: Parts, lang: Lang) =>
  lang === 'zh-CN' ? `${p.y}年${p.m}月${p.d}日` : `${p.y}-${pad(p.m)}-${pad(p.d)}`;

/** 2026年3月2日 in Chinese (as an official writes it), 2026-03-02 in English. */
export function formatDate(value: string | Date | null | undefined, lang: Lang): string {
  if (value == null || value === '') return EMPTY;
  const p = chinaParts(value);
  return p ? dateOf(p, lang) : String(value);
}

/** 2026年3月2日 09:05 / 2026-03-02 09:05, China time; `seconds` for audit trails. */
export function formatDateTime(
  value: string | Date | null | undefined,
  lang: Lang,
  opts: { seconds?: boolean } = {},
): string {
  if (value == null || value === '') return EMPTY;
  const p = chinaParts(value);
  if (!p) return String(value);
  const time = `${pad(p.hh)}:${pad(p.mm)}${opts.seconds ? `:${pad(p.ss)}` : ''}`;
  return `${dateOf(p, lang)} ${time}`;
}

/** Thousands separators in both languages (1,234,567), as statistics tables print them. */
export function formatNumber(value: number | null | undefined, lang: Lang, fractionDigits = 0): string {
  if (value == null || Number.isNaN(value)) return EMPTY;
  return new Intl.NumberFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** The calendar date in China of an instant, as YYYY-MM-DD (what the API compares due dates with). */
export function chinaDateString(at: Date): string {
  const p = chinaParts(at)!;
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/** The hour of day in China, for greetings. */
export function chinaHour(at: Date): number {
  return chinaParts(at)!.hh;
}
