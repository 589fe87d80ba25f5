import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOrg } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { unitIdByName } from '../support/fixtures';
import { orgFields, seedOrgs } from '../support/orgs';
import { readSheet } from '../exports/xlsx';

let t: TestApp;
let yy: TestClient;
let edu: number;

/** 30 orgs in 云阳 (two townships), 20 in 柯城区, 10 in 衢江区; names chosen so queries have known answers. */
beforeAll(async () => {
  t = await startTestApp();
  yy = await t.client().as('yy-clerk');
  edu = await unitIdByName(t.db, '云阳县教育委员会');
  const list = [];
  for (let i = 0; i < 30; i++) {
    const charity = i % 3 === 0;
    list.push({
      fields: orgFields({
        name: charity ? `云阳县第${i}慈善协会` : `云阳县第${i}文化促进会`,
        regionCode: i < 15 ? '500235001' : '500235002',
        foundedOn: `20${10 + (i % 10)}-0${1 + (i % 9)}-15`,
        registeredFundsFen: (i % 7) * 1_000_000,
        ...(charity ? {} : { categoryCode: 'education', supervisorUnitId: edu }),
      }),
    });
  }
  for (let i = 0; i < 20; i++)
    list.push({ authority: '330802', fields: orgFields({ name: `柯城区第${i}慈善协会`, regionCode: '330802' }) });
  for (let i = 0; i < 10; i++)
    list.push({ authority: '330803', fields: orgFields({ name: `衢江区第${i}慈善协会`, regionCode: '330803' }) });
  await seedOrgs(t, list);
});
afterAll(() => t.close());

async function all(c: TestClient, query: string): Promise<TOrg[]> {
  const out: TOrg[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: TOrg[]; nextCursor: string | null } = (
      await c.get(`/api/orgs?limit=7&${query}${cursor ? `&cursor=${cursor}` : ''}`)
    ).json();
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
const names = (list: TOrg[]) => list.map((o) => o.name);
const q = (s: string) => `q=${encodeURIComponent(s)}`;

describe(`name search and lists (${ENGINE})`, () => {
  it('finds 2- and 4-character parts of names in the read scope only, page by page without repeats', async () => {
    const two = await all(yy, q('慈善'));
    expect(two).toHaveLength(10);
    expect(new Set(names(two)).size).toBe(10);
    expect(two.every((o) => o.regionCode.startsWith('500235'))).toBe(true);
    const four = await all(yy, q('慈善协会'));
    expect(four).toHaveLength(10);
    expect(names(await all(yy, q('第13文化')))).toEqual(['云阳县第13文化促进会']);
    expect(await all(yy, q('促进会慈善'))).toEqual([]);
    expect(await all(yy, q('全无此名'))).toEqual([]);
  });

  it('combines name, region filter, type and status; normalises spaces and full-width characters', async () => {
    const town = await all(yy, `${q('慈善')}&within=500235002`);
    expect(town.every((o) => o.regionCode === '500235002')).toBe(true);
    expect(town).toHaveLength(5);
    expect(await all(yy, `${q('慈 善')}&type=foundation`)).toEqual([]);
    expect((await all(yy, q('第３慈善'))).map((o) => o.name)).toEqual(['云阳县第3慈善协会']);
    const short = await yy.get(`/api/orgs?${q('慈')}`);
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.q).toBe('请输入至少2个字');
  });

  it('finds by credit code, only in scope', async () => {
    const one = (await yy.get(`/api/orgs?${q('慈善')}&limit=1`)).json().items[0];
    expect((await yy.get(`/api/orgs?q=${one.uscc.toLowerCase()}`)).json().items.map((o: TOrg) => o.id)).toEqual([
      one.id,
    ]);
    const kc = await t.client().as('qz-kc-clerk');
    expect((await kc.get(`/api/orgs?q=${one.uscc}`)).json().items).toEqual([]);
    expect((await kc.get(`/api/orgs/${one.id}`)).statusCode).toBe(404);
  });

  it('sorts the staff list by any offered column with exact keyset pages', async () => {
    for (const [sort, order] of [
      ['name', 'asc'],
      ['foundedOn', 'desc'],
      ['registeredFundsFen', 'asc'],
      ['id', 'desc'],
    ] as const) {
      const paged = await all(yy, `sort=${sort}&order=${order}`);
      const whole = (await yy.get(`/api/orgs?limit=200&sort=${sort}&order=${order}`)).json().items as TOrg[];
      expect(paged.map((o) => o.id)).toEqual(whole.map((o) => o.id));
      expect(whole).toHaveLength(30);
      const values = whole.map((o) => (sort === 'id' ? o.id : o[sort]));
      const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (order === 'desc') sorted.reverse();
      expect(values).toEqual(sorted);
    }
  });

  it('gives a city its counties, a county only itself, a supervising unit its own organizations', async () => {
    const city = await t.client().as('qz-clerk');
    expect(await all(city, q('慈善'))).toHaveLength(30);
    expect(await all(city, `${q('慈善')}&within=330803`)).toHaveLength(10);
    const kc = await t.client().as('qz-kc-clerk');
    expect((await all(kc, '')).every((o) => o.regionCode === '330802')).toBe(true);
    expect(await all(kc, 'within=330803')).toEqual([]);
    const sup = await t.client().as('yy-supervisor');
    const mine = await all(sup, '');
    expect(mine).toHaveLength(20);
    expect(mine.every((o) => o.supervisorUnitId === edu)).toBe(true);
    expect(await all(sup, q('慈善'))).toEqual([]);
    expect((await all(sup, q('文化'))).length).toBe(20);
  });

  it('counts matches and exports the current filter in scope', async () => {
    expect((await yy.get(`/api/orgs/count?${q('慈善')}`)).json()).toEqual({ count: 10, capped: false });
    expect((await yy.get('/api/orgs/count?type=social_group')).json()).toEqual({ count: 30, capped: false });
    const res = await (
      await t.client().as('qz-clerk')
    ).get(`/api/orgs/export?${q('慈善')}&within=330803&columns=name,uscc,status`);
    expect(res.statusCode).toBe(200);
    const { rows } = await readSheet(res.rawPayload);
    const cells = rows.map((r) => String(r[0] ?? ''));
    expect(cells.filter((c) => c.startsWith('衢江区'))).toHaveLength(10);
    expect(cells.some((c) => c.startsWith('柯城区') || c.startsWith('云阳县'))).toBe(false);
    expect(cells.join(' ')).toContain('导出人');
  });
});

describe(`a count that stops at 10,000 (${ENGINE})`, () => {
  it('answers "10,000+" for a broad match instead of counting every row', async () => {
    const many = Array.from({ length: 10_050 }, (_, i) => ({
      authority: '330822',
      fields: orgFields({ name: `常山县第${i}号志愿服务队`, regionCode: '330822' }),
    }));
    await seedOrgs(t, many);
    const c = await t.client().as('qz-cs-clerk');
    expect((await c.get('/api/orgs/count')).json()).toEqual({ count: 10_000, capped: true });
    expect((await c.get(`/api/orgs/count?${q('志愿')}`)).json()).toEqual({ count: 10_000, capped: true });
    expect((await c.get(`/api/orgs/count?${q('第9999号')}`)).json()).toEqual({ count: 1, capped: false });
  }, 120_000);
});
