/** bench/results.json (merged across partial runs) and the overview bench/RESULTS.md written from it. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TARGETS, foundationMarkdown, type EngineResult } from './foundation';
import type { NationalRun } from './national';
import { nationalMisses } from './national-report';
import { creditMisses } from './credit';
import { activitiesSummary, type ActivitiesResults } from './activities-report';

export interface BenchResults {
  at?: string;
  machine?: string;
  targets?: typeof TARGETS;
  foundation?: EngineResult[];
  national?: { orgs: number; seed: string; loadAverage?: string; runs: NationalRun[]; files: string[] };
  /** The spot-check draw (issue 8): the pure draw over synthetic USCCs. */
  supervision?: { count: number; unweightedMs: number; weightedMs: number; drawn: number; loadAverage: string };
  /** The activity feed and likes (issue 9). */
  activities?: ActivitiesResults;
}

function supervisionSummary(s: NonNullable<BenchResults['supervision']>): string {
  const verdict = (ms: number) => (ms < 5000 ? '✓' : '✗');
  return [
    '## Supervision',
    '',
    `The spot-check draw (key = SM3(seed ‖ USCC), the ⌈N × p⌉ smallest keys) over ${s.count.toLocaleString('en')} synthetic credit codes, in-process, load average ${s.loadAverage}; \`npm run bench -- --only supervision\`.`,
    '',
    '| draw of 5 % | target | measured |',
    '|---|---|---|',
    `| unweighted (${s.drawn.toLocaleString('en')} drawn) | < 5 s | ${(s.unweightedMs / 1000).toFixed(2)} s ${verdict(s.unweightedMs)} |`,
    `| weighted by credit level | < 5 s | ${(s.weightedMs / 1000).toFixed(2)} s ${verdict(s.weightedMs)} |`,
    '',
  ].join('\n');
}

export function readResults(root: string): BenchResults {
  const file = path.join(root, 'bench/results.json');
  if (!existsSync(file)) return {};
  const r = JSON.parse(readFileSync(file, 'utf8')) as BenchResults & { results?: EngineResult[] };
  // Results written before the register section kept the foundation's figures under `results`.
  return { ...r, foundation: r.foundation ?? r.results };
}

function nationalSummary(nat: NonNullable<BenchResults['national']>): string {
  const runs = nat.runs;
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.scenarios)))];
  const cell = (r: NationalRun, k: string) => {
    const s = r.scenarios[k];
    return s ? `${s.c1.p95} / ${s.c32.p95} / ${s.c32.requestsPerSecond}` : '—';
  };
  const misses = runs.flatMap(nationalMisses);
  return [
    `## National scale: ${nat.orgs.toLocaleString('en')} organizations (generated, seed ${nat.seed})`,
    '',
    `p95 at 1 client / p95 at 32 clients (ms) / requests per second at 32. Load average while measuring: ${nat.loadAverage ?? '—'}. Raw driver times, server added latency, CPU, memory, export and import are in ${nat.files.map((f) => `[${path.basename(f)}](${f})`).join(', ')}.`,
    '',
    `| scenario | ${runs.map((r) => r.engine).join(' | ')} |`,
    `|---|${runs.map(() => '---').join('|')}|`,
    ...keys.map(
      (k) => `| ${runs.map((r) => r.scenarios[k]).find(Boolean)!.label} | ${runs.map((r) => cell(r, k)).join(' | ')} |`,
    ),
    `| server peak memory | ${runs.map((r) => `${r.peakRssMb} MB`).join(' | ')} |`,
    '',
    misses.length ? `Targets missed:\n\n${misses.map((m) => `- ${m}`).join('\n')}` : 'Every target met.',
    '',
  ].join('\n');
}

/** The annual inspection targets on their own (issue: queue, checks, saving, dashboard), judged per engine. */
function annualSummary(nat: NonNullable<BenchResults['national']>): string {
  const runs = nat.runs.filter((r) => r.annual);
  if (runs.length === 0) return '';
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.scenarios).filter((k) => k.startsWith('annual'))))];
  const cell = (r: NationalRun, k: string) => {
    const s = r.scenarios[k];
    if (!s) return '—';
    const ok =
      (s.target === undefined || s.c1.p95 <= s.target) && (s.targetC32 === undefined || s.c32.p95 <= s.targetC32);
    return `${s.c1.p95} / ${s.c32.p95} (${s.c32.connections} clients) ${ok ? '✓' : '✗'}`;
  };
  const target = (k: string) => {
    const s = runs.map((r) => r.scenarios[k]).find(Boolean)!;
    return [
      s.target !== undefined ? `p95 < ${s.target}` : '',
      s.targetC32 !== undefined ? `also at ${s.c32.connections} clients` : '',
    ]
      .filter(Boolean)
      .join(', ');
  };
  return [
    `## Annual inspection: ${nat.orgs.toLocaleString('en')} organizations`,
    '',
    ...runs.map(
      (r) =>
        `- ${r.engine}: the in-review queue of region ${r.annual!.queueRegion} (${r.annual!.inReview.toLocaleString('en')} reports) read by a clerk of that region; the largest 2025 cycle (${r.annual!.cycleAuthority}, ${r.annual!.cycleReports.toLocaleString('en')} reports); dataset ${r.generatedSeconds === null ? 'from the cache' : `generated in ${Math.round(r.generatedSeconds)} s`}.`,
    ),
    '',
    'p95 at 1 client / p95 at the concurrent level (ms); ✓ = target met.',
    '',
    `| scenario | target | ${runs.map((r) => r.engine).join(' | ')} |`,
    `|---|---|${runs.map(() => '---').join('|')}|`,
    ...keys.map(
      (k) =>
        `| ${runs.map((r) => r.scenarios[k]).find(Boolean)!.label} | ${target(k)} | ${runs.map((r) => cell(r, k)).join(' | ')} |`,
    ),
    '',
  ].join('\n');
}

