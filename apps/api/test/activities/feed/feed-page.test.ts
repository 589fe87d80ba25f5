import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/app';
import { ENGINE, freshDatabase, type TestDatabase } from '../../support/database';
import { testConfig, type TestApp } from '../../support/app';
import { insertActivity } from './feed-helpers';

let tdb: TestDatabase;
let app: FastifyInstance;
let dist: string;

const INDEX = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="平台默认描述" />
    <title>社组 · 社会组织登记管理与监管平台</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/assets/app-1.js"></script>
  </body>
</html>
`;

beforeAll(async () => {
  tdb = await freshDatabase();
  dist = mkdtempSync(path.join(os.tmpdir(), 'shezu-dist-'));
  writeFileSync(path.join(dist, 'index.html'), INDEX);
  const config = testConfig(tdb.dataDir, { PUBLIC_BASE_URL: 'https://shezu.example.gov.cn' });
  ({ app } = await buildApp({ config, database: tdb.database, logger: false, webDist: dist }));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await tdb.drop();
  rmSync(dist, { recursive: true, force: true });
});

const page = (url: string) => app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });

describe(`an activity's shared link in the built web app (${ENGINE})`, () => {
  it("answers the app's index.html with the activity's head in place of the app's own", async () => {
    const id = await insertActivity({ db: tdb.database.db } as TestApp, {
      title: '重阳节敬老义诊',
      summary: '服务老人120人次。',
    });
    const res = await page(`/portal/activities/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>重阳节敬老义诊 - ');
    expect(res.body).toContain('服务老人120人次。');
    expect(res.body).toContain('<script type="module" src="/assets/app-1.js"></script>');
    expect(res.body.match(/<title>/g)).toHaveLength(1);
    expect(res.body).not.toContain('平台默认描述');
    // No publishable photo: no og:image, a plain card.
    expect(res.body).not.toContain('og:image');
    expect(res.body).toContain('<meta name="twitter:card" content="summary" />');
  });

  it('still loads the app for the list and for an unknown activity (404)', async () => {
    const list = await page('/portal/activities');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('<div id="root"></div>');
    const unknown = await page('/portal/activities/abc');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('<div id="root"></div>');
    expect(unknown.body).toContain('未找到该活动');
  });
});
