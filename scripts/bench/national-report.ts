/**
 * bench/results/<date>-<engine>.md and .json for one engine's national run, and the issue's targets
 * checked against it (a miss is said plainly in the file and on the console).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NationalRun, NationalScenarioResult } from './national';
import { creditMarkdown, creditMisses } from './credit';
import { supervisionMarkdown, supervisionMisses } from './supervision';

/** Server memory ceiling and the largest "added latency" for indexed lookups (issue 5 §3). */
export const MEMORY_LIMIT_MB = 400;
export const ADDED_LIMIT_MS = 2;
export const RATIO_LIMIT = 1.3;

export function nationalMisses(run: NationalRun): string[] {
  const m: string[] = [];
  const e = run.engine;
  for (const s of Object.values(run.scenarios)) {
    if (s.target !== undefined && s.c1.p95 > s.target)
      m.push(`${e}: ${s.label} p95 ${s.c1.p95} ms at 1 client (< ${s.target})`);
    if (s.targetC32 !== undefined && s.c32.p95 > s.targetC32)
      m.push(`${e}: ${s.label} p95 ${s.c32.p95} ms at ${s.c32.connections} clients (< ${s.targetC32})`);
    if (s.minRps !== undefined && s.c32.requestsPerSecond < s.minRps)
      m.push(`${e}: ${s.label} ${s.c32.requestsPerSecond} requests/s at 32 clients (≥ ${s.minRps})`);
    if (s.c1.errors + s.c32.errors > 0) m.push(`${e}: ${s.label} had ${s.c1.errors + s.c32.errors} errors`);
    // A write's raw replay has only its reads: what the server adds is the write itself.
    if (s.writes) continue;
    if (s.ratio === null && s.addedMs > ADDED_LIMIT_MS)
      m.push(`${e}: ${s.label} server adds ${s.addedMs} ms (≤ ${ADDED_LIMIT_MS})`);
    if (s.ratio !== null && s.ratio > RATIO_LIMIT)
      m.push(`${e}: ${s.label} server / raw ${s.ratio} (≤ ${RATIO_LIMIT})`);
  }
  m.push(...creditMisses(e, run.orgs, run.credit));
  m.push(...supervisionMisses(e, run.supervision));
  if (run.peakRssMb >= MEMORY_LIMIT_MB) m.push(`${e}: server peak memory ${run.peakRssMb} MB (< ${MEMORY_LIMIT_MB})`);
  return m;
}

const trio = (s: { p50: number; p95: number; p99: number }) => `${s.p50} / ${s.p95} / ${s.p99}`;

function row(s: NationalScenarioResult): string {
  const targets = [
    s.target !== undefined ? `c1 < ${s.target}` : '',
    s.targetC32 !== undefined ? `c${s.c32.connections} < ${s.targetC32}` : '',
    s.minRps !== undefined ? `≥ ${s.minRps}/s` : '',
  ].filter(Boolean);
  const miss = (bad: boolean) => (bad ? ' ✗' : '');
  const added = s.writes
    ? `+${s.addedMs} (a write; raw = its reads)`
    : s.ratio !== null
      ? `× ${s.ratio}${miss(s.ratio > RATIO_LIMIT)}`
      : `+${s.addedMs}${miss(s.addedMs > ADDED_LIMIT_MS)}`;
  return [
    s.label,
    targets.join(', ') || '—',
    `${s.raw.p95} (${s.raw.statements})`,
    trio(s.c1) + miss(s.target !== undefined && s.c1.p95 > s.target),
    added,
    String(s.cpuPerRequest),
    trio(s.c32) +
      (s.c32.connections !== 32 ? ` (${s.c32.connections} clients)` : '') +
      miss(s.targetC32 !== undefined && s.c32.p95 > s.targetC32),
    String(s.c32.requestsPerSecond) + miss(s.minRps !== undefined && s.c32.requestsPerSecond < s.minRps),
    String(s.c1.errors + s.c32.errors),
  ].join(' | ');
}

export interface ImportFigures {
  engine: string;
  rows: number;
  totalMs: number;
  serverPeakRssMb: number | null;
  reads: Record<string, { p95: number; n: number }>;
}

