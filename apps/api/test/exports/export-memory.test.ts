import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';

const ROWS = 100_000;
/**
 * Streaming keeps the live heap within a few MB; merely holding the 100,000 presented rows in an
 * array costs about 38 MB, and an in-memory workbook several times that.
 */
const HEAP_BOUND_MB = 24;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

let t: TestApp;
let base: string;
let dir: string;

/** 100,000 accounts of 云阳县, inserted in batches (the test is about reading them, not writing). */
async function insertAccounts(n: number) {
  const at = '2026-03-01T00:00:00.000Z';
  for (let start = 0; start < n; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, n - start) }, (_, k) => {
      const i = start + k;
      return {
        username: `bulk${String(i).padStart(6, '0')}`,
        displayName: `批量账号${i}`,
        passwordHash: 'not-a-hash',
        regionCode: '500235',
        unitId: null,
        orgId: null,
        phone: String(13_800_000_000 + i),
        idNumberEnc: null,
        idNumberHash: null,
        disabled: false,
        mustChangePassword: false,
        demoPassword: false,
        failedLogins: 0,
        lockedUntil: null,
        lastLoginAt: null,
        passwordChangedAt: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
    });
    await t.db.insertInto('users').values(batch).execute();
  }
}

/** Logs in over a real socket and returns the cookie header a browser would send. */
async function login(username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

function download(url: string, cookie: string, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie } }, (res) => {
        pipeline(res, createWriteStream(file)).then(() => resolve(res.statusCode ?? 0), reject);
      })
      .on('error', reject);
  });
}

async function countDataRows(file: string): Promise<{ rows: number; header: unknown[] }> {
  let rows = 0;
  let header: unknown[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {});
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (row.number === 4) header = (row.values as unknown[]).slice(1);
      if (row.number > 4) rows++;
    }
  }
  return { rows, header };
}

beforeAll(async () => {
  t = await startTestApp();
  dir = mkdtempSync(path.join(os.tmpdir(), 'shezu-export-'));
  await insertAccounts(ROWS);
  // After a bulk load the planners need statistics (PRAGMA optimize / autovacuum in production) to walk
  // the primary key instead of sorting the whole region for every page.
  await sql`analyze`.execute(t.db);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`an export of ${ROWS} rows (${ENGINE})`, () => {
  it(`streams from the real repository with heap growth under ${HEAP_BOUND_MB} MB`, async () => {
    const cookie = await login('yy-admin');
    const file = path.join(dir, 'users.xlsx');
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let samples = 0;
    // Each sample collects first: what is measured is the live heap, not garbage awaiting the collector.
    const sampler = setInterval(() => {
      gc();
      samples++;
      peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    }, 500);
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const started = Date.now();
    let status: number;
    try {
      status = await download(`${base}/api/users/export?q=bulk`, cookie, file);
    } finally {
      clearInterval(sampler);
      loop.disable();
    }
    const seconds = (Date.now() - started) / 1000;
    const peakMb = peak / 1024 / 1024;
    console.log(
      `${ENGINE}: ${ROWS} rows in ${seconds.toFixed(1)} s, ${(statSync(file).size / 1e6).toFixed(1)} MB file, live heap peak +${peakMb.toFixed(1)} MB in ${samples} samples, ` +
        `event loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms max ${(loop.max / 1e6).toFixed(0)} ms`,
    );
    expect(status).toBe(200);
    expect(peakMb).toBeLessThan(HEAP_BOUND_MB);

    const { rows, header } = await countDataRows(file);
    expect(header[0]).toBe('用户名');
    expect(rows).toBe(ROWS);
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['summary'])
      .where('action', '=', 'export')
      .where('entity', '=', 'user')
      .executeTakeFirstOrThrow();
    expect(audit.summary).toBe(`导出账号列表，共 ${ROWS} 行`);
  }, 180_000);

  it('stops and records an unfinished export when the reader hangs up', async () => {
    const cookie = await login('yy-admin');
    await new Promise<void>((resolve, reject) => {
      const req = http.get(`${base}/api/users/export?q=bulk`, { headers: { cookie } }, (res) => {
        let got = 0;
        res.on('data', (chunk: Buffer) => {
          got += chunk.length;
          if (got > 64 * 1024) req.destroy();
        });
        res.on('close', () => resolve());
      });
      req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? resolve() : reject(e)));
    });
    let row: { after: unknown } | undefined;
    for (let i = 0; i < 100 && !row; i++) {
      await new Promise((r) => setTimeout(r, 50));
      row = await t.db
        .selectFrom('auditLog')
        .select(['after'])
        .where('action', '=', 'export')
        .where('summary', 'like', '%未完成%')
        .executeTakeFirst();
    }
    const after = typeof row!.after === 'string' ? JSON.parse(row!.after) : row!.after;
    expect(after).toMatchObject({ completed: false });
    expect(after.rowCount).toBeLessThan(ROWS);
  }, 60_000);
});
