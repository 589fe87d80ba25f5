import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPTURE_HEADER, SqlCapture, type CapturedQuery } from '../../src/db/sql-capture';
import { ENGINE } from '../support/database';
import { startTestApp, type TestApp } from '../support/app';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sql-capture-'));
const file = path.join(dir, 'bench-sql.json');
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ sqlCapture: new SqlCapture(file) });
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`benchmark SQL capture (${ENGINE})`, () => {
  it('writes nothing for an ordinary request', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/stats?region=500235' });
    expect(res.statusCode).toBe(200);
    expect(existsSync(file)).toBe(false);
  });

  it("records a marked request's statements, session lookup included, before the answer leaves", async () => {
    const client = await t.client().as('yy-clerk');
    const res = await client.request('GET', '/api/orgs?limit=5', undefined, {
      [CAPTURE_HEADER]: '1',
    });
    expect(res.statusCode).toBe(200);
    const captured = JSON.parse(readFileSync(file, 'utf8')) as CapturedQuery[];
    expect(captured.some((q) => /from "?sessions"?/i.test(q.sql))).toBe(true);
    expect(captured.some((q) => /"?organizations"?/i.test(q.sql))).toBe(true);
    // Parameters travel with the statements so the bench can replay them through the driver.
    expect(captured.flatMap((q) => q.parameters)).toContain('500235');
  });
});
