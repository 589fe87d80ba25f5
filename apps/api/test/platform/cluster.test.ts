import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, ENGINE, type TestDatabase } from '../support/database';
import { TEST_DATA_KEY } from '../support/app';
import { freePort } from '../../../../scripts/lib/pg-cluster';
import { childPids } from '../../../../scripts/bench/proc-cpu';

const root = path.resolve(import.meta.dirname, '../../../..');
let tdb: TestDatabase | undefined;
let server: ChildProcess | undefined;
afterEach(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  await tdb?.drop();
  tdb = server = undefined;
});

/** Server processes whose parent is `pid`: the primary's workers, not tsx's esbuild. */
const childrenOf = (pid: number) =>
  childPids(pid).filter((p) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('server.ts');
    } catch {
      return false; // exited meanwhile
    }
  });

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A fresh connection per request (Connection: close), so that the cluster hands them to different workers. */
async function get(base: string, url: string, cookie = ''): Promise<number> {
  const res = await fetch(base + url, { headers: { connection: 'close', cookie } });
  await res.arrayBuffer();
  return res.status;
}

describe(`WORKERS=2: several server processes on one port (${ENGINE})`, () => {
  it('serves every request from either worker, replaces a worker that dies and stops cleanly', async () => {
    tdb = await freshDatabase();
    const port = await freePort();
    let out = '';
    server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/api/src/server.ts')], {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: tdb.dataDir,
        ...(tdb.url ? { DATABASE_URL: tdb.url } : {}),
        DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
        PORT: String(port),
        WORKERS: '2',
        DEMO: 'true',
        DEMO_ORGS: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (out += d));
    server.stderr!.on('data', (d) => (out += d));
    await until('the banner', () => (out.includes('2 worker processes') ? true : undefined));
    // The preparer (migration, seed) reported where the data is, and exited before the workers started.
    expect(out).toContain(`(${ENGINE}: `);
    const primary = server.pid!;
    const workers = childrenOf(primary);
    expect(workers).toHaveLength(2);

    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ username: 'yy-clerk', password: 'Shezu@2026' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    // The session lives in the database: whichever worker takes the connection knows it.
    const statuses = await Promise.all(Array.from({ length: 8 }, () => get(base, '/api/me', cookie)));
    expect(statuses).toEqual(Array(8).fill(200));

    process.kill(workers[0]!, 'SIGKILL');
    const replaced = await until('a replacement worker', () => {
      const now = childrenOf(primary);
      return now.length === 2 && !now.includes(workers[0]!) ? now : undefined;
    });
    expect(replaced).toContain(workers[1]);
    await until('the replacement to answer', async () =>
      (await Promise.all([1, 2, 3, 4].map(() => get(base, '/api/me', cookie).catch(() => 0)))).every((s) => s === 200)
        ? true
        : undefined,
    );

    const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(childrenOf(primary)).toEqual([]);
  }, 120_000);
});
