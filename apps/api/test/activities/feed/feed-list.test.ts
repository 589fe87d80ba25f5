import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app';
import { ENGINE } from '../../support/database';
import { insertActivity, newOrg, visitor } from './feed-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: false });
});
afterAll(() => t.close());

const at = (minute: number) => `2026-04-01T0${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}:00.000Z`;

/** Every page of a feed query, following the cursor. */
async function walk(query: string, limit: number): Promise<number[]> {
  const c = visitor(t);
  const ids: number[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res = await c.get(`/api/public/activities?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: { id: number }[]; nextCursor: string | null };
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((x) => x.id));
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return ids;
}

describe(`public activity feed (${ENGINE})`, () => {
  let ids: Record<string, number>;
  let org: { id: number; uscc: string };

  beforeAll(async () => {
    org = await newOrg(t);
    ids = {
      a: await insertActivity(t, { publishedAt: at(1), regionCode: '500235001' }),
      // Two published in the same second: the id breaks the tie, pages never skip or repeat one.
      b: await insertActivity(t, { publishedAt: at(2), regionCode: '500101002', categoryCode: 'charity' }),
      c: await insertActivity(t, { publishedAt: at(2), regionCode: '330802005', orgId: org.id, uscc: org.uscc }),
      d: await insertActivity(t, { publishedAt: at(3), regionCode: '500235002', orgId: org.id, uscc: org.uscc }),
      e: await insertActivity(t, { publishedAt: at(4), regionCode: '330102001', categoryCode: 'charity' }),
      hiddenReview: await insertActivity(t, { status: 'awaiting_review' }),
      hiddenUnpublished: await insertActivity(t, { status: 'unpublished', publishedAt: at(5) }),
      hiddenFinished: await insertActivity(t, { status: 'finished', orgId: org.id }),
    };
  });

  it('lists published activities only, newest first, paging by cursor without gaps or repeats', async () => {
    const all = [ids.e, ids.d, ids.c, ids.b, ids.a].map(Number);
    const expected = [all[0], all[1], Math.max(ids.b!, ids.c!), Math.min(ids.b!, ids.c!), all[4]];
    expect(await walk('', 50)).toEqual(expected);
    expect(await walk('', 2)).toEqual(expected);
    expect(await walk('', 1)).toEqual(expected);
  });

  it('filters by province, city, county, category and organization', async () => {
    expect((await walk('&region=50', 2)).sort()).toEqual([ids.a, ids.b, ids.d].sort());
    expect((await walk('&region=5002', 2)).sort()).toEqual([ids.a, ids.d].sort());
    expect(await walk('&region=500235', 1)).toEqual([ids.d, ids.a]);
    expect(await walk('&region=3308', 5)).toEqual([ids.c]);
    expect(await walk('&categoryCode=charity', 1)).toEqual([ids.e, ids.b]);
    expect(await walk('&categoryCode=charity&region=50', 1)).toEqual([ids.b]);
    expect(await walk(`&orgUscc=${org.uscc}`, 1)).toEqual([ids.d, ids.c]);
    expect(await walk('&orgUscc=51500235MJ0000000X', 5)).toEqual([]);
  });

  it('cards carry the region name, counts and no private fields', async () => {
    const res = await visitor(t).get('/api/public/activities?region=500235&limit=1');
    const card = res.json().items[0];
    expect(card).toMatchObject({
      id: ids.d,
      regionCode: '500235',
      regionName: expect.stringContaining('云阳县'),
      uscc: org.uscc,
      kind: 'public_welfare',
      coverThumbUrl: null,
      viewCount: 0,
      shareCount: 0,
      likeCount: 0,
    });
    expect(res.body).not.toContain('王小明');
  });

  it('refuses a malformed region or cursor with a 400', async () => {
    const c = visitor(t);
    expect((await c.get('/api/public/activities?region=500')).statusCode).toBe(400);
    expect((await c.get('/api/public/activities?cursor=bm9wZQ')).statusCode).toBe(400);
  });
});
