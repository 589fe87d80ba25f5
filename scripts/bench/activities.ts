/**
 * The activities part (issue 9, "Speed"): the public feed over N activities (default 10,000,000) — first page,
 * a province, a county, a category, a deep keyset page, an activity page, an organization's totals — measured
 * like the national scenarios (driver alone, server at 1 and 32 clients), then likes at a fixed rate of 200 per
 * second, each from a new visitor token. The server runs with the benchmark profile (WORKERS=auto, loopback
 * exempt from the rate limits).
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Dataset } from './dataset';
import type { ActivitiesDataset } from './activities-dataset';
import { measureScenario, serverMemoryMb, type NationalScenarioResult, type Profile } from './national';
import { rawPostgres, rawSqlite } from './raw';
import type { Scenario } from './register';
import { startServer } from './server';
import { cpuMs } from './proc-cpu';
import { summarize, type Summary } from './stats';
import { freePort } from '../lib/pg-cluster';

export const TARGETS = { feedMs: 30, likeMs: 20, likeRate: 200 } as const;
const PAGE = 20;

export interface LikesResult extends Summary {
  /** Likes asked per second, and what the server answered per second. */
  rate: number;
  achievedRate: number;
  seconds: number;
  errors: number;
  /** Likes stored by the server during the run (one per request: each came with a new visitor token; a few
   * still in flight when the run stopped are stored without being answered). */
  stored: number;
  target: number;
}

export interface ActivitiesRun {
  engine: 'sqlite' | 'postgres';
  orgs: number;
  activities: number;
  published: number;
  /** Seconds to generate the register and to add the activities (null: the cache had them). */
  generated: { registerSeconds: number; activitiesSeconds: number } | null;
  startMs: number;
  scenarios: Record<string, NationalScenarioResult>;
  /** Scenarios whose probe took over a second a request: timed by the probe alone (the full load would take hours). */
  tooSlow?: { key: string; label: string; target?: number; probe: Summary }[];
  likes: LikesResult;
  peakRssMb: number;
  loadAverage: string;
}

const visitor = () => `shezu_visitor=${randomBytes(32).toString('base64url')}`;

async function deepCursor(url: string, pages: number): Promise<string> {
  let cursor: string | null = null;
  for (let p = 0; p < pages; p++) {
    const res = await fetch(`${url}/api/public/activities?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ''}`);
    if (!res.ok) throw new Error(`feed page ${p + 1}: ${res.status} ${await res.text()}`);
    const next = ((await res.json()) as { nextCursor: string | null }).nextCursor;
    if (!next) break;
    cursor = next;
  }
  if (!cursor) throw new Error('the feed has a single page: nothing deep to read');
  return cursor;
}

export async function activityScenarios(url: string, d: ActivitiesDataset): Promise<Scenario[]> {
  const { meta } = d;
  const ids = meta.sampleIds;
  if (ids.length === 0) throw new Error('no published activity sampled');
  const deep = await deepCursor(url, 50);
  const feed = (key: string, label: string, query: string): Scenario => ({
    key,
    label: `activities: ${label}`,
    target: TARGETS.feedMs,
    anonymous: true,
    path: () => `/api/public/activities?limit=${PAGE}${query}`,
  });
  const n = (v: number) => v.toLocaleString('en');
  return [
    feed('feedFirst', 'public feed, first page', ''),
    feed(
      'feedProvince',
      `public feed of province ${meta.province.code} (${n(meta.province.n)})`,
      `&region=${meta.province.code}`,
    ),
    feed(
      'feedCounty',
      `public feed of county ${meta.county.code} (${n(meta.county.n)})`,
      `&region=${meta.county.code}`,
    ),
    feed(
      'feedCategory',
      `public feed of category ${meta.category.code} (${n(meta.category.n)})`,
      `&categoryCode=${meta.category.code}`,
    ),
    feed('feedDeep', `public feed, page 51 (keyset, ${PAGE} a page)`, `&cursor=${deep}`),
    {
      key: 'activityPage',
      label: 'activities: an activity page (counts a view)',
      target: TARGETS.feedMs,
      anonymous: true,
      path: (i) => `/api/public/activities/${ids[(i * 7919) % ids.length]}`,
      writes: true,
    },
    {
      key: 'orgTotals',
      label: "activities: an organization's totals (its busiest)",
      anonymous: true,
      path: (i) => `/api/public/orgs/${meta.busyUsccs[i % meta.busyUsccs.length]}/activity-totals`,
    },
  ];
}

/** Likes at a fixed rate, each from a new visitor (its own token cookie), spread over published activities. */
async function measureLikes(url: string, ids: number[], seconds: number, count: () => Promise<number>) {
  const before = await count();
  let i = 0;
  const samples: number[] = [];
  const instance = autocannon({
    url,
    connections: 32,
    overallRate: TARGETS.likeRate,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const n = i++;
          return {
            ...req,
            path: `/api/public/activities/${ids[(n * 104_729) % ids.length]}/likes`,
            headers: { ...req.headers, cookie: visitor() },
          };
        },
      },
    ],
  });
  instance.on('response', (_c: unknown, _s: number, _b: number, ms: number) => samples.push(ms));
  const r = await instance;
  const s = summarize(samples);
  const result: LikesResult = {
    ...s,
    rate: TARGETS.likeRate,
    achievedRate: Math.round(s.n / r.duration),
    seconds: Math.round(r.duration * 10) / 10,
    errors: r.errors + r.timeouts + r.non2xx,
    stored: (await count()) - before,
    target: TARGETS.likeMs,
  };
  return result;
}

