import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { OrgsRepository } from '../../src/modules/orgs/orgs.repository';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import type { Services } from '../../src/services';
import { ENGINE, freshDatabase, type TestDatabase } from '../support/database';
import { testConfig } from '../support/app';
import { orgFields, usccFor } from '../support/orgs';
import { insertCommunityOrgs } from './helpers';

let tdb: TestDatabase;
let app: FastifyInstance;
let services: Services;
let dist: string;
let uscc: string;
let communityId: number;

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
const NASTY = `云阳县<script>alert("x")</script>&'$&协会`;

beforeAll(async () => {
  tdb = await freshDatabase();
  dist = mkdtempSync(path.join(os.tmpdir(), 'shezu-dist-'));
  writeFileSync(path.join(dist, 'index.html'), INDEX);
  const config = testConfig(tdb.dataDir, { PUBLIC_BASE_URL: 'https://shezu.example.gov.cn' });
  ({ app, services } = await buildApp({ config, database: tdb.database, logger: false, webDist: dist }));
  await app.ready();
  uscc = usccFor('social_group', '500235');
  // The register's bulk insert takes any name, so the page must escape whatever a name holds.
  await tdb.database.db.transaction().execute((trx) =>
    services.orgs.insertMany(trx, [{ fields: orgFields({ name: NASTY }), uscc, authorityRegionCode: '500235' }], {
      actor: SYSTEM_ACTOR,
      kind: 'imported',
      basis: 'test',
    }),
  );
  const community = await insertCommunityOrgs(tdb.database.db, [
    { regionCode: '330802005', communityName: '新新社区', areaKind: 'urban', name: '新新社区"银龄"志愿服务队' },
  ]);
  communityId = community[0]!;
});
afterAll(async () => {
  await app.close();
  await tdb.drop();
  rmSync(dist, { recursive: true, force: true });
});

const page = (url: string) => app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
const head = (html: string) => html.slice(0, html.indexOf('</head>'));

describe(`server-rendered head for shared links (${ENGINE})`, () => {
  it('names the organization, its type, status and authority, escaped, in the web app page', async () => {
    const res = await page(`/org/${uscc}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const h = head(res.body);
    const escaped = '云阳县&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;$&amp;协会';
    expect(h).toContain(`<title>${escaped}（正常）- 社会组织信息公示</title>`);
    expect(h).toContain(`<meta property="og:title" content="${escaped}（正常）- 社会组织信息公示" />`);
    expect(h).toMatch(/<meta name="description" content="[^"]*社会团体，登记管理机关：云阳县民政局[^"]*登记状态：正常/);
    expect(h).toContain(`<meta property="og:url" content="https://shezu.example.gov.cn/org/${uscc}" />`);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body.match(/<title>/g)).toHaveLength(1);
    expect(res.body).not.toContain('平台默认描述');
    expect(res.body).toContain('<div id="root"></div>');
    expect(res.body).toContain('/assets/app-1.js');
  });

  it('shows a removal in the preview', async () => {
    const org = (await new OrgsRepository(tdb.database.db).findByUscc(uscc))!;
    await services.orgs.lifecycle.deregister(null, org.id, {
      actor: SYSTEM_ACTOR,
      basis: '准予注销登记',
      decisionRef: '云民注〔2026〕3号',
      date: '2026-01-15',
      applicationId: null,
    });
    const h = head((await page(`/org/${uscc.toLowerCase()}`)).body);
    expect(h).toContain('（已注销）- 社会组织信息公示</title>');
    expect(h).toContain('登记状态：已注销（2026-01-15）');
  });

  it('still loads the app for an unknown or malformed code, with a 404 and a generic title', async () => {
    for (const url of [`/org/${usccFor('foundation', '500235')}`, '/org/%3Cscript%3E', '/org/123']) {
      const res = await page(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toContain('<title>未找到该社会组织 - 社会组织信息公示</title>');
      expect(res.body).toContain('<div id="root"></div>');
      expect(res.body).not.toContain('<script>');
    }
  });

  it('previews a filed community organization by id', async () => {
    const res = await page(`/community-org/${communityId}`);
    expect(res.statusCode).toBe(200);
    expect(head(res.body)).toContain(
      '<title>新新社区&quot;银龄&quot;志愿服务队（社区社会组织）- 社会组织信息公示</title>',
    );
    expect(head(res.body)).toContain('浙江省衢州市柯城区新新街道新新社区');
    const missing = await page('/community-org/99999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('未找到该社区社会组织');
    expect((await page('/community-org/abc')).statusCode).toBe(404);
  });

  it('sends the head in a bare page when no web app is built', async () => {
    const bare = await buildApp({
      config: testConfig(tdb.dataDir),
      database: tdb.database,
      logger: false,
      webDist: null,
    });
    await bare.app.ready();
    try {
      const res = await bare.app.inject({ method: 'GET', url: `/org/${uscc}` });
      expect(res.statusCode).toBe(200);
      expect(res.body).toMatch(/^<!doctype html>/);
      expect(res.body).toContain('（已注销）- 社会组织信息公示</title>');
    } finally {
      await bare.app.close();
    }
  });
});
