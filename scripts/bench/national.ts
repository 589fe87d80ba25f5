/**
 * One engine's run of the national scenarios: for each, the same SQL straight through the driver, then
 * the server at concurrency 1 and 32; then a large Excel export; the server's peak memory throughout.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CAPTURE_HEADER, type CapturedQuery } from '../../apps/api/src/db/sql-capture';
import type { Dataset } from './dataset';
import { childPids } from './proc-cpu';
import { load, type LoadResult } from './load';
import { rawPostgres, rawSqlite, type RawDriver, timeRaw } from './raw';
import { prepareRegister, type Scenario } from './register';
import { annualScenarios, type AnnualBench } from './annual';
import { creditScenarios, measureCreditRun, type CreditBench, type CreditRunResult } from './credit';
import type { Summary } from './stats';
import {
  measureSupervisionRun,
  supervisionScenarios,
  type SupervisionBench,
  type SupervisionRunResult,
} from './supervision';

export interface Profile {
  /** Requests at concurrency 1 (and raw replays) per scenario. */
  sequential: number;
  /** Seconds of load at concurrency 32 per scenario. */
  concurrentSeconds: number;
  /** Rows the export scenario aims at. */
  exportRows: number;
}
export const FULL: Profile = { sequential: 300, concurrentSeconds: 5, exportRows: 100_000 };
export const QUICK: Profile = { sequential: 40, concurrentSeconds: 1, exportRows: 2_000 };

export interface NationalScenarioResult {
  label: string;
  target?: number;
  targetC32?: number;
  minRps?: number;
  /** The request's SQL replayed through the driver, sequentially. */
  raw: Summary & { statements: number };
  c1: LoadResult;
  c32: LoadResult;
  /** Server CPU (and PostgreSQL's) per request at concurrency 1, ms. */
  cpuPerRequest: number;
  /** c1 p95 − raw p95, ms. */
  addedMs: number;
  /** c1 p95 / raw p95 when raw p95 ≥ 5 ms. */
  ratio: number | null;
  /** A write: raw covers its reads only, so added and ratio are not judged. */
  writes?: boolean;
}

export interface ExportResult {
  filter: string;
  rows: number;
  bytes: number;
  seconds: number;
  /** Server resident memory after the export, MB. */
  rssAfterMb: number;
}

export interface NationalRun {
  engine: 'sqlite' | 'postgres';
  orgs: number;
  generatedSeconds: number | null;
  startMs: number;
  scenarios: Record<string, NationalScenarioResult>;
  export: ExportResult | null;
  /** Peak resident memory of the server over the whole run (VmHWM), MB: the sum over its processes. */
  peakRssMb: number;
  /** Where the annual scenarios ran: the queue's region and length, the largest cycle's size. */
  annual?: { queueRegion: string; inReview: number; cycleAuthority: string; cycleReports: number };
  /** The credit part: the recompute, the nightly run with the reads meanwhile (list pages are scenarios). */
  credit?: CreditRunResult;
  /** The supervision part: documents generated and the draw through the API (case lists are scenarios). */
  supervision?: SupervisionRunResult;
  /** The same for its largest process, and how many processes there were (primary + workers). */
  peakRssLargestMb?: number;
  processes?: number;
}

const round = (v: number) => Math.round(v * 100) / 100;

export function memoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0) / 1024);
}

/** Memory of a server and its direct children (the workers of WORKERS > 1): the sum and the largest. */
export function serverMemoryMb(pid: number, field: 'VmHWM' | 'VmRSS') {
  const each = [pid, ...childPids(pid)].map((p) => {
    try {
      return memoryMb(p, field);
    } catch {
      return 0; // exited meanwhile
    }
  });
  return { total: each.reduce((a, b) => a + b, 0), largest: Math.max(...each), processes: each.length };
}

function peakOf(pid: number) {
  const m = serverMemoryMb(pid, 'VmHWM');
  return { peakRssMb: m.total, peakRssLargestMb: m.largest, processes: m.processes };
}

/** The SQL the server ran for one request (the server writes it before answering). */
async function capture(
  url: string,
  dataDir: string,
  p: string,
  init: RequestInit & { headers: Record<string, string> },
) {
  const file = path.join(dataDir, 'bench-sql.json');
  rmSync(file, { force: true });
  const res = await fetch(`${url}${p}`, { ...init, headers: { ...init.headers, [CAPTURE_HEADER]: '1' } });
  if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
  return JSON.parse(readFileSync(file, 'utf8')) as CapturedQuery[];
}

export interface NationalOptions {
  url: string;
  dataset: Dataset;
  orgs: number;
  profile: Profile;
  serverPid: number;
  cpu: () => number;
  log: (s: string) => void;
  /** What the annual scenarios request (accounts added to the run's database before the server started). */
  annual?: AnnualBench;
  /** What the credit scenarios request; the nightly run comes last (it scores every organization). */
  credit?: CreditBench;
  /** What the supervision scenarios request (cases and accounts added before the server started). */
  supervision?: SupervisionBench;
  quick?: boolean;
  /** Only these scenarios; the export and the credit nightly run are left out. */
  scenarioFilter?: RegExp;
}