export function nationalMarkdown(
  run: NationalRun,
  meta: { at: string; machine: string; seed: string; command: string },
  imported?: ImportFigures,
): string {
  const misses = nationalMisses(run);
  const ex = run.export;
  return [
    `# Benchmark: ${run.orgs.toLocaleString('en')} organizations on ${run.engine}`,
    '',
    `${meta.at} · ${meta.machine} · seed ${meta.seed} · \`${meta.command}\``,
    '',
    `- dataset: ${run.generatedSeconds === null ? 'reused from the cache' : `generated in ${Math.round(run.generatedSeconds)} s`}; server start to first page ${Math.round(run.startMs)} ms`,
    `- server peak memory (VmHWM) over the whole run: **${run.peakRssMb} MB** (target < ${MEMORY_LIMIT_MB} MB)` +
      (run.processes && run.processes > 1
        ? `, summed over its ${run.processes} processes (the primary and its children: workers, tsx's esbuild); the largest process ${run.peakRssLargestMb} MB`
        : ''),
    ex
      ? `- Excel export of ${ex.filter} (${ex.rows.toLocaleString('en')} organizations): ${ex.seconds} s, ${(ex.bytes / 1048576).toFixed(1)} MB streamed, server memory after it ${ex.rssAfterMb} MB`
      : '- Excel export: not measured',
    imported
      ? `- ledger import of ${imported.rows.toLocaleString('en')} rows into the demo register (\`npm run bench -- --only import\`, details in [LEDGER-IMPORT.md](../LEDGER-IMPORT.md)): ${(imported.totalMs / 1000).toFixed(1)} s check + commit; staff list p95 while checking ${imported.reads.validating?.p95 ?? '—'} ms, while committing ${imported.reads.committing?.p95 ?? '—'} ms (target < 100 ms); server peak ${imported.serverPeakRssMb ?? '—'} MB`
      : '- ledger import: not measured in this run (`npm run bench -- --only import`)',
    '',
    'Latencies in ms (p50 / p95 / p99). **raw** = the SQL the server ran for the request (statements in brackets), replayed through the driver alone at concurrency 1; **added** = server p95 − raw p95 at concurrency 1 (target ≤ 2 ms), or × the ratio server / raw when raw p95 ≥ 5 ms (target ≤ 1.3); **CPU** = milliseconds of CPU the server (and PostgreSQL) spent per request at concurrency 1. The server runs the benchmark profile: one worker process per core (`WORKERS=auto`). The load tool (autocannon) runs on the same 2 cores as the server and the database.',
    '',
    '| scenario | target | raw p95 | 1 client | added | CPU | 32 clients | req/s at 32 | errors |',
    '|---|---|---|---|---|---|---|---|---|',
    ...Object.values(run.scenarios).map((s) => `| ${row(s)} |`),
    '',
    ...creditMarkdown(run.engine, run.orgs, run.credit),
    ...supervisionMarkdown(run.supervision),
    misses.length ? `**Targets missed:**\n\n${misses.map((x) => `- ${x}`).join('\n')}` : '**Every target met.**',
    '',
  ].join('\n');
}

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Writes <dir>/<date>-<engine>.md and .json; returns the markdown path. */
export function writeNational(dir: string, run: NationalRun, seed: string, command: string): string {
  mkdirSync(dir, { recursive: true });
  const at = new Date().toISOString();
  const importFile = path.resolve(dir, '../ledger-import.json');
  const imported = existsSync(importFile)
    ? (JSON.parse(readFileSync(importFile, 'utf8')) as ImportFigures[]).find((r) => r.engine === run.engine)
    : undefined;
  const base = path.join(dir, `${at.slice(0, 10)}-${run.engine}`);
  writeFileSync(`${base}.json`, JSON.stringify({ at, machine: machine(), seed, ...run }, null, 2) + '\n');
  writeFileSync(`${base}.md`, nationalMarkdown(run, { at, machine: machine(), seed, command }, imported));
  return `${base}.md`;
}
