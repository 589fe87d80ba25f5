import { createHash, type Hash } from 'node:crypto';
import { CREDIT_WEIGHTS, drawnCount, type SnapshotEntry } from '@shezu/contracts';
import { Sm3ShortHasher } from './sm3-block';

/**
 * The draw of 双随机一公开 (DOMAIN.md): key = SM3(seed ‖ USCC) — the seed's 32 bytes, then the USCC's 18 ASCII
 * bytes — and the ⌈N × p⌉ smallest keys are drawn, ties broken by USCC. Pure: anyone holding the seed and the
 * snapshot gets the same list.
 *
 * Weighted plans (by credit level) use the Efraimidis–Spirakis rule: the key's first 52 bits read as u ∈ (0,1),
 * effective key = −ln(u) / weight, smallest drawn — weighted sampling without replacement, reproducible because
 * each organization's level is part of the snapshot. Unweighted plans compare the raw keys.
 *
 * Linear: one SM3 per organization (sm3-block.ts, one block each), the k-th smallest value found by
 * quickselect, and only the candidates at or below it are sorted.
 */
export function drawKeys(seedHex: string, entries: readonly SnapshotEntry[]): Buffer[] {
  const base = createHash('sm3').update(Buffer.from(seedHex, 'hex'));
  return entries.map((e) => keyOf(base, e.uscc));
}

function keyOf(base: Hash, uscc: string): Buffer {
  return base.copy().update(uscc, 'latin1').digest();
}

export function draw(
  seedHex: string,
  entries: readonly SnapshotEntry[],
  shareBp: number,
  weighted: boolean,
): SnapshotEntry[] {
  const n = entries.length;
  const k = drawnCount(n, shareBp);
  if (k === 0) return [];
  const seed = Buffer.from(seedHex, 'hex');
  const base = createHash('sm3').update(seed);
  const fast = new Sm3ShortHasher(seed);
  // A float per organization: raw, the key's first 52 bits as an integer < 2^52; weighted, −ln(u)/w.
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    let hi: number;
    let lo: number;
    if (fast.fits(e.uscc)) {
      const out = fast.hash(e.uscc);
      hi = out[0]! >>> 0;
      lo = out[1]! >>> 12;
    } else {
      const key = keyOf(base, e.uscc);
      hi = key.readUInt32BE(0);
      lo = key.readUInt32BE(4) >>> 12;
    }
    const top52 = hi * 2 ** 20 + lo;
    values[i] = weighted ? -Math.log((top52 + 0.5) / 2 ** 52) / (CREDIT_WEIGHTS[e.level] ?? 1) : top52;
  }
  const threshold = kthSmallest(Float64Array.from(values), k);
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) if (values[i]! <= threshold) candidates.push(i);
  // Equal values (a 52-bit collision) fall back to the whole key, then the USCC.
  const tie = (a: number, b: number) =>
    Buffer.compare(keyOf(base, entries[a]!.uscc), keyOf(base, entries[b]!.uscc)) ||
    cmp(entries[a]!.uscc, entries[b]!.uscc);
  candidates.sort((a, b) => values[a]! - values[b]! || tie(a, b));
  return candidates.slice(0, k).map((i) => entries[i]!);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The k-th smallest value (1-based) by iterative quickselect; mutates `a`. */
function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target]!;
  }
  return a[target]!;
}

/** SM3 of a text, hex (the snapshot hash). */
export function sm3Hex(text: string | Buffer): string {
  return createHash('sm3').update(text).digest('hex');
}

export interface PoolInspector {
  id: number;
  unitId: number | null;
  conflictOrgIds: readonly number[];
}

/**
 * Inspectors for one drawn organization (民发〔2017〕45号: at least 2, 回避): the pool minus those of the
 * organization's supervising unit and those with a declared conflict, ranked by SM3(seed ‖ "inspector" ‖ USCC ‖
 * id) — reproducible from the seed. Returns null when fewer than `count` remain.
 */
export function assignInspectors(
  seedHex: string,
  org: { uscc: string; orgId: number; supervisorUnitId: number | null },
  pool: readonly PoolInspector[],
  count: number,
): number[] | null {
  const eligible = pool.filter(
    (p) =>
      (org.supervisorUnitId === null || p.unitId !== org.supervisorUnitId) && !p.conflictOrgIds.includes(org.orgId),
  );
  if (eligible.length < count) return null;
  const base = createHash('sm3').update(Buffer.from(seedHex, 'hex')).update(`inspector${org.uscc}`, 'latin1');
  return eligible
    .map((p) => ({ id: p.id, key: base.copy().update(String(p.id), 'latin1').digest() }))
    .sort((a, b) => Buffer.compare(a.key, b.key) || a.id - b.id)
    .slice(0, count)
    .map((p) => p.id);
}