export async function measureScenario(o: NationalOptions, raw: RawDriver, s: Scenario, cookie: string) {
  const headers: Record<string, string> = s.anonymous || s.headers ? {} : { cookie };
  const init = (i: number) => ({
    method: s.method ?? 'GET',
    headers: { ...headers, ...s.headers?.(i) },
    ...(s.body ? { body: s.body(i) } : {}),
  });
  for (let i = 0; i < 20; i++) {
    const res = await fetch(`${o.url}${s.path(i)}`, init(i));
    if (!res.ok) throw new Error(`${s.path(i)}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
  const captured: CapturedQuery[][] = [];
  for (let i = 0; i < 12; i++) captured.push(await capture(o.url, o.dataset.dataDir, s.path(i), init(i)));
  const statements = Math.max(...captured.map((c) => c.length));
  if (statements === 0) throw new Error(`${s.label}: the server ran no SQL (is BENCH_SQL_CAPTURE on?)`);
  const rawSummary = await timeRaw(raw, captured, o.profile.sequential);
  const before = o.cpu();
  const request = {
    url: o.url,
    path: s.path,
    headers,
    ...(s.headers ? { headersOf: s.headers } : {}),
    ...(s.method ? { method: s.method } : {}),
    ...(s.body ? { body: s.body } : {}),
  };
  const c1 = await load({ ...request, connections: 1, amount: o.profile.sequential });
  const cpuPerRequest = round((o.cpu() - before) / Math.max(1, c1.n));
  const c32 = await load({ ...request, connections: s.clients ?? 32, seconds: o.profile.concurrentSeconds });
  const result: NationalScenarioResult = {
    label: s.label,
    ...(s.target ? { target: s.target } : {}),
    ...(s.targetC32 ? { targetC32: s.targetC32 } : {}),
    ...(s.minRps ? { minRps: s.minRps } : {}),
    raw: { ...rawSummary, statements },
    c1,
    c32,
    cpuPerRequest,
    addedMs: round(c1.p95 - rawSummary.p95),
    ratio: rawSummary.p95 >= 5 ? round(c1.p95 / rawSummary.p95) : null,
    ...(s.writes ? { writes: true } : {}),
  };
  o.log(
    `[bench] ${o.dataset.engine} ${s.label}: raw p95 ${rawSummary.p95} · c1 p95 ${c1.p95} (+${result.addedMs}) · ` +
      `c${c32.connections} p95 ${c32.p95} at ${c32.requestsPerSecond}/s, errors ${c1.errors + c32.errors}`,
  );
  return result;
}

/** A filter for the export with about `rows` organizations: the province or category closest to it. */
async function exportFilter(raw: RawDriver, rows: number): Promise<{ query: string; label: string; rows: number }> {
  const groups = [
    ...(await raw.rows(`select substr(region_code, 1, 2) as k, count(*) as n from organizations group by 1`)).map(
      (r) => ({ query: `within=${r.k}`, label: `province ${r.k}`, rows: Number(r.n) }),
    ),
    ...(await raw.rows(`select category_code as k, count(*) as n from organizations group by 1`)).map((r) => ({
      query: `categoryCode=${r.k}`,
      label: `category ${r.k}, nationwide`,
      rows: Number(r.n),
    })),
  ];
  return groups.sort((a, b) => Math.abs(a.rows - rows) - Math.abs(b.rows - rows))[0]!;
}

async function measureExport(o: NationalOptions, raw: RawDriver, cookie: string): Promise<ExportResult> {
  const f = await exportFilter(raw, o.profile.exportRows);
  const t = performance.now();
  const res = await fetch(`${o.url}/api/orgs/export?${f.query}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`export: ${res.status} ${await res.text()}`);
  let bytes = 0;
  for await (const chunk of res.body!) bytes += (chunk as Uint8Array).length;
  const result = {
    filter: f.label,
    rows: f.rows,
    bytes,
    seconds: round((performance.now() - t) / 1000),
    rssAfterMb: serverMemoryMb(o.serverPid, 'VmRSS').total,
  };
  o.log(
    `[bench] ${o.dataset.engine} export of ${f.label} (${f.rows} organizations): ${result.seconds} s, ${bytes} bytes`,
  );
  return result;
}

export async function measureNational(o: NationalOptions): Promise<Omit<NationalRun, 'generatedSeconds' | 'startMs'>> {
  const { dataset } = o;
  const raw =
    dataset.engine === 'sqlite' ? rawSqlite(path.join(dataset.dataDir, 'shezu.db')) : rawPostgres(dataset.databaseUrl!);
  try {
    const { cookie, scenarios } = await prepareRegister(o.url, o.orgs, dataset.biggestCounty);
    if (o.annual) scenarios.push(...(await annualScenarios(o.url, o.annual)));
    const notes: string[] = [];
    if (o.credit) scenarios.push(...(await creditScenarios(o.url, o.credit, notes)));
    if (o.supervision) scenarios.push(...(await supervisionScenarios(o.url, o.supervision)));
    const results: Record<string, NationalScenarioResult> = {};
    const f = o.scenarioFilter;
    for (const s of scenarios) if (!f || f.test(s.key)) results[s.key] = await measureScenario(o, raw, s, cookie);
    const exported = f ? null : await measureExport(o, raw, cookie);
    const supervision = o.supervision ? await measureSupervisionRun(o.url, o.supervision, !!o.quick, o.log) : undefined;
    const credit = o.credit && !f ? await measureCreditRun(o.url, o.credit, cookie, notes, o.log) : undefined;
    return {
      engine: dataset.engine,
      orgs: o.orgs,
      scenarios: results,
      export: exported,
      ...(o.annual
        ? {
            annual: {
              queueRegion: o.annual.queue.region,
              inReview: o.annual.queue.inReview,
              cycleAuthority: o.annual.cycle.authority,
              cycleReports: o.annual.cycle.reports,
            },
          }
        : {}),
      ...(credit ? { credit } : {}),
      ...(supervision ? { supervision } : {}),
      ...peakOf(o.serverPid),
    };
  } finally {
    await raw.close();
  }
}
