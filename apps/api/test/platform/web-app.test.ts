import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { freshDatabase, type TestDatabase } from '../support/database';
import { testConfig } from '../support/app';

let tdb: TestDatabase;
let app: FastifyInstance;
let dist: string;

beforeAll(async () => {
  tdb = await freshDatabase();
  dist = mkdtempSync(path.join(os.tmpdir(), 'shezu-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<html><div id="root">v1</div></html>');
  writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');
  ({ app } = await buildApp({ config: testConfig(tdb.dataDir), database: tdb.database, logger: false, webDist: dist }));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await tdb.drop();
  rmSync(dist, { recursive: true, force: true });
});

const page = (url: string) => app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });

describe('the web app on the API port', () => {
  it('serves index.html at / and for client-side routes, assets with a long cache', async () => {
    expect((await page('/')).body).toContain('v1');
    const route = await page('/users/12');
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<div id="root">');
    const asset = await app.inject({ method: 'GET', url: '/assets/app-1.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('answers unknown API paths and missing assets with a JSON 404, not the page', async () => {
    const api = await page('/api/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('ROUTE_NOT_FOUND');
    expect((await app.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
  });

  it('serves a rebuilt web app without a restart', async () => {
    writeFileSync(path.join(dist, 'index.html'), '<html><div id="root">v2</div></html>');
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(dist, 'index.html'), later, later);
    writeFileSync(path.join(dist, 'assets', 'app-2.js'), 'console.log(2)');
    expect((await page('/regions')).body).toContain('v2');
    expect((await app.inject({ method: 'GET', url: '/assets/app-2.js' })).statusCode).toBe(200);
  });
});
