/**
 * Credit scenarios on the generated dataset (issue 7, "Speed"): the public list pages (< 30 ms, first page and a
 * deep keyset page, with and without a region filter), one organization's recompute (< 20 ms: the score of an
 * organization that has none yet is computed on its first view, GET /api/credit-scores/:orgId), and the nightly
 * run — the daily list rules and the score recompute of every organization, started through the jobs API and
 * timed to the end (< 2 minutes for 1,000,000 on SQLite) while a few clients keep reading.
 */
import { sql } from 'kysely';
import { openDatabase } from '../../apps/api/src/db/database';
import { AccountsRepository } from '../../apps/api/src/modules/accounts/accounts.repository';
import { hashPassword } from '../../apps/api/src/platform/auth/password';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-accounts';
import { signIn } from './annual';
import { benchAccount } from './bench-account';
import type { Dataset } from './dataset';
import type { Scenario } from './register';
import { summarize, type Summary } from './stats';

/** A jobs.manage account of 民政部 level: it starts the nightly jobs and reads their runs. */
export const JOBS_USER = 'bench-credit-admin';
export const DAILY_RULES_JOB = 'credit.daily-rules';
export const NIGHTLY_SCORES_JOB = 'credit.nightly-scores';
export const TARGETS = { listPage: 30, recompute: 20, nightlySeconds: 120 } as const;
/** Each nightly job is given 10 × the target before the bench cancels it. */
const CAP_MS = 10 * TARGETS.nightlySeconds * 1000;

export interface CreditBench {
  active: { abnormal: number; dishonest: number };
  /** Provinces (2-digit) with the most active listings, the first the largest. */
  provinces: string[];
  /** Registered organizations without a score (their first view computes it), some of them listed. */
  unscored: number[];
  usccs: string[];
}

export interface JobTiming {
  job: string;
  runId: number;
  status: string;
  /** Queued → finished, by the server's clock (s). */
  seconds: number;
  /** Queued → started (s). */
  waitSeconds: number;
  /** How far it got (a cancelled run's share tells what the whole would have taken). */
  progress: { done: number; total: number | null };
  result: unknown;
  error: string | null;
}

export interface CreditRunResult {
  active: CreditBench['active'];
  recompute: (Summary & { target: number; errors: number }) | null;
  nightly: {
    rules: JobTiming | null;
    scores: JobTiming | null;
    /** The scores job again at once: the next night when nothing changed (reads, writes nothing). */
    scoresAgain: JobTiming | null;
    totalSeconds: number;
    target: number;
    /** The reads made meanwhile: what was read, at how many clients. */
    reads: Summary & { clients: number; errors: number; what: string };
  } | null;
  /** What could not be measured and why (a part of the module not there yet). */
  notes: string[];
}

const num = (v: unknown) => Number(v);
const q = (s: string) => encodeURIComponent(s);

