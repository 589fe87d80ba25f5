/** bench/results.json (merged across partial runs) and the overview bench/RESULTS.md written from it. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TARGETS, foundationMarkdown, type EngineResult } from './foundation';
import type { NationalRun } from './national';
import { nationalMisses } from './national-report';

export interface BenchResults {
  at?: string;
  machine?: string;
  targets?: typeof TARGETS;
  foundation?: EngineResult[];
  national?: { orgs: number; seed: string; loadAverage?: string; runs: NationalRun[]; files: string[] };
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
    ...(out.national ? [nationalSummary(out.national)] : []),
  ].join('\n');
  writeFileSync(path.join(root, 'bench/RESULTS.md'), md);
  return md;
}
