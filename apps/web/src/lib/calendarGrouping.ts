import dayjs from 'dayjs';

interface Dated {
  id: number;
  startsOn: string;
  endsOn: string;
}

/**
 * The entries of each day of a month (YYYY-MM): an entry over several days shows on each of them, clipped
 * to the month; within a day, the earlier start first, then by id.
 */
export function groupByDay<T extends Dated>(items: readonly T[], month: string): Map<string, T[]> {
  const first = dayjs(`${month}-01`);
  const from = first.format('YYYY-MM-DD');
  const to = first.endOf('month').format('YYYY-MM-DD');
  const out = new Map<string, T[]>();
  for (const a of items) {
    const start = a.startsOn > from ? a.startsOn : from;
    const last = a.endsOn < a.startsOn ? a.startsOn : a.endsOn;
    const end = last < to ? last : to;
    for (let d = dayjs(start); d.format('YYYY-MM-DD') <= end; d = d.add(1, 'day')) {
      const key = d.format('YYYY-MM-DD');
      const list = out.get(key) ?? [];
      list.push(a);
      out.set(key, list);
    }
  }
  for (const list of out.values()) list.sort((x, y) => x.startsOn.localeCompare(y.startsOn) || x.id - y.id);
  return out;
}
