import type { TJobSchedule } from '@shezu/contracts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** China has one time zone (UTC+8) and no daylight saving, so a daily slot is a fixed UTC instant. */
const CHINA_OFFSET = 8 * 60 * MINUTE;

/** Slots are the instants k·period + phase (UTC milliseconds). */
function periodAndPhase(s: TJobSchedule): { period: number; phase: number } {
  if ('everyMinutes' in s) return { period: s.everyMinutes * MINUTE, phase: 0 };
  const [h, m] = s.at.split(':').map(Number) as [number, number];
  return { period: DAY, phase: (h * 60 + m) * MINUTE - CHINA_OFFSET };
}

/** The latest slot at or before `t`. */
export function slotAtOrBefore(s: TJobSchedule, t: Date): Date {
  const { period, phase } = periodAndPhase(s);
  return new Date(Math.floor((t.getTime() - phase) / period) * period + phase);
}

/** The earliest slot strictly after `t`. */
export function slotAfter(s: TJobSchedule, t: Date): Date {
  const { period } = periodAndPhase(s);
  return new Date(slotAtOrBefore(s, t).getTime() + period);
}

export interface DueSlots {
  /** Slots to create runs for, oldest first. */
  slots: Date[];
  /** Due slots left out: older than the catch-up window, or superseded under `latest`. */
  skipped: number;
}

/**
 * The slots that came due after `after` (exclusive) up to `now` (inclusive). Slots before `notBefore`
 * (the catch-up window) are skipped; with `latest` only the newest due slot runs, for jobs where a
 * missed run is simply replaced by the next one. `max` bounds the list whatever happens.
 */
export function dueSlots(
  s: TJobSchedule,
  after: Date,
  now: Date,
  opts: { notBefore: Date; catchUp: 'each' | 'latest'; max: number },
): DueSlots {
  const { period } = periodAndPhase(s);
  const last = slotAtOrBefore(s, now).getTime();
  const first = slotAfter(s, after).getTime();
  if (first > last) return { slots: [], skipped: 0 };
  const total = Math.floor((last - first) / period) + 1;
  const firstInWindow = slotAtOrBefore(s, new Date(opts.notBefore.getTime() - 1)).getTime() + period;
  let from = Math.max(first, firstInWindow, last - (opts.max - 1) * period);
  if (opts.catchUp === 'latest') from = Math.max(from, last);
  const slots: Date[] = [];
  for (let t = from; t <= last; t += period) slots.push(new Date(t));
  return { slots, skipped: total - slots.length };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The schedule in words for the admin page. */
export function describeSchedule(s: TJobSchedule): string {
  if ('at' in s) return `每天 ${s.at}（北京时间）`;
  const m = s.everyMinutes;
  if (m % 60 === 0) return m === 60 ? '每小时' : `每 ${m / 60} 小时`;
  return `每 ${m} 分钟`;
}

/** 'HH:MM' of an instant in China time, for log lines. */
export function chinaTime(t: Date): string {
  const c = new Date(t.getTime() + CHINA_OFFSET);
  return `${c.toISOString().slice(0, 10)} ${pad(c.getUTCHours())}:${pad(c.getUTCMinutes())}`;
}