/** Adds the jobs account (once) and picks what to request. */
export async function prepareCredit(dataset: Dataset, quick: boolean, log: (s: string) => void): Promise<CreditBench> {
  const t = performance.now();
  const database = openDatabase({ url: dataset.databaseUrl, dataDir: dataset.dataDir, poolSize: 1 });
  const { db } = database;
  try {
    const known = await db.selectFrom('users').select('id').where('username', '=', JOBS_USER).executeTakeFirst();
    if (!known)
      await new AccountsRepository(db).insert(
        benchAccount(
          {
            username: JOBS_USER,
            displayName: '民政部系统管理员（基准测试）',
            passwordHash: await hashPassword(DEMO_PASSWORD),
            regionCode: '100000',
          },
          new Date().toISOString(),
        ),
        ['system_admin'],
      );
    const counts = await sql<{ list: string; k: string; n: number }>`
      select list, substr(region_code, 1, 2) as k, count(*) as n from credit_listings
       where status = 'active' group by list, substr(region_code, 1, 2)`.execute(db);
    const active = { abnormal: 0, dishonest: 0 };
    const byProvince = new Map<string, number>();
    for (const r of counts.rows) {
      active[r.list as 'abnormal' | 'dishonest'] += num(r.n);
      byProvince.set(r.k, (byProvince.get(r.k) ?? 0) + num(r.n));
    }
    const provinces = [...byProvince]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k]) => k);
    // Organizations spread over the ids, and some with an active listing (more facts behind their score).
    const span = await sql<{ hi: number }>`select max(id) as hi from organizations`.execute(db);
    const hi = num(span.rows[0]!.hi);
    const want = quick ? 40 : 300;
    const spread = Array.from({ length: want * 2 }, (_, i) => 1 + Math.floor((hi * (i + 0.5)) / (want * 2)));
    const plain = await sql<{ id: number; uscc: string }>`select id, uscc from organizations
      where id in (${sql.join(spread)}) and status = 'registered' order by id`.execute(db);
    // Listed and still registered (a revoked organization has no score: its view answers 404).
    const listed = await sql<{ id: number }>`select l.org_id as id from credit_listings l
      join organizations o on o.id = l.org_id
      where l.status = 'active' and o.status = 'registered' and l.id % 97 = 0
      order by l.id limit ${Math.round(want / 4)}`.execute(db);
    const unscored = [
      ...new Set([...plain.rows.slice(0, want - listed.rows.length), ...listed.rows].map((r) => num(r.id))),
    ];
    // A reused PostgreSQL dataset keeps the scores of an earlier run: these are computed on first view again.
    await db.deleteFrom('creditScores').where('orgId', 'in', unscored).execute();
    log(
      `[bench] credit: ${active.abnormal.toLocaleString('en')} active abnormal and ${active.dishonest.toLocaleString('en')} ` +
        `dishonest listings; provinces ${provinces.join(', ')}; ${unscored.length} organizations to score on first view; ` +
        `prepared in ${Math.round(performance.now() - t)} ms`,
    );
    return { active, provinces, unscored, usccs: plain.rows.map((r) => r.uscc) };
  } finally {
    await database.close();
  }
}

/** The deepest page up to `pages`, following the keyset cursors from the first (null: there is one page). */
async function deepCursor(url: string, path: string, pages: number): Promise<{ cursor: string; page: number } | null> {
  let deep: { cursor: string; page: number } | null = null;
  for (let p = 2; p <= pages; p++) {
    const res = await fetch(`${url}${path}${deep ? `&cursor=${q(deep.cursor)}` : ''}`);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    const next = ((await res.json()) as { nextCursor: string | null }).nextCursor;
    if (!next) break;
    deep = { cursor: next, page: p };
  }
  return deep;
}

/** The public list scenarios, when the route is there (else a note says so). */
export async function creditScenarios(url: string, c: CreditBench, notes: string[]): Promise<Scenario[]> {
  const probe = await fetch(`${url}/api/public/credit-listings?list=abnormal&limit=1`);
  await probe.arrayBuffer();
  if (probe.status !== 200) {
    notes.push(`public list pages not measured: GET /api/public/credit-listings answered ${probe.status}`);
    return [];
  }
  const list: Scenario[] = [];
  const LIMIT = 20;
  const DEPTH = 50;
  for (const kind of ['abnormal', 'dishonest'] as const) {
    const label = kind === 'abnormal' ? '活动异常名录' : '严重违法失信名单';
    const base = `/api/public/credit-listings?list=${kind}&limit=${LIMIT}`;
    const page = (key: string, what: string, path: (i: number) => string) =>
      list.push({
        key,
        label: `credit: public ${label} (${c.active[kind].toLocaleString('en')} active), ${what}`,
        target: TARGETS.listPage,
        targetC32: TARGETS.listPage,
        anonymous: true,
        path,
      });
    const cap = kind === 'abnormal' ? 'Abnormal' : 'Dishonest';
    page(`credit${cap}`, 'first page', () => base);
    const deep = await deepCursor(url, base, DEPTH);
    if (deep) page(`credit${cap}Deep`, `page ${deep.page} (keyset)`, () => `${base}&cursor=${q(deep.cursor)}`);
    if (c.provinces.length === 0) continue;
    page(
      `credit${cap}Region`,
      `a province, first page`,
      (i) => `${base}&region=${c.provinces[i % c.provinces.length]}`,
    );
    const regional = `${base}&region=${c.provinces[0]}`;
    const deepRegion = await deepCursor(url, regional, DEPTH);
    if (deepRegion)
      page(
        `credit${cap}RegionDeep`,
        `province ${c.provinces[0]}, page ${deepRegion.page} (keyset)`,
        () => `${regional}&cursor=${q(deepRegion.cursor)}`,
      );
  }
  return list;
}

