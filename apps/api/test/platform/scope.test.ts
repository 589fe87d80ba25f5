import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '@shezu/contracts';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { insertUnit, unitIdByName, userIdByName } from '../support/fixtures';

let t: TestApp;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp();
  // Neighbours no demo account may reach: 奉节县 next to 云阳县, 金华市 next to 衢州市.
  ids.fengjie = await insertUnit(t.db, '奉节县教育委员会', '500236');
  ids.jinhua = await insertUnit(t.db, '金华市科学技术局', '3307');
  ids.yyEdu = await unitIdByName(t.db, '云阳县教育委员会');
  ids.yyMarket = await unitIdByName(t.db, '云阳县市场监督管理局');
  ids.qzSci = await unitIdByName(t.db, '衢州市科学技术局');
  ids.kcBureau = await unitIdByName(t.db, '柯城区民政局');
  ids.qjBureau = await unitIdByName(t.db, '衢江区民政局');
});
afterAll(() => t.close());

/** A unit in a region next to the account's own, which its read scope must not reach. */
function siblingUnit(username: string, regionCode: string | null): number {
  if (username.startsWith('yy-')) return ids.fengjie!;
  if (regionCode === '3308' || regionCode?.length === 9) return ids.jinhua!;
  return regionCode === '330803' ? ids.kcBureau! : ids.qjBureau!;
}

describe(`read scope: nobody reads across sibling regions (${ENGINE})`, () => {
  for (const account of DEMO_ACCOUNTS) {
    it(`${account.username} (${account.roles.join(',')}) cannot read a neighbour's unit`, async () => {
      const c = await t.client().as(account.username);
      const canRead = account.roles.some((r) => ROLE_PERMISSIONS[r].includes('units.read'));
      const res = await c.get(`/api/units/${siblingUnit(account.username, account.regionCode)}`);
      expect(res.statusCode).toBe(canRead ? 404 : 403);
      expect(res.json().code).toBe(canRead ? 'NOT_FOUND' : 'FORBIDDEN');
      if (canRead) {
        const list = await c.get('/api/units?limit=200');
        const names: string[] = list.json().items.map((u: { name: string }) => u.name);
        expect(names).not.toContain('奉节县教育委员会');
        expect(names).not.toContain('金华市科学技术局');
      }
    });
  }

  it('a unit user sees only its own unit, not other units of its county', async () => {
    const c = await t.client().as('yy-supervisor');
    expect((await c.get(`/api/units/${ids.yyEdu}`)).statusCode).toBe(200);
    expect((await c.get(`/api/units/${ids.yyMarket}`)).statusCode).toBe(404);
    const list = await c.get('/api/units');
    expect(list.json().items.map((u: { id: number }) => u.id)).toEqual([ids.yyEdu]);
  });

  it('a county clerk reads accounts of its county, not of a sibling county; the city reads both', async () => {
    const kc = await t.client().as('qz-kc-clerk');
    expect((await kc.get(`/api/users/${await userIdByName(t.db, 'qz-qj-clerk')}`)).statusCode).toBe(404);
    expect((await kc.get(`/api/users/${await userIdByName(t.db, 'qz-kc-clerk')}`)).statusCode).toBe(200);
    const city = await t.client().as('qz-clerk');
    expect((await city.get(`/api/users/${await userIdByName(t.db, 'qz-qj-clerk')}`)).statusCode).toBe(200);
    const yy = await t.client().as('yy-clerk');
    const names = (await yy.get('/api/users?limit=200')).json().items.map((u: { username: string }) => u.username);
    expect(names).toContain('yy-township');
    expect(names.some((n: string) => n.startsWith('qz-'))).toBe(false);
  });

  it("a county's audit rows are invisible to another place's auditors", async () => {
    const qz = await t.client().as('qz-admin');
    const created = await qz.post('/api/units', {
      name: '衢州市审计可见性测试单位',
      kind: 'partner',
      regionCode: '3308',
    });
    expect(created.statusCode).toBe(201);
    const yy = await t.client().as('yy-admin');
    const rows = (await yy.get('/api/audit-logs?entity=unit&limit=200')).json().items;
    expect(rows.some((r: { summary: string }) => r.summary === '衢州市审计可见性测试单位')).toBe(false);
    const own = (await qz.get('/api/audit-logs?entity=unit&limit=200')).json().items;
    expect(own.some((r: { summary: string }) => r.summary === '衢州市审计可见性测试单位')).toBe(true);
  });
});

describe(`decision scope: reading a lower level is not deciding on it (${ENGINE})`, () => {
  for (const account of DEMO_ACCOUNTS) {
    it(`${account.username} cannot decide on a county unit from above or outside`, async () => {
      const c = await t.client().as(account.username);
      const unit = (await t.client().as('qz-admin')).get(`/api/units/${ids.kcBureau}`);
      const { version } = (await unit).json();
      const res = await c.put(`/api/units/${ids.kcBureau}`, { name: '柯城区民政局（改）', active: true, version });
      const mayManage = account.roles.some((r) => ROLE_PERMISSIONS[r].includes('units.manage'));
      if (!mayManage) expect(res.json().code).toBe('FORBIDDEN');
      else if (account.regionCode === '3308') expect(res.json().code).toBe('OUT_OF_DECISION_SCOPE');
      else expect(res.json().code).toBe('NOT_FOUND');
      expect(res.statusCode).toBeGreaterThanOrEqual(403);
    });
  }

  it('the city admin reads the county unit but may not change it; the unit stays unchanged', async () => {
    const city = await t.client().as('qz-admin');
    const read = await city.get(`/api/units/${ids.kcBureau}`);
    expect(read.statusCode).toBe(200);
    const res = await city.put(`/api/units/${ids.kcBureau}`, {
      name: '改名',
      active: true,
      version: read.json().version,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('本级');
    expect((await city.get(`/api/units/${ids.kcBureau}`)).json().name).toBe('柯城区民政局');
  });

  it('an admin decides on units of its own level (and a township unit belongs to its county)', async () => {
    const yy = await t.client().as('yy-admin');
    const own = (await yy.get(`/api/units/${ids.yyEdu}`)).json();
    const res = await yy.put(`/api/units/${ids.yyEdu}`, {
      name: '云阳县教育委员会',
      contactPhone: '023-55123456',
      active: true,
      version: own.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().contactPhone).toBe('023-55123456');
    const township = await yy.post('/api/units', {
      name: '双江街道社会工作站',
      kind: 'partner',
      regionCode: '500235001',
    });
    expect(township.statusCode).toBe(201);
  });
});
