/** The activities section of bench/RESULTS.md (issue 9, "Speed"), judged per engine. */
import { TARGETS, activitiesMisses, type ActivitiesRun } from './activities';

export interface ActivitiesResults {
  activities: number;
  orgs: number;
  seed: string;
  command: string;
  runs: ActivitiesRun[];
}

const n = (v: number) => v.toLocaleString('en');

export function activitiesSummary(a: ActivitiesResults): string {
  const { runs } = a;
  const keys = [...new Set(runs.flatMap((r) => [...Object.keys(r.scenarios), ...(r.tooSlow ?? []).map((s) => s.key)]))];
  const labelOf = (k: string) =>
    (runs.map((r) => r.scenarios[k]).find(Boolean) ?? runs.flatMap((r) => r.tooSlow ?? []).find((s) => s.key === k)!)
      .label;
  const targetOf = (k: string) =>
    (runs.map((r) => r.scenarios[k]).find(Boolean) ?? runs.flatMap((r) => r.tooSlow ?? []).find((s) => s.key === k)!)
      .target;
  const mark = (bad: boolean) => (bad ? '✗' : '✓');
  const cell = (r: ActivitiesRun, k: string) => {
    const s = r.scenarios[k];
    if (!s) return slow(r, k) ?? '—';
    const judged = s.target === undefined ? '' : ` ${mark(s.c1.p95 > s.target)}`;
    return `${s.c1.p95} / ${s.c32.p95} / ${s.c32.requestsPerSecond}${judged}`;
  };
  const likes = (r: ActivitiesRun) => {
    const l = r.likes;
    return `${l.p95} (p99 ${l.p99}; ${l.achievedRate}/s answered, ${l.errors} errors, ${n(l.stored)} stored) ${mark(l.p95 > l.target || l.errors > 0)}`;
  };
  const generated = (r: ActivitiesRun) =>
    r.generated
      ? `${Math.round(r.generated.activitiesSeconds)} s (register of ${n(a.orgs)} organizations, ${n(r.orgs)} registered: ${Math.round(r.generated.registerSeconds)} s)${r.fromCache ? ', when the cached dataset was made' : ''}`
      : 'from the cache';
  const slow = (r: ActivitiesRun, k: string) => {
    const s = r.tooSlow?.find((t) => t.key === k);
    return s ? `${s.probe.p50} ms a request (${s.probe.n} requests; too slow to load) ✗` : undefined;
  };
  const misses = runs.flatMap(activitiesMisses);
  const target = (k: string) => {
    const t = targetOf(k);
    return t === undefined ? '—' : `p95 < ${t} ms`;
  };
  return [
    `## Activities: ${n(a.activities)} activities of ${n(a.orgs)} organizations (generated, seed ${a.seed})`,
    '',
    `\`${a.command}\`. Published: ${runs.map((r) => `${r.engine} ${n(r.published)}`).join(', ')}. Server with \`WORKERS=auto\`, loopback exempt from the rate limits; anonymous requests as a visitor's. Load average while measuring: ${runs.map((r) => `${r.engine} ${r.loadAverage}`).join('; ')} (other work ran on the machine meanwhile).`,
    '',
    'Feed rows: p95 at 1 client / p95 at 32 clients (ms) / requests per second at 32; judged at 1 client. Likes: a new visitor token per like; judged at a steady rate (one every 5 ms for 10 s, timed from when each was due).',
    '',
    `| scenario | target | ${runs.map((r) => r.engine).join(' | ')} |`,
    `|---|---|${runs.map(() => '---').join('|')}|`,
    ...keys.map(
      (k) =>
        `| ${labelOf(k).replace(/^activities: /, '')} | ${target(k)} | ${runs.map((r) => cell(r, k)).join(' | ')} |`,
    ),
    `| a like at ${TARGETS.likeRate} per second, p95 ms | < ${TARGETS.likeMs} ms | ${runs.map(likes).join(' | ')} |`,
    `| a like in autocannon's bursts (32 connections, each its share back to back as a second starts), p95 ms | — | ${runs.map((r) => (r.likes.burst ? `${r.likes.burst.p95} (p99 ${r.likes.burst.p99}, ${r.likes.burst.errors} errors)` : '—')).join(' | ')} |`,
    `| a like, one at a time (1 client), p95 ms | — | ${runs.map((r) => (r.likes.sequential ? `${r.likes.sequential.p95} (p50 ${r.likes.sequential.p50})` : '—')).join(' | ')} |`,
    `| activities generated and indexed | — | ${runs.map(generated).join(' | ')} |`,
    `| server start (first page) | — | ${runs.map((r) => `${r.startMs} ms`).join(' | ')} |`,
    `| server peak memory | — | ${runs.map((r) => `${r.peakRssMb} MB`).join(' | ')} |`,
    '',
    misses.length
      ? `Activities targets missed:\n\n${misses.map((m) => `- ${m}`).join('\n')}`
      : 'Every activities target met.',
    '',
  ].join('\n');
}
