/**
 * The spot-check draw over 1,000,000 organizations (issue 8, "Speed": a 5 % draw < 5 s): the pure draw of
 * modules/supervision/spot-checks/draw.ts on synthetic USCCs, unweighted and weighted by credit level.
 * Run: `npx tsx scripts/bench/spot-check-draw.ts [count]`.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { SnapshotEntry } from '@shezu/contracts';
import { draw } from '../../apps/api/src/modules/supervision/spot-checks/draw';

export const TARGET_MS = 5000;
const LEVELS = ['A', 'B', 'C', 'D', 'E', 'none'] as const;

export function syntheticPopulation(count: number): SnapshotEntry[] {
  const out: SnapshotEntry[] = new Array<SnapshotEntry>(count);
  for (let i = 0; i < count; i++) {
    out[i] = { uscc: `51500235MJ${String(i).padStart(7, '0')}X`, orgId: i + 1, level: LEVELS[i % LEVELS.length]! };
  }
  return out;
}

export function benchSpotCheckDraw(count = 1_000_000): { unweightedMs: number; weightedMs: number; drawn: number } {
  const population = syntheticPopulation(count);
  const seed = randomBytes(32).toString('hex');
  let t = performance.now();
  const drawn = draw(seed, population, 500, false).length;
  const unweightedMs = performance.now() - t;
  t = performance.now();
  draw(seed, population, 500, true);
  const weightedMs = performance.now() - t;
  return { unweightedMs, weightedMs, drawn };
}

if (process.argv[1]?.endsWith('spot-check-draw.ts')) {
  const count = Number(process.argv[2] ?? 1_000_000);
  const r = benchSpotCheckDraw(count);
  const verdict = (ms: number) => (ms < TARGET_MS ? 'ok' : 'SLOW');
  console.log(`spot-check draw, 5 % of ${count.toLocaleString('en')} (${r.drawn} drawn), target < ${TARGET_MS} ms`);
  console.log(`  unweighted ${r.unweightedMs.toFixed(0)} ms ${verdict(r.unweightedMs)}`);
  console.log(`  weighted   ${r.weightedMs.toFixed(0)} ms ${verdict(r.weightedMs)}`);
}
