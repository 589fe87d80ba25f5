import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe(`regions (${ENGINE})`, () => {
  it('lists children from the national root down to townships', async () => {
    const c = t.client();
    const provinces = (await c.get('/api/regions/100000/children')).json();
    expect(provinces).toHaveLength(31);
    expect(provinces.find((p: { code: string }) => p.code === '50')).toMatchObject({
      name: '重庆市',
      level: 'province',
      hasChildren: true,
    });
    const quzhou = (await c.get('/api/regions/3308/children')).json().map((r: { name: string }) => r.name);
    expect(quzhou).toEqual(['柯城区', '衢江区', '常山县', '开化县', '龙游县', '江山市']);
    const towns = (await c.get('/api/regions/500235/children')).json();
    expect(towns.length).toBe(42);
    expect(towns[0]).toMatchObject({ level: 'township', hasChildren: false });
  });

  it('finds regions by name, optionally inside a subtree, shortest codes first', async () => {
    const c = t.client();
    const hits = (await c.get(`/api/regions?q=${encodeURIComponent('云阳')}`)).json();
    expect(hits[0]).toMatchObject({ code: '500235', fullName: '重庆市云阳县' });
    const inside = (await c.get(`/api/regions?q=${encodeURIComponent('街道')}&within=330802&limit=50`)).json();
    expect(inside.length).toBeGreaterThan(3);
    expect(inside.every((r: { code: string }) => r.code.startsWith('330802'))).toBe(true);
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const c = t.client();
    expect((await c.get('/api/regions/12345/children')).statusCode).toBe(400);
    expect((await c.get('/api/regions/999999/children')).statusCode).toBe(404);
    // A township has no children: an empty list, not a 404.
    const leaf = await c.get('/api/regions/500235001/children');
    expect(leaf.statusCode).toBe(200);
    expect(leaf.json()).toEqual([]);
  });

  it('lets an admin keep the population of its subtree, with a version check', async () => {
    const admin = await t.client().as('qz-admin');
    const r = (await admin.get('/api/regions/330802')).json();
    const kecheng = async () =>
      (await admin.get('/api/regions/3308/children')).json().find((x: { code: string }) => x.code === '330802');
    expect((await kecheng()).population).not.toBe(456000);
    const ok = await admin.put('/api/regions/330802/population', { population: 456_000, version: r.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().population).toBe(456000);
    // The picker's lists are kept in memory; an edit here is seen at once.
    expect((await kecheng()).population).toBe(456000);
    expect((await admin.put('/api/regions/330802/population', { population: 1, version: r.version })).statusCode).toBe(
      409,
    );
    expect((await admin.put('/api/regions/500235/population', { population: 1, version: 1 })).statusCode).toBe(404);
    const clerk = await t.client().as('qz-clerk');
    expect((await clerk.put('/api/regions/3308/population', { population: 1, version: 1 })).json().code).toBe(
      'FORBIDDEN',
    );
  });
});
