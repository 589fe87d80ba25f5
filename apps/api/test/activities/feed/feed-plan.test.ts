import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompiledQuery, sql } from 'kysely';
import { FeedRepository, pinIndex, type FeedFilter } from '../../../src/modules/activities/feed/feed.repository';
import { startTestApp, type TestApp } from '../../support/app';
import { ENGINE } from '../../support/database';
import { insertActivity } from './feed-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: false });
  for (let i = 0; i < 30; i++)
    await insertActivity(t, {
      status: i % 3 ? 'published' : 'finished',
      publishedAt: i % 3 ? `2026-04-01T00:${String(i).padStart(2, '0')}:00.000Z` : null,
    });
});
afterAll(() => t.close());

/** The plan of one feed page, as the engine would run it (PostgreSQL told to shun a scan of the tiny table). */
async function plan(filter: FeedFilter, after?: [string, number]): Promise<string> {
  const q = new FeedRepository(t.db).pageQuery(filter, after, 13).compile();
  if (ENGINE === 'sqlite') {
    const c = pinIndex(q, filter);
    const rows = await t.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${c.sql}`, [...c.parameters]),
    );
    return rows.rows.map((r) => r.detail).join('\n');
  }
  const c = q;
  return t.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    await sql`set local enable_bitmapscan = off`.execute(trx);
    const rows = await trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain ${c.sql}`, [...c.parameters]),
    );
    return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe(`a feed page is one range read of a partial index (${ENGINE})`, () => {
  it.each([
    [null, 'activities_feed_all_idx'],
    [{ column: 'province_code', value: '50' }, 'activities_feed_province_idx'],
    [{ column: 'city_code', value: '5002' }, 'activities_feed_city_idx'],
    [{ column: 'county_code', value: '500235' }, 'activities_feed_county_idx'],
    [{ column: 'category_code', value: 'charity' }, 'activities_feed_category_idx'],
    [{ column: 'org_id', value: 7 }, 'activities_feed_org_idx'],
  ] as [FeedFilter, string][])('%o reads %s in order, no sort, no count', async (filter, index) => {
    for (const after of [undefined, ['2026-04-01T00:10:00.000Z', 11] as [string, number]]) {
      const p = await plan(filter, after);
      expect(p).toContain(index);
      expect(p).not.toMatch(/TEMP B-TREE|Sort\b/i);
    }
  });
});
