const CHINA_OFFSET_MS = 8 * 3_600_000;

/** China wall-clock fields of an instant (UTC+8, no daylight saving). */
function chinaParts(at: Date) {
  const d = new Date(at.getTime() + CHINA_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    hh: pad(d.getUTCHours()),
    mm: pad(d.getUTCMinutes()),
    pad,
  };
}

/** '2026年11月21日 23:45' in China time, as the watermark names the moment of an export. */
export function chinaDateTimeLabel(at: Date): string {
  const p = chinaParts(at);
  return `${p.y}年${p.m}月${p.d}日 ${p.hh}:${p.mm}`;
}

/** '20261121-2345' in China time, for file names. */
export function chinaStamp(at: Date): string {
  const p = chinaParts(at);
  return `${p.y}${p.pad(p.m)}${p.pad(p.d)}-${p.hh}${p.mm}`;
}

/**
 * Excel has no time zones: a timestamp becomes a date-time whose fields are China's wall clock, so
 * the sheet shows what the web page shows and still sorts and filters as dates.
 */
export function excelChinaDateTime(iso: string): Date {
  return new Date(new Date(iso).getTime() + CHINA_OFFSET_MS);
}

/** 'YYYY-MM-DD' as an Excel date. */
export function excelDate(ymd: string): Date {
  return new Date(`${ymd.slice(0, 10)}T00:00:00.000Z`);
}

/** "角色：系统管理员；状态：已停用" from the filter parts that are set, or "全部记录" when none is. */
export function describeFilter(parts: [label: string, value: string | number | null | undefined][]): string {
  const set = parts.filter(([, v]) => v !== undefined && v !== null && v !== '');
  return set.length === 0 ? '全部记录' : set.map(([label, v]) => `${label}：${v}`).join('；');
}
