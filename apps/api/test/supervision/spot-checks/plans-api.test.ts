import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { insertUser, unitIdByName } from '../../support/fixtures';
import { draw, sm3Hex } from '../../../src/modules/supervision/spot-checks/draw';
import { chinaNoon, countyOrgs, inspector, plan } from './helpers';

let t: TestApp;
let yy: TestClient;
let qz: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(chinaNoon('2026-05-04'));
  yy = await t.client().as('yy-clerk');
  qz = await t.client().as('qz-clerk');
});
afterAll(() => t.close());

describe(`plan floors per level, 民发〔2017〕45号 (${ENGINE})`, () => {
  it('refuses a regular plan below the floor of the bureau’s level, beside the share field', async () => {
    const county = await yy.post('/api/spot-check-plans', plan({ shareBp: 299 }));
    expect(county.statusCode).toBe(400);
    expect(county.json().fields.shareBp).toContain('3%');
    expect((await yy.post('/api/spot-check-plans', plan({ shareBp: 300 }))).statusCode).toBe(201);
    expect((await qz.post('/api/spot-check-plans', plan({ shareBp: 399 }))).json().fields.shareBp).toContain('4%');
    expect((await qz.post('/api/spot-check-plans', plan({ shareBp: 400 }))).statusCode).toBe(201);
    await insertUser(t.db, { username: 'sc-zj', roles: ['authority_staff'], regionCode: '33' });
    await insertUser(t.db, { username: 'sc-mca', roles: ['authority_staff'], regionCode: '100000' });
    const zj = await t.client().as('sc-zj');
    const mca = await t.client().as('sc-mca');
    expect((await zj.post('/api/spot-check-plans', plan({ shareBp: 499 }))).json().fields.shareBp).toContain('5%');
    expect((await zj.post('/api/spot-check-plans', plan({ shareBp: 500 }))).statusCode).toBe(201);
    expect((await mca.post('/api/spot-check-plans', plan({ shareBp: 999 }))).json().fields.shareBp).toContain('10%');
    expect((await mca.post('/api/spot-check-plans', plan({ shareBp: 1000 }))).statusCode).toBe(201);
  });

  it('lets irregular plans and the yearly audit sampling set their own share', async () => {
    const irregular = await yy.post('/api/spot-check-plans', plan({ kind: 'irregular', shareBp: 100 }));
    expect(irregular.statusCode, irregular.body).toBe(201);
    const audit = await yy.post('/api/spot-check-plans', plan({ purpose: 'audit', shareBp: 200 }));
    expect(audit.json()).toMatchObject({ purpose: 'audit', shareBp: 200, status: 'draft', draw: null });
  });

  it('denies those without the right or out of scope', async () => {
    const supervisor = await t.client().as('yy-supervisor');
    expect((await supervisor.post('/api/spot-check-plans', plan())).statusCode).toBe(403);
    const org = await t.client().as('yy-org');
    expect((await org.get('/api/spot-check-plans')).statusCode).toBe(403);
    expect((await org.get('/api/inspectors')).statusCode).toBe(403);
    const mine = (await yy.post('/api/spot-check-plans', plan())).json();
    expect((await qz.get(`/api/spot-check-plans/${mine.id}`)).statusCode).toBe(404);
    expect((await qz.post(`/api/spot-check-plans/${mine.id}/draw`)).statusCode).toBe(404);
    expect(
      (await yy.get('/api/spot-check-plans'))
        .json()
        .items.every((p: { authorityRegionCode: string }) => p.authorityRegionCode === '500235'),
    ).toBe(true);
    const kh = (await (await t.client().as('qz-kh-clerk')).post('/api/spot-check-plans', plan())).json();
    // The city reads its county's plan but draws none of it (本级).
    expect((await qz.get(`/api/spot-check-plans/${kh.id}`)).statusCode).toBe(200);
    const denied = await qz.post(`/api/spot-check-plans/${kh.id}/draw`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('OUT_OF_DECISION_SCOPE');
  });
});

describe(`the draw, its inspectors and verify (${ENGINE})`, () => {
  it('draws ⌈N × p⌉ reproducibly, assigns 2 inspectors with 回避, and verify names an organization added since', async () => {
    const clerk = await t.client().as('qz-kh-clerk');
    const unit = await unitIdByName(t.db, '衢州市科学技术局');
    const supervised = await countyOrgs(t, '330824', 5, { supervisorUnitId: unit });
    const others = await countyOrgs(t, '330824', 30);
    const conflicted = others[0]!;
    const fromUnit = await inspector(clerk, { unitId: unit, unitName: '衢州市科学技术局' });
    const withConflict = await inspector(clerk, { conflictOrgIds: [conflicted] });
    await inspector(clerk);
    await inspector(clerk);
    const p = (await clerk.post('/api/spot-check-plans', plan({ kind: 'irregular', shareBp: 10_000 }))).json();
    const drawn = await clerk.post(`/api/spot-check-plans/${p.id}/draw`);
    expect(drawn.statusCode, drawn.body).toBe(200);
    expect(drawn.json()).toMatchObject({ status: 'drawn', draw: { population: 35, drawn: 35 } });
    expect(drawn.json().draw.seed).toMatch(/^[0-9a-f]{64}$/);
    expect((await clerk.post(`/api/spot-check-plans/${p.id}/draw`)).statusCode).toBe(409);

    const checks = (await clerk.get(`/api/spot-checks?planId=${p.id}&limit=100`)).json().items as {
      orgId: number;
      uscc: string;
      rank: number;
      inspectors: { id: number }[];
    }[];
    expect(checks).toHaveLength(35);
    for (const c of checks) {
      const ids = c.inspectors.map((i) => i.id);
      expect(new Set(ids).size).toBe(2);
      if (supervised.includes(c.orgId)) expect(ids).not.toContain(fromUnit);
      if (c.orgId === conflicted) expect(ids).not.toContain(withConflict);
    }

    // Anyone with the seed and the snapshot gets the same list.
    const text = (await clerk.get(`/api/spot-check-plans/${p.id}/snapshot`)).body;
    expect(sm3Hex(text)).toBe(drawn.json().draw.snapshotHash);
    const again = draw(drawn.json().draw.seed, parseSnapshot(text), 10_000, false).map((e) => e.uscc);
    expect(again).toEqual([...checks].sort((a, b) => a.rank - b.rank).map((c) => c.uscc));
    const ok = (await clerk.get(`/api/spot-check-plans/${p.id}/verify`)).json();
    expect(ok).toMatchObject({ ok: true, snapshotIntact: true, drawReproduced: true, registerUnchanged: true });

    const [added] = await countyOrgs(t, '330824', 1);
    const uscc = (await t.services.orgsQuery.facts(added!))!.uscc;
    const after = (await clerk.get(`/api/spot-check-plans/${p.id}/verify`)).json();
    expect(after).toMatchObject({
      ok: false,
      drawReproduced: true,
      registerUnchanged: false,
      added: [uscc],
      removed: [],
    });
  });

  it('draws 5 % of a county as ⌈N × p⌉ and refuses when the pool cannot give 2 inspectors', async () => {
    const clerk = await t.client().as('qz-kc-clerk');
    await countyOrgs(t, '330802', 41);
    const p = (await clerk.post('/api/spot-check-plans', plan({ shareBp: 500 }))).json();
    const none = await clerk.post(`/api/spot-check-plans/${p.id}/draw`);
    expect(none.statusCode).toBe(409);
    expect(none.json().message).toContain('检查人员不足');
    expect((await clerk.get(`/api/spot-check-plans/${p.id}`)).json().status).toBe('draft');
    await inspector(clerk, { regionCode: '330802' });
    await inspector(clerk, { regionCode: '330802' });
    const res = await clerk.post(`/api/spot-check-plans/${p.id}/draw`);
    expect(res.json().draw).toMatchObject({ population: 41, drawn: 3 });
  });
});