/** One organization's recompute: the first view of each organization without a score computes and stores it. */
async function measureRecompute(url: string, c: CreditBench, cookie: string, notes: string[]) {
  const probe = await fetch(`${url}/api/credit-scores/${c.unscored[0]}`, { headers: { cookie } });
  await probe.arrayBuffer();
  if (probe.status === 404 || probe.status === 501) {
    notes.push(`recompute not measured: GET /api/credit-scores/:orgId answered ${probe.status}`);
    return null;
  }
  // The probe and four more warm the statements; each of the rest is timed once (a second view only reads).
  const samples: number[] = [];
  let errors = 0;
  for (const [i, id] of c.unscored.slice(1).entries()) {
    const t = performance.now();
    const res = await fetch(`${url}/api/credit-scores/${id}`, { headers: { cookie } });
    await res.arrayBuffer();
    if (!res.ok) errors++;
    else if (i >= 4) samples.push(performance.now() - t);
  }
  return { ...summarize(samples), target: TARGETS.recompute, errors };
}

/** Clients reading in a loop until `done` settles: the API's answer times during the nightly run. */
async function readWhile(url: string, paths: string[], clients: number, done: Promise<unknown>) {
  let stop = false;
  void done.finally(() => (stop = true));
  const samples: number[] = [];
  let errors = 0;
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (!stop) {
        const path = paths[n++ % paths.length]!;
        const t = performance.now();
        try {
          const res = await fetch(`${url}${path}`);
          await res.arrayBuffer();
          if (res.ok) samples.push(performance.now() - t);
          else errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  return { samples, errors };
}

/**
 * Starts a job and polls its run to the end. A run still going after `capMs` is cancelled (a slow job must
 * not hold the bench for an hour): its progress then tells how far it got.
 */
async function runJob(url: string, admin: Record<string, string>, job: string, capMs: number): Promise<JobTiming> {
  const res = await fetch(`${url}/api/jobs/${job}/run`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: '{}',
  });
  if (res.status !== 202) throw new Error(`run ${job}: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: number };
  const started = performance.now();
  let cancelled = false;
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    const r = await fetch(`${url}/api/job-runs/${id}`, { headers: admin });
    if (!r.ok) throw new Error(`job run ${id}: ${r.status} ${await r.text()}`);
    const run = (await r.json()) as {
      status: string;
      createdAt: string;
      startedAt: string | null;
      finishedAt: string | null;
      progressDone: number;
      progressTotal: number | null;
      result: unknown;
      error: string | null;
    };
    if (run.status === 'queued' || run.status === 'running') {
      if (!cancelled && performance.now() - started > capMs) {
        cancelled = true;
        const c = await fetch(`${url}/api/job-runs/${id}/cancel`, { method: 'POST', headers: admin });
        await c.arrayBuffer();
      }
      continue;
    }
    const ms = (a: string | null, b: string | null) => (a && b ? Date.parse(b) - Date.parse(a) : NaN);
    return {
      job,
      runId: id,
      status: cancelled && run.status === 'cancelled' ? `cancelled by the bench after ${capMs / 1000} s` : run.status,
      seconds: Math.round(ms(run.createdAt, run.finishedAt)) / 1000,
      waitSeconds: Math.round(ms(run.createdAt, run.startedAt)) / 1000,
      progress: { done: run.progressDone, total: run.progressTotal },
      result: run.result,
      error: run.error,
    };
  }
}

/** The daily rules, then every score, through the jobs API; reads meanwhile at 4 clients. */
async function measureNightly(url: string, c: CreditBench, notes: string[], log: (s: string) => void) {
  const admin = await signIn(url, JOBS_USER);
  const jobs = await fetch(`${url}/api/jobs`, { headers: admin });
  if (!jobs.ok) throw new Error(`GET /api/jobs: ${jobs.status} ${await jobs.text()}`);
  const names = new Set(((await jobs.json()) as { items: { name: string }[] }).items.map((j) => j.name));
  const missing = [DAILY_RULES_JOB, NIGHTLY_SCORES_JOB].filter((n) => !names.has(n));
  if (missing.length === 2) {
    notes.push(`nightly run not measured: jobs ${missing.join(', ')} are not registered`);
    return null;
  }
  for (const m of missing) notes.push(`nightly run without ${m}: not registered`);
  const paths = [
    ...c.usccs.slice(0, 50).map((u) => `/api/public/orgs/${u}`),
    ...c.provinces.map((p) => `/api/public/credit-listings?list=abnormal&limit=20&region=${p}`),
    '/api/public/credit-listings?list=dishonest&limit=20',
  ];
  const clients = 4;
  const t = performance.now();
  const chain = (async () => {
    const rules = names.has(DAILY_RULES_JOB) ? await runJob(url, admin, DAILY_RULES_JOB, CAP_MS) : null;
    const scores = names.has(NIGHTLY_SCORES_JOB) ? await runJob(url, admin, NIGHTLY_SCORES_JOB, CAP_MS) : null;
    const at = performance.now();
    const again = scores?.status === 'succeeded' ? await runJob(url, admin, NIGHTLY_SCORES_JOB, CAP_MS) : null;
    return { rules, scores, again, firstMs: at - t };
  })();
  const [{ rules, scores, again, firstMs }, reads] = await Promise.all([chain, readWhile(url, paths, clients, chain)]);
  // The target is the night's first run: the rules, then every score computed and written.
  const totalSeconds = Math.round(firstMs) / 1000;
  const summary = summarize(reads.samples);
  for (const j of [rules, scores, again])
    if (j)
      log(
        `[bench] credit ${j.job}: ${j.status} in ${j.seconds} s (queued ${j.waitSeconds} s) ${JSON.stringify(j.result)}`,
      );
  log(
    `[bench] credit nightly run: ${totalSeconds} s; reads meanwhile at ${clients} clients p50 ${summary.p50} p95 ${summary.p95} ms (${summary.n} requests, ${reads.errors} errors)`,
  );
  return {
    rules,
    scores,
    scoresAgain: again,
    totalSeconds,
    target: TARGETS.nightlySeconds,
    reads: {
      ...summary,
      clients,
      errors: reads.errors,
      what: 'public organization pages and public credit list first pages, alternately, through both scores runs',
    },
  };
}

/** Recompute, then the nightly run (it scores everyone, so it comes last). */
export async function measureCreditRun(
  url: string,
  c: CreditBench,
  cookie: string,
  notes: string[],
  log: (s: string) => void,
): Promise<CreditRunResult> {
  const recompute = await measureRecompute(url, c, cookie, notes);
  if (recompute)
    log(
      `[bench] credit recompute of one organization (first view, ${recompute.n} organizations): p50 ${recompute.p50} p95 ${recompute.p95} ms, errors ${recompute.errors}`,
    );
  const nightly = await measureNightly(url, c, notes, log);
  return { active: c.active, recompute, nightly, notes };
}

/** What went wrong rather than slow: a job that did not succeed, errors (a quick run fails on these). */
export function creditErrors(engine: string, r: CreditRunResult | undefined): string[] {
  if (!r) return [];
  const m: string[] = [];
  if (r.recompute?.errors) m.push(`${engine}: credit recompute had ${r.recompute.errors} errors`);
  if (r.recompute && r.recompute.n === 0) m.push(`${engine}: credit recompute timed nothing`);
  const n = r.nightly;
  for (const j of n ? [n.rules, n.scores, n.scoresAgain ?? null] : [])
    if (j && j.status !== 'succeeded') m.push(`${engine}: ${j.job} ended ${j.status}: ${j.error ?? ''}`);
  if (n?.reads.errors) m.push(`${engine}: ${n.reads.errors} read errors during the credit nightly run`);
  return m;
}

/** The credit targets missed in a run, errors included. */
export function creditMisses(engine: string, orgs: number, r: CreditRunResult | undefined): string[] {
  if (!r) return [];
  const m = creditErrors(engine, r);
  if (r.recompute && r.recompute.p95 > r.recompute.target)
    m.push(`${engine}: credit recompute of one organization p95 ${r.recompute.p95} ms (< ${r.recompute.target})`);
  const n = r.nightly;
  // The issue's target is of SQLite (PostgreSQL's time is reported beside it).
  if (n && engine === 'sqlite' && n.totalSeconds > n.target)
    m.push(
      `${engine}: credit nightly run ${n.totalSeconds} s for ${orgs.toLocaleString('en')} organizations (< ${n.target})`,
    );
  return m;
}

/** The credit part of a run's file: the dataset's lists, the recompute, the nightly run and what was not measured. */
export function creditMarkdown(engine: string, orgs: number, r: CreditRunResult | undefined): string[] {
  if (!r) return [];
  const ok = (bad: boolean) => (bad ? '✗ missed' : '✓ met');
  const lines = [
    `## Credit (issue 7)`,
    '',
    `- dataset: ${r.active.abnormal.toLocaleString('en')} active 活动异常名录 and ${r.active.dishonest.toLocaleString('en')} active 严重违法失信名单 listings (generated, no scores before the nightly run); the public list pages are the \`credit: public …\` rows above (target p95 < ${TARGETS.listPage} ms at 1 and 32 clients)`,
  ];
  const c = r.recompute;
  lines.push(
    c
      ? `- one organization's recompute (the first view of an organization without a score, \`GET /api/credit-scores/:orgId\`, ${c.n} organizations, sequential): p50 ${c.p50} / p95 **${c.p95}** / p99 ${c.p99} ms, errors ${c.errors} — target < ${c.target} ms ${ok(c.p95 > c.target)}`
      : "- one organization's recompute: not measured",
  );
  const n = r.nightly;
  if (n) {
    const job = (j: JobTiming | null, name: string) =>
      j
        ? `\`${j.job}\` ${j.status} in **${j.seconds} s** (waited ${j.waitSeconds} s for a runner)${j.result ? `, ${JSON.stringify(j.result)}` : ''}${j.error ? `, error: ${j.error}` : ''}${j.status === 'succeeded' ? '' : ` (progress ${j.progress.done.toLocaleString('en')} / ${j.progress.total?.toLocaleString('en') ?? '?'})`}`
        : `\`${name}\` not run`;
    const judged = engine === 'sqlite' ? ` — target < ${n.target} s on SQLite ${ok(n.totalSeconds > n.target)}` : '';
    lines.push(
      `- nightly run for ${orgs.toLocaleString('en')} organizations, started through \`POST /api/jobs/:name/run\` and polled to the end: **${n.totalSeconds} s** in all${judged}`,
      `  - ${job(n.rules, DAILY_RULES_JOB)}`,
      `  - ${job(n.scores, NIGHTLY_SCORES_JOB)}`,
      `  - the same scores job again at once (the next night with nothing changed: it reads, compares and writes nothing): ${n.scoresAgain ? job(n.scoresAgain, NIGHTLY_SCORES_JOB) : 'not run'}`,
      `  - meanwhile ${n.reads.clients} clients read ${n.reads.what}: ${n.reads.n.toLocaleString('en')} requests, p50 ${n.reads.p50} / p95 **${n.reads.p95}** / p99 ${n.reads.p99} / max ${n.reads.max} ms, errors ${n.reads.errors}`,
    );
  } else lines.push('- nightly run: not measured');
  for (const note of r.notes) lines.push(`- ${note}`);
  lines.push('');
  return lines;
}