/** The credit targets on their own (issue 7 "Speed"): list pages, one recompute, the nightly run. */
function creditSummary(nat: NonNullable<BenchResults['national']>): string {
  const runs = nat.runs.filter((r) => r.credit);
  if (runs.length === 0) return '';
  const mark = (bad: boolean) => (bad ? '✗' : '✓');
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.scenarios).filter((k) => k.startsWith('credit'))))];
  const cell = (r: NationalRun, k: string) => {
    const s = r.scenarios[k];
    if (!s) return '—';
    return `${s.c1.p95} / ${s.c32.p95} ${mark(s.c1.p95 > (s.target ?? Infinity) || s.c32.p95 > (s.targetC32 ?? Infinity))}`;
  };
  const recompute = (r: NationalRun) => {
    const c = r.credit!.recompute;
    return c ? `${c.p95} ${mark(c.p95 > c.target)}` : '—';
  };
  const nightly = (r: NationalRun) => {
    const n = r.credit!.nightly;
    if (!n) return '—';
    const failed = [n.rules, n.scores].some((j) => j && j.status !== 'succeeded');
    return `${n.totalSeconds} s (rules ${n.rules?.seconds ?? '—'} s, scores ${n.scores?.seconds ?? '—'} s)${failed ? ' failed' : ''} ${r.engine === 'sqlite' ? mark(failed || n.totalSeconds > n.target) : ''}`;
  };
  const again = (r: NationalRun) => {
    const j = r.credit!.nightly?.scoresAgain;
    return j ? `${j.seconds} s${j.status === 'succeeded' ? '' : ` ${j.status}`}` : '—';
  };
  const reads = (r: NationalRun) => {
    const n = r.credit!.nightly;
    return n ? `${n.reads.p95} (${n.reads.clients} clients, ${n.reads.errors} errors)` : '—';
  };
  const misses = runs.flatMap((r) => creditMisses(r.engine, r.orgs, r.credit));
  return [
    `## Credit: ${nat.orgs.toLocaleString('en')} organizations`,
    '',
    'p95 in ms (list pages: at 1 / 32 clients); ✓ = target met.',
    '',
    `| scenario | target | ${runs.map((r) => r.engine).join(' | ')} |`,
    `|---|---|${runs.map(() => '---').join('|')}|`,
    ...keys.map(
      (k) =>
        `| ${runs.map((r) => r.scenarios[k]).find(Boolean)!.label} | < 30 ms | ${runs.map((r) => cell(r, k)).join(' | ')} |`,
    ),
    `| one organization's recompute (first view) | < 20 ms | ${runs.map(recompute).join(' | ')} |`,
    `| nightly run: daily rules + every score, jobs API | < 2 min (SQLite) | ${runs.map(nightly).join(' | ')} |`,
    `| the scores job again, nothing changed | — | ${runs.map(again).join(' | ')} |`,
    `| reads during the nightly runs, p95 | — | ${runs.map(reads).join(' | ')} |`,
    '',
    ...runs.flatMap((r) => r.credit!.notes.map((n) => `- ${r.engine}: ${n}`)),
    misses.length ? `Credit targets missed: ${misses.join('; ')}` : 'Every credit target met.',
    '',
  ].join('\n');
}

export function writeResults(root: string, results: BenchResults): string {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const out: BenchResults = { ...results, at: new Date().toISOString(), machine, targets: TARGETS };
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(out, null, 2) + '\n');
  const md = [
    `# Benchmark results`,
    '',
    `Machine: ${machine}. Produced by \`npm run bench\` on ${out.at}.`,
    `Requests go over loopback HTTP to the real server; latencies are end to end. On the national dataset the server runs one worker process per core (\`WORKERS=auto\`); the foundation figures are of the single process.`,
    '',
    ...(out.foundation ? [foundationMarkdown(out.foundation)] : []),
    ...(out.national ? [nationalSummary(out.national), annualSummary(out.national), creditSummary(out.national)] : []),
    ...(out.supervision ? [supervisionSummary(out.supervision)] : []),
    ...(out.activities ? [activitiesSummary(out.activities)] : []),
  ].join('\n');
  writeFileSync(path.join(root, 'bench/RESULTS.md'), md);
  return md;
}
