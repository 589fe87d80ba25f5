import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOrg } from '@shezu/contracts';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { insertUser } from '../support/fixtures';
import { orgFields, seedOrgs } from '../support/orgs';
import { readSheet } from '../exports/xlsx';

let t: TestApp;
let seeded: number[];

/** 130 in 衢江区 first (the lower ids), then 130 in 柯城区: region order and id order differ. */
beforeAll(async () => {
  t = await startTestApp();
  const list = [];
  for (const county of ['330803', '330802'])
    for (let i = 0; i < 130; i++)
      list.push({ authority: county, fields: orgFields({ name: `${county}号测试协会${i}`, regionCode: county }) });
  seeded = await seedOrgs(t, list);
  await insertUser(t.db, { username: 'mca-clerk', roles: ['authority_staff'], regionCode: '100000' });
});
afterAll(() => t.close());

describe(`lists and exports over wide ranges (${ENGINE})`, () => {
  it('pages a nationwide list in id order, every organization once', async () => {
    const c = await t.client().as('mca-clerk');
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await c.get(`/api/orgs?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page: { items: TOrg[]; nextCursor: string | null } = res.json();
      ids.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    const total = await t.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(ids).toHaveLength(Number(total.n));
    expect(ids).toEqual(expect.arrayContaining(seeded));
  });

  it('exports by domicile, then id, across pages of the keyset walk', async () => {
    const res = await (await t.client().as('qz-clerk')).get('/api/orgs/export?columns=name,uscc');
    expect(res.statusCode).toBe(200);
    const names = (await readSheet(res.rawPayload)).rows
      .map((r) => String(r[0] ?? ''))
      .filter((n) => n.includes('号测试协会'));
    const expected = [
      ...Array.from({ length: 130 }, (_, i) => `330802号测试协会${i}`),
      ...Array.from({ length: 130 }, (_, i) => `330803号测试协会${i}`),
    ];
    expect(names).toEqual(expected);
  });
});
