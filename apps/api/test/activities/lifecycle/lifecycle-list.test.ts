import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { unitIdByName } from '../../support/fixtures';
import { create, finished, neighbourClerk, ok, orgWithAccount } from './lifecycle-helpers';

let t: TestApp;
let clerk: TestClient;
let mine: { orgId: number; account: TestClient };
let ids: Record<string, number>;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
  mine = await orgWithAccount(t);
  const other = await orgWithAccount(t);
  ids = {
    march: await create(mine.account, { startsOn: '2026-03-05', endsOn: '2026-03-06' }),
    april: await create(mine.account, { kind: 'training', startsOn: '2026-04-30', endsOn: '2026-05-01' }),
    published: await finished(mine.account, { kind: 'volunteer' }),
    others: await create(other.account, { startsOn: '2026-03-20', endsOn: '2026-03-20' }),
  };
  ok(await mine.account.post(`/api/activities/${ids.published}/submit`));
  ok(await clerk.post(`/api/activities/${ids.published}/review`, { approved: true }));
  await t.db
    .updateTable('activities')
    .set({ viewCount: 10, shareCount: 3, likeCount: 2 })
    .where('id', '=', ids.published!)
    .execute();
});
afterAll(() => t.close());

const idsOf = (res: { json(): { items: { id: number }[] } }) => res.json().items.map((i) => i.id);

describe(`activity lists, calendar and statistics (${ENGINE})`, () => {
  it('lists newest first within the read scope, with keyset pages', async () => {
    const all = idsOf(ok(await clerk.get('/api/activities')));
    expect(all).toEqual([ids.others, ids.published, ids.april, ids.march]);
    const first = ok(await clerk.get('/api/activities?limit=2')).json();
    expect(first.items.map((i: { id: number }) => i.id)).toEqual([ids.others, ids.published]);
    const next = ok(await clerk.get(`/api/activities?limit=2&cursor=${first.nextCursor}`)).json();
    expect([next.items.map((i: { id: number }) => i.id), next.nextCursor]).toEqual([[ids.april, ids.march], null]);
    // The organization sees its own only; a neighbouring county's staff none.
    expect(idsOf(ok(await mine.account.get('/api/activities')))).toEqual([ids.published, ids.april, ids.march]);
    expect(idsOf(ok(await (await neighbourClerk(t)).get('/api/activities')))).toEqual([]);
  });

  it('shows a supervising unit the activities of the organizations it supervises only', async () => {
    const edu = await unitIdByName(t.db, '云阳县教育委员会');
    const school = await orgWithAccount(t, '500235', { supervisorUnitId: edu });
    const id = await create(school.account, { title: '教师培训', startsOn: '2026-06-01', endsOn: '2026-06-01' });
    const supervisor = await t.client().as('yy-supervisor');
    expect(idsOf(ok(await supervisor.get('/api/activities')))).toEqual([id]);
    expect((await supervisor.get(`/api/activities/${ids.march}`)).statusCode).toBe(404);
    expect(ok(await supervisor.get(`/api/activities/${id}`)).json().actions).toEqual([]);
    expect((await supervisor.post(`/api/activities/${id}/cancel`, {})).statusCode).toBe(403);
    ok(await school.account.post(`/api/activities/${id}/cancel`, {}));
  });

  it('filters by status, kind, organization, region and month (the calendar)', async () => {
    expect(idsOf(ok(await clerk.get('/api/activities?status=published')))).toEqual([ids.published]);
    expect(idsOf(ok(await clerk.get('/api/activities?kind=training')))).toEqual([ids.april]);
    expect(idsOf(ok(await clerk.get(`/api/activities?orgId=${mine.orgId}&month=2026-03`)))).toEqual([
      ids.published,
      ids.march,
    ]);
    expect(idsOf(ok(await clerk.get('/api/activities?month=2026-04')))).toEqual([ids.april]);
    // 4月30日–5月1日 also shows in May.
    expect(idsOf(ok(await clerk.get('/api/activities?month=2026-05')))).toEqual([ids.april]);
    expect(idsOf(ok(await clerk.get('/api/activities?region=500235001&month=2026-03')))).toHaveLength(3);
    expect(idsOf(ok(await clerk.get('/api/activities?region=500236')))).toEqual([]);
    const bad = await clerk.get('/api/activities?month=2026-13');
    expect(bad.statusCode).toBe(400);
  });

  it('counts by kind, child region and month, with the feed’s views, shares and likes', async () => {
    const s = ok(await clerk.get('/api/activity-stats?year=2026')).json();
    expect(s).toMatchObject({ year: 2026, total: 4, published: 1, views: 10, shares: 3, likes: 2 });
    expect(s.byKind.find((k: { kind: string }) => k.kind === 'public_welfare').count).toBe(2);
    expect(s.byKind.find((k: { kind: string }) => k.kind === 'training').count).toBe(1);
    expect(s.byMonth).toHaveLength(12);
    expect(s.byMonth.slice(2, 4)).toEqual([
      { month: '2026-03', count: 3 },
      { month: '2026-04', count: 1 },
    ]);
    const township = s.byRegion.find((r: { regionCode: string }) => r.regionCode === '500235001');
    expect(township).toMatchObject({ regionName: expect.any(String), count: 4 });
    expect(s.byRegion.length).toBeGreaterThan(10);
    const org = ok(await mine.account.get('/api/activity-stats?year=2026')).json();
    expect(org.total).toBe(3);
    expect(ok(await clerk.get('/api/activity-stats?year=2025')).json().total).toBe(0);
  });
});
