import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import type { TJobRun } from '@shezu/contracts';
import { buildApp } from '../../src/app';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts';
import { openDatabase } from '../../src/db/database';
import type { DB } from '../../src/db/schema';
import type { AuthUser } from '../../src/platform/auth/auth-user';
import { AccountsRepository } from '../../src/modules/accounts/accounts.repository';
import { toAuthUser } from '../../src/modules/accounts/auth.service';
import type { Services } from '../../src/services';
import type { TestApp, TestClient } from '../support/app';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export async function waitForRun(
  c: TestClient,
  id: number,
  what: string,
  pred: (r: TJobRun) => boolean,
  timeoutMs?: number,
): Promise<TJobRun> {
  return waitFor(
    what,
    async () => {
      const run = (await c.get(`/api/job-runs/${id}`)).json() as TJobRun;
      return pred(run) ? run : undefined;
    },
    timeoutMs,
  );
}

/** A second server instance on the same database: its own connection, its own scheduler. */
export async function secondInstance(t: TestApp): Promise<{ services: Services; close(): Promise<void> }> {
  const database = openDatabase({
    url: t.tdb.url,
    dataDir: t.tdb.dataDir,
    sqliteFile: t.tdb.sqliteFile,
    poolSize: 5,
  });
  const { app, services } = await buildApp({
    config: t.config,
    database,
    clock: t.clock,
    logger: false,
    webDist: null,
  });
  await app.ready();
  return {
    services,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export async function authUser(db: Kysely<DB>, username: string): Promise<AuthUser> {
  return toAuthUser((await new AccountsRepository(db).findByUsername(username))!);
}

export async function runsOf(db: Kysely<DB>, jobName: string) {
  return db.selectFrom('jobRuns').selectAll().where('jobName', '=', jobName).orderBy('id').execute();
}

const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { url, cookie, warmup, n } = workerData;
  const out = [];
  for (let i = 0; i < warmup + n; i++) {
    const start = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error('HTTP ' + res.status + ' from ' + url);
    if (i >= warmup) out.push(performance.now() - start);
  }
  parentPort.postMessage(out);
})();
`;

/**
 * Latencies (ms) of `n` sequential GETs, sent from another thread: the clock keeps running while the
 * server's thread is blocked, so a stalled event loop shows up in the numbers.
 */
export function latenciesFromAnotherThread(url: string, cookie: string, n: number, warmup = 5): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(CLIENT, { eval: true, workerData: { url, cookie, n, warmup } });
    w.once('message', (m: number[]) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

/** Listens on a free loopback port and signs in over HTTP; returns the base URL and the cookie header. */
export async function listenAndSignIn(t: TestApp, username: string): Promise<{ baseUrl: string; cookie: string }> {
  const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login as ${username} failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { baseUrl, cookie };
}
