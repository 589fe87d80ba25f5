import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '@shezu/contracts';
import { buildApp } from '../../src/app';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('every route declares its permission or is explicitly public', () => {
  it('finds a valid declaration on each registered route', () => {
    const urls = t.routes.map((r) => `${String(r.method)} ${r.url}`);
    expect(urls).toContain('POST /api/auth/login');
    expect(urls).toContain('GET /api/users');
    const undeclared = t.routes.filter((r) => {
      const access = r.config?.access;
      if (!access) return true;
      if ('public' in access) return access.public !== true;
      return !(access.permission in PERMISSIONS);
    });
    expect(undeclared.map((r) => `${String(r.method)} ${r.url}`)).toEqual([]);
  });

  it('lists the public routes, so that making one public is a visible decision', () => {
    const publicApi = t.routes
      .filter(
        (r) =>
          r.config?.access &&
          'public' in r.config.access &&
          r.url.startsWith('/api/') &&
          !r.url.startsWith('/api/docs'),
      )
      .map((r) => `${String(r.method)} ${r.url}`)
      .filter((u) => !u.startsWith('HEAD'))
      .sort();
    expect(publicApi).toEqual([
      'DELETE /api/public/activities/:id/likes',
      'GET /api/health',
      'GET /api/openapi.json',
      'GET /api/org-categories',
      'GET /api/public/activities',
      'GET /api/public/activities/:id',
      'GET /api/public/activities/:id/photos/:photoId',
      'GET /api/public/activities/:id/qr.png',
      'GET /api/public/announcements',
      'GET /api/public/announcements/:id',
      'GET /api/public/annual-inspections',
      'GET /api/public/community-orgs/:id',
      'GET /api/public/complaints/:trackingNo',
      'GET /api/public/credit-listings',
      'GET /api/public/documents/:code',
      'GET /api/public/illegal-org-warnings',
      'GET /api/public/open-data',
      'GET /api/public/open-data/:name',
      'GET /api/public/orgs',
      'GET /api/public/orgs/:uscc',
      'GET /api/public/orgs/:uscc/activity-totals',
      'GET /api/public/orgs/:uscc/annual-inspections',
      'GET /api/public/orgs/:uscc/credit',
      'GET /api/public/penalties',
      'GET /api/public/spot-check-results',
      'GET /api/public/stats',
      'GET /api/public/uscc/:code',
      'GET /api/regions',
      'GET /api/regions/:code',
      'GET /api/regions/:code/children',
      'POST /api/auth/login',
      'POST /api/public/activities/:id/likes',
      'POST /api/public/activities/:id/shares',
      'POST /api/public/complaint-attachments',
      'POST /api/public/complaints',
      'POST /api/public/sign-ups',
      'POST /api/public/sms-codes',
    ]);
  });

  it('closes a route registered without a declaration', async () => {
    const { app } = await buildApp({ config: t.config, database: t.tdb.database, logger: false, webDist: null });
    app.get('/api/undeclared-probe', async () => ({ secret: true }));
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/api/undeclared-probe' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    await app.close();
  });
});
