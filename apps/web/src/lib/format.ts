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

/** A duration as an official reads it: 1小时2分5秒 / 2分5秒 / 3.4秒; English 1 h 2 min 5 s. */
export function formatDuration(ms: number | null | undefined, lang: Lang): string {
  if (ms == null || Number.isNaN(ms) || ms < 0) return EMPTY;
  const zh = lang === 'zh-CN';
  if (ms < 10_000) {
    const s = (Math.round(ms / 100) / 10).toString();
    return zh ? `${s}秒` : `${s} s`;
  }
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = zh
    ? [h && `${h}小时`, (h || m) && `${m}分`, `${s}秒`]
    : [h && `${h} h`, (h || m) && `${m} min`, `${s} s`];
  return parts.filter(Boolean).join(zh ? '' : ' ');
}

/** A file size in the units people read: 980 B, 12.5 KB, 3.2 MB. */
export function formatBytes(bytes: number | null | undefined, lang: Lang): string {
  if (bytes == null || Number.isNaN(bytes)) return EMPTY;
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${formatNumber(v, lang, v < 10 ? 1 : 0)} ${units[u]}`;
}