export async function runActivities(
  d: ActivitiesDataset,
  profile: Profile,
  quick: boolean,
  loadAverage: () => string,
  log: (s: string) => void,
): Promise<ActivitiesRun> {
  const env: Record<string, string> = {
    DATA_DIR: d.dataDir,
    DEMO: 'true',
    BENCH_SQL_CAPTURE: 'true',
    WORKERS: 'auto',
  };
  if (d.databaseUrl) env.DATABASE_URL = d.databaseUrl;
  const server = await startServer(env, await freePort());
  const raw = d.engine === 'sqlite' ? rawSqlite(path.join(d.dataDir, 'shezu.db')) : rawPostgres(d.databaseUrl!);
  try {
    log(
      `[bench] ${d.engine}: server on ${d.meta.activities.toLocaleString('en')} activities up in ${Math.round(server.firstPageMs)} ms`,
    );
    const serverPid = server.process.pid!;
    const cpu = () => cpuMs(serverPid, true) + (d.dbPid ? cpuMs(d.dbPid, true) : 0);
    // measureScenario reads the engine and the data directory (the SQL the server ran) from the dataset.
    const dataset = { ...d, generatedSeconds: null, biggestCounty: '' } as unknown as Dataset;
    const o = { url: server.url, dataset, orgs: d.meta.orgs, profile, serverPid, cpu, log };
    const scenarios: Record<string, NationalScenarioResult> = {};
    const tooSlow: NonNullable<ActivitiesRun['tooSlow']> = [];
    for (const s of await activityScenarios(server.url, d)) {
      const probe = await probeScenario(server.url, s);
      if (probe.p50 > SLOW_MS) {
        tooSlow.push({ key: s.key, label: s.label, ...(s.target ? { target: s.target } : {}), probe });
        log(
          `[bench] ${d.engine} ${s.label}: ${probe.p50} ms a request (probe of ${probe.n}): too slow to load, left at that`,
        );
      } else scenarios[s.key] = await measureScenario(o, raw, s, '');
    }
    const loadDuring = loadAverage();
    const count = async () => Number((await raw.rows('select count(*) as n from activity_likes'))[0]!.n);
    const likes = await measureLikes(server.url, d.meta.sampleIds, quick ? 2 : 10, count);
    log(
      `[bench] ${d.engine} likes at ${likes.rate}/s (${likes.achievedRate}/s answered): p95 ${likes.p95} ms, ` +
        `p99 ${likes.p99} ms, errors ${likes.errors}, stored ${likes.stored} of ${likes.n}`,
    );
    return {
      engine: d.engine,
      orgs: d.meta.orgs,
      activities: d.meta.activities,
      published: d.meta.published,
      generated: d.generated,
      startMs: Math.round(server.firstPageMs),
      scenarios,
      ...(tooSlow.length ? { tooSlow } : {}),
      likes,
      peakRssMb: serverMemoryMb(serverPid, 'VmHWM').total,
      loadAverage: loadDuring,
    };
  } finally {
    await raw.close();
    await server.stop();
  }
}

const SLOW_MS = 1000;

/** Three requests one after the other, to see whether the scenario can be loaded at all. */
async function probeScenario(url: string, s: Scenario): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const res = await fetch(`${url}${s.path(i)}`, { method: s.method ?? 'GET' });
    if (!res.ok) throw new Error(`${s.path(i)}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    samples.push(performance.now() - t);
  }
  return summarize(samples);
}

/** What a quick run must not show: a scenario with errors or without answers, likes lost or refused. */
export function activitiesErrors(r: ActivitiesRun): string[] {
  const broken = Object.values(r.scenarios)
    .filter((s) => s.c1.errors + s.c32.errors > 0 || s.c1.n === 0 || s.raw.n === 0)
    .map((s) => `${r.engine}: ${s.label}`);
  // Likes still in flight when the run stops are stored without an answer counted: at least every answered one.
  if (r.likes.errors > 0 || r.likes.n === 0 || r.likes.stored < r.likes.n)
    broken.push(`${r.engine}: likes (${r.likes.errors} errors, ${r.likes.stored} stored of ${r.likes.n})`);
  return broken;
}

/** The issue's targets judged on a full run. */
export function activitiesMisses(r: ActivitiesRun): string[] {
  const misses = Object.values(r.scenarios)
    .filter((s) => s.target !== undefined && s.c1.p95 > s.target)
    .map((s) => `${r.engine} ${s.label}: p95 ${s.c1.p95} ms (< ${s.target})`);
  for (const s of r.tooSlow ?? [])
    misses.push(
      `${r.engine} ${s.label}: ${s.probe.p50} ms a request${s.target ? ` (< ${s.target})` : ''}, too slow to load`,
    );
  if (r.likes.p95 > r.likes.target || r.likes.errors > 0)
    misses.push(
      `${r.engine} likes at ${r.likes.rate}/s: p95 ${r.likes.p95} ms (< ${r.likes.target}), ${r.likes.errors} errors`,
    );
  return misses;
}
