import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { ok, openCase, newOrg } from './cases-helpers';

let t: TestApp;
let clerk: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
});
afterAll(() => t.close());

type Page = { items: { id: number; status: string; source: string; alarmed: boolean }[]; nextCursor: string | null };

async function all(query: string): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = null;
  do {
    const page: Page = ok(
      await clerk.get(`/api/supervision-cases?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`),
    ).json();
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe(`case lists (${ENGINE})`, () => {
  it('pages by keyset without loss or repeat and filters by status, source, alarm and region', async () => {
    const orgId = await newOrg(t);
    const ids: number[] = [];
    for (const ref of ['complaint:1', 'spot_check:1', 'complaint:2', 'risk_warning:1', 'campaign:1'])
      ids.push((await openCase(t, orgId, ref)).caseId);
    await t.db.updateTable('supervisionCases').set({ alarmed: true }).where('id', '=', ids[1]!).execute();
    expect(await all('')).toEqual([...ids].reverse());
    expect(await all('&source=complaint')).toEqual([ids[2], ids[0]]);
    expect(await all('&alarm=1')).toEqual([ids[1]]);
    expect(await all('&status=open&region=500235001')).toEqual([...ids].reverse());
    expect(await all('&region=500235002')).toEqual([]);
    // Another county's bureau sees none of them.
    const qz = await t.client().as('qz-clerk');
    expect(ok(await qz.get('/api/supervision-cases')).json().items).toEqual([]);
  });

  it('filters a first page over 10,000 cases', async () => {
    const orgId = await newOrg(t);
    const o = (await t.services.orgsQuery.facts(orgId))!;
    const now = new Date().toISOString();
    const statuses = ['open', 'in_progress', 'feedback_given', 'verified', 'closed'];
    for (let b = 0; b < 20; b++)
      await t.db
        .insertInto('supervisionCases')
        .values(
          Array.from({ length: 500 }, (_, i) => ({
            orgId,
            orgName: o.name,
            uscc: o.uscc,
            regionCode: i % 3 ? o.regionCode : '500235002',
            authorityRegionCode: o.authorityRegionCode,
            supervisorUnitId: null,
            source: 'spot_check',
            sourceRef: `bulk:${b}:${i}`,
            title: '批量',
            detail: '批量',
            handlerName: 'x',
            status: statuses[i % 5]!,
            openedOn: '2026-03-02',
            alarmed: i % 97 === 0,
            createdByName: 'x',
            createdAt: now,
            updatedAt: now,
          })),
        )
        .execute();
    // Speed is the bench's to prove; here every filtered first page over 10,000 cases holds only its matches,
    // newest first.
    const checks: [string, (i: Page['items'][number]) => boolean][] = [
      ['', () => true],
      ['&status=verified', (i) => i.status === 'verified'],
      ['&alarm=1', (i) => i.alarmed],
      ['&source=spot_check&region=500235001', (i) => i.source === 'spot_check'],
    ];
    for (const [q, matches] of checks) {
      const page: Page = ok(await clerk.get(`/api/supervision-cases?limit=50${q}`)).json();
      expect(page.items.length, q).toBe(50);
      expect(page.items.every(matches), q).toBe(true);
      const ids = page.items.map((i) => i.id);
      expect(ids, q).toEqual([...ids].sort((a, b) => b - a));
    }
  });
});
