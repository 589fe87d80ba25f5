/** bench/results.json (merged across partial runs) and bench/RESULTS.md written from it. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TARGETS, foundationMarkdown, type EngineResult } from './foundation';
import type { Summary } from './stats';

/** Latencies, and the CPU the server and its database spent per request (robust to a busy machine). */
export type ScenarioResult = Summary & { label: string; target?: number; cpuPerRequest?: number };

export interface RegisterRun {
  engine: string;
  /** Seconds `npm run gen` took for this dataset, or null when a cached dataset was reused. */
  generatedSeconds: number | null;
  startMs: number;
  /** County of the filtered staff list scenarios. */
  listCounty: string;
  scenarios: Record<string, ScenarioResult>;
}

export interface BenchResults {
  at?: string;
  machine?: string;
  targets?: typeof TARGETS;
  foundation?: EngineResult[];
  register?: { orgs: number; seed: string; loadAverage?: string; runs: RegisterRun[] };
}

export function readResults(root: string): BenchResults {
  const file = path.join(root, 'bench/results.json');
  if (!existsSync(file)) return {};
  const r = JSON.parse(readFileSync(file, 'utf8')) as BenchResults & { results?: EngineResult[] };
  // Results written before the register section kept the foundation's figures under `results`.
  return { ...r, foundation: r.foundation ?? r.results };
}

export function registerMisses(reg: BenchResults['register']): string[] {
  if (!reg) return [];
  return reg.runs.flatMap((run) =>
    Object.values(run.scenarios)
      .filter((s) => s.target !== undefined && s.p95 > s.target)
      .map((s) => `${run.engine}: ${s.label} p95 ${s.p95} ms (target ${s.target} ms)`),
  );
}

function registerMarkdown(reg: NonNullable<BenchResults['register']>): string {
  const runs = reg.runs;
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.scenarios)))];
  const cell = (r: RegisterRun, k: string) => {
    const s = r.scenarios[k];
    if (!s) return '—';
    const miss = s.target !== undefined && s.p95 > s.target ? ' ✗' : '';
    const cpu = s.cpuPerRequest !== undefined ? ` (CPU ${s.cpuPerRequest})` : '';
    return `${s.p50} / ${s.p95} / ${s.p99}${miss}${cpu}`;
  };
  const gen = (r: RegisterRun) => (r.generatedSeconds === null ? 'cached' : `${Math.round(r.generatedSeconds)} s`);
  return [
    `## Register at ${reg.orgs.toLocaleString('en')} organizations (generated, seed ${reg.seed})`,
    '',
    `Dataset from \`npm run gen\`; a national bureau account (民政部 level) for nationwide searches. Latencies p50 / p95 / p99 in ms, ✗ = p95 over target; (CPU x) = milliseconds of CPU the server process and PostgreSQL spent per request, which waiting for a core on a busy machine does not inflate. Load average while measuring: ${reg.loadAverage ?? '—'}.`,
    '',
    `| scenario | target p95 | ${runs.map((r) => r.engine).join(' | ')} |`,
    `|---|---|${runs.map(() => '---').join('|')}|`,
    `| generating the dataset | ~2 min SQLite, ~4 min PostgreSQL at 1M | ${runs.map(gen).join(' | ')} |`,
    `| server start to first page | — | ${runs.map((r) => `${Math.round(r.startMs)} ms`).join(' | ')} |`,
    ...keys.map((k) => {
      const s = runs.map((r) => r.scenarios[k]).find(Boolean)!;
      return `| ${s.label} | ${s.target ? `< ${s.target} ms` : '—'} | ${runs.map((r) => cell(r, k)).join(' | ')} |`;
    }),
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
    `Requests are sequential (concurrency 1) over loopback HTTP against the real server; latencies are end to end.`,
    '',
    ...(out.foundation ? [foundationMarkdown(out.foundation)] : []),
    ...(out.register ? [registerMarkdown(out.register)] : []),
  ].join('\n');
  writeFileSync(path.join(root, 'bench/RESULTS.md'), md);
  return md;
}
