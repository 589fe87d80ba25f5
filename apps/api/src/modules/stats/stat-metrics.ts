import type { RegisteredCount } from '../orgs/public/org-counts.query';
import type { CommunityCount } from '../portal/community-orgs.source';

/**
 * The counted figures of one region as flat metrics — `total`, `type:<type>`, `category:<code>`,
 * `grade3a`, `charity`, `community:<urban|rural>`, `communities:<urban|rural>` — the same whether
 * counted live or read from the counters table, and additive from provinces up to the country.
 */
export type Metrics = Map<string, number>;

function add(m: Metrics, key: string, n: number): void {
  m.set(key, (m.get(key) ?? 0) + n);
}

export function addRegistered(m: Metrics, rows: RegisteredCount[]): Metrics {
  for (const r of rows) {
    add(m, 'total', r.n);
    add(m, `type:${r.type}`, r.n);
    add(m, `category:${r.categoryCode}`, r.n);
    if (r.grade3a) add(m, 'grade3a', r.n);
    if (r.charity) add(m, 'charity', r.n);
  }
  return m;
}

export function addCommunity(m: Metrics, rows: CommunityCount[]): Metrics {
  for (const r of rows) {
    add(m, `community:${r.areaKind}`, r.n);
    add(m, `communities:${r.areaKind}`, r.communities);
  }
  return m;
}

/** Metrics per group key (a province), from rows that carry it. */
export function groupMetrics<T extends { province: string }>(
  rows: T[],
  fill: (m: Metrics, rows: T[]) => Metrics,
  into: Map<string, Metrics> = new Map(),
): Map<string, Metrics> {
  const byKey = new Map<string, T[]>();
  for (const r of rows) {
    const list = byKey.get(r.province);
    if (list) list.push(r);
    else byKey.set(r.province, [r]);
  }
  for (const [key, list] of byKey) into.set(key, fill(into.get(key) ?? new Map(), list));
  return into;
}

export function sumMetrics(list: Iterable<Metrics>): Metrics {
  const out: Metrics = new Map();
  for (const m of list) for (const [k, n] of m) add(out, k, n);
  return out;
}
