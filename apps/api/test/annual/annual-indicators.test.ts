import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TIndicatorSet } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { insertUnit, insertUser } from '../support/fixtures';
import { orgWithAccount, reportOf } from './helpers';

let t: TestApp;
let province: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  await insertUser(t.db, { username: 'cq-admin', roles: ['system_admin'], regionCode: '50' });
  province = await t.client().as('cq-admin');
});
afterAll(() => t.close());

describe(`the report form as data (${ENGINE})`, () => {
  it('ships the default set as version 1 of a year; a county administrator may read it, not edit it', async () => {
    const set: TIndicatorSet = (await province.get('/api/annual-indicator-sets/2025')).json();
    expect(set).toMatchObject({ year: 2025, version: 1 });
    expect(set.definition.indicators.length).toBeGreaterThanOrEqual(80);
    const county = await t.client().as('yy-admin');
    const res = await county.put('/api/annual-indicator-sets/2025', { definition: set.definition, baseVersion: 1 });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a broken formula or an unknown code field by field, and a stale edit with 409', async () => {
    const set: TIndicatorSet = (await province.get('/api/annual-indicator-sets/2025')).json();
    const rules = [...set.definition.rules];
    rules[0] = { ...rules[0]!, assert: 'bs_total_assets_end = (' };
    rules[1] = { ...rules[1]!, assert: 'no_such_indicator > 0' };
    const bad = await province.put('/api/annual-indicator-sets/2025', {
      definition: { ...set.definition, rules },
      baseVersion: 1,
    });
    expect(bad.statusCode).toBe(400);
    const fields = Object.keys(bad.json().fields);
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^definition\.rules\.0\./),
        expect.stringMatching(/^definition\.rules\.1\./),
      ]),
    );
    const stale = await province.put('/api/annual-indicator-sets/2025', { definition: set.definition, baseVersion: 0 });
    expect(stale.statusCode).toBe(409);
  });

  it('an edit saves version 2 for new cycles; a cycle already open keeps the version it opened with', async () => {
    const org = await orgWithAccount(t);
    const clerk = await t.client().as('yy-clerk');
    expect((await clerk.post('/api/annual-inspection-cycles', { year: 2025 })).statusCode).toBe(201);
    const set: TIndicatorSet = (await province.get('/api/annual-indicator-sets/2025')).json();
    const indicators = set.definition.indicators.map((i) =>
      i.code === 'basic_website' ? { ...i, labelZh: '网站地址（修订）', required: true } : i,
    );
    const saved = await province.put('/api/annual-indicator-sets/2025', {
      definition: { ...set.definition, indicators },
      baseVersion: 1,
      note: '网站改为必填',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, note: '网站改为必填' });
    const r = await reportOf(org.account, org.orgId, 2025);
    expect(r.indicatorSet.version).toBe(1);
    expect(r.definition.indicators.find((i) => i.code === 'basic_website')!.labelZh).not.toContain('修订');
    const audit = await t.db
      .selectFrom('auditLog')
      .select('summary')
      .where('entity', '=', 'annual_indicator_set')
      .execute();
    expect(audit.map((a) => a.summary)).toEqual([expect.stringContaining('第2版')]);
  });
});

describe(`who sees which reports (${ENGINE})`, () => {
  it('a supervising unit lists only its organizations; an organization only its own', async () => {
    const t2 = await startTestApp();
    try {
      const other = await insertUnit(t2.db, '云阳县测试主管单位', '500235');
      const edu = (
        await t2.db.selectFrom('units').select('id').where('name', '=', '云阳县教育委员会').executeTakeFirstOrThrow()
      ).id;
      const a = await orgWithAccount(t2, { categoryCode: 'education', supervisorUnitId: edu });
      const b = await orgWithAccount(t2, { categoryCode: 'culture', supervisorUnitId: other });
      const clerk = await t2.client().as('yy-clerk');
      expect((await clerk.post('/api/annual-inspection-cycles', { year: 2025 })).statusCode).toBe(201);
      const supervisor = await t2.client().as('yy-supervisor');
      const seen = (await supervisor.get('/api/annual-reports?year=2025'))
        .json()
        .items.map((r: { orgId: number }) => r.orgId);
      expect(seen).toEqual([a.orgId]);
      const own = (await b.account.get('/api/annual-reports?year=2025'))
        .json()
        .items.map((r: { orgId: number }) => r.orgId);
      expect(own).toEqual([b.orgId]);
      const theirs = await reportOf(clerk, a.orgId, 2025);
      expect((await b.account.get(`/api/annual-reports/${theirs.id}`)).statusCode).toBe(404);
      expect((await b.account.put(`/api/annual-reports/${theirs.id}/sections/basic`, { values: {} })).statusCode).toBe(
        404,
      );
    } finally {
      await t2.close();
    }
  });
});
