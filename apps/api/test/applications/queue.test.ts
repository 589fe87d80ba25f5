import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TApplicationDetail, TApplicationSummary } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { founder, foundingData, ok } from '../support/applications';

let t: TestApp;
let me: TestClient;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp();
  me = await founder(t, 'queue-founder');
  // Submitted a week apart, so their due dates differ; the third stays a draft (no due date).
  for (const [key, name] of [
    ['late', '云阳县晚提交养老服务中心'],
    ['early', '云阳县早提交养老服务中心'],
    ['draft', '云阳县草稿托育服务中心'],
  ] as const) {
    const a = await ok<TApplicationDetail>(
      me.post('/api/applications', { kind: 'establishment', data: foundingData({ name }), attachments: [] }),
      201,
    );
    ids[key] = a.id;
  }
  await ok(me.post(`/api/applications/${ids.early}/submit`, { version: 1 }));
  t.clock.advance(7 * 86_400_000);
  me = await t.client().as('queue-founder');
  await ok(me.post(`/api/applications/${ids.late}/submit`, { version: 1 }));
});
afterAll(() => t.close());

const list = async (query: string) =>
  ok<{ items: TApplicationSummary[]; nextCursor: string | null }>(me.get(`/api/applications?${query}`));

describe(`application queue order and filters (${ENGINE})`, () => {
  it('sorts soonest due first with undated drafts last, and pages through the same order', async () => {
    const all = await list('sort=due');
    expect(all.items.map((a) => a.id)).toEqual([ids.early, ids.late, ids.draft]);
    expect(all.items[0]!.dueDate! < all.items[1]!.dueDate!).toBe(true);
    const seen: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await list(`sort=due&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([ids.early, ids.late, ids.draft]);
    // The default stays newest first.
    expect((await list('')).items.map((a) => a.id)).toEqual([ids.draft, ids.early, ids.late]);
  });

  it('filters by part of the name and by domicile region; a bad cursor or a 1-character query is a 400', async () => {
    expect((await list('q=养老服务')).items.map((a) => a.id).sort()).toEqual([ids.late, ids.early].sort());
    expect((await list('q=托育')).items.map((a) => a.id)).toEqual([ids.draft]);
    // A founding draft has no place in the register's regions until it is submitted.
    expect((await list('within=500235')).items.map((a) => a.id).sort()).toEqual([ids.late, ids.early].sort());
    expect((await list('within=330802')).items).toEqual([]);
    const short = await me.get('/api/applications?q=养');
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.q).toBe('请至少输入2个字');
    const bad = await me.get(`/api/applications?sort=due&cursor=${Buffer.from('[1,2]').toString('base64url')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual({ cursor: '分页参数无效' });
  });
});
