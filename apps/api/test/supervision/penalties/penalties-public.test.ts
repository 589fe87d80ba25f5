import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { chinaNoon, decided, newOrg, notice, reviewerOf, step } from './penalties-helpers';

let t: TestApp;
let reviewerName: string;
const PHONE = '13900001234';
const ID_NO = '500235198001011234';

async function at(date: string): Promise<{ clerk: TestClient; reviewer: TestClient }> {
  t.clock.set(chinaNoon(date));
  return { clerk: await t.client().as('yy-clerk'), reviewer: await t.client().as(reviewerName) };
}
beforeAll(async () => {
  t = await startTestApp();
  reviewerName = await reviewerOf(t);
});
afterAll(() => t.close());

const publicIds = async () =>
  (await t.client().get('/api/public/penalties?limit=200')).json().items.map((p: { id: number }) => p.id);

describe(`双公示 within 7 working days (${ENGINE})`, () => {
  it('shows a decision from its 7th working day, or earlier when published by hand; never facts naming people', async () => {
    const { clerk, reviewer } = await at('2026-06-01'); // Monday
    const facts = { facts: `经查，负责人张三（电话${PHONE}，身份证${ID_NO}）擅自设立分支机构。` };
    const a = await decided(t, clerk, reviewer, await newOrg(t), ['fine'], { fineFen: 200_000, ...facts });
    const b = await decided(t, clerk, reviewer, await newOrg(t), ['warning'], facts);
    expect(a).toMatchObject({ decidedOn: '2026-06-01', publishBy: '2026-06-10', publishedOn: null });
    expect(await publicIds()).not.toContain(a.id);

    const published = await step(clerk, b.id, 'publish', {});
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publishedOn).toBe('2026-06-01');
    expect((await step(clerk, b.id, 'publish', {})).statusCode).toBe(409);
    expect(await publicIds()).toContain(b.id);

    await at('2026-06-09');
    expect(await publicIds()).not.toContain(a.id);
    await at('2026-06-10');
    const ids = await publicIds();
    expect(ids).toContain(a.id);
    const body = (await t.client().get('/api/public/penalties?limit=200')).body;
    expect(body).not.toContain(PHONE);
    expect(body).not.toContain(ID_NO);
    expect(body).not.toContain('张三');
    const item = (await t.client().get('/api/public/penalties?limit=200'))
      .json()
      .items.find((p: { id: number }) => p.id === a.id);
    expect(item).toMatchObject({
      decisionNumber: a.decisionNumber,
      kinds: ['fine'],
      fineFen: 200_000,
      decidedOn: '2026-06-01',
      authorityName: '云阳县民政局',
      basis: notice([]).basis,
    });

    const later = (await at('2026-06-11')).clerk;
    const overdue = (await later.get('/api/penalties?publicationOverdue=true'))
      .json()
      .items.map((p: { id: number }) => p.id);
    expect(overdue).toContain(a.id);
    expect(overdue).not.toContain(b.id);
  });

  it('pages by keyset and searches by name', async () => {
    const page1 = (await t.client().get('/api/public/penalties?limit=1')).json();
    expect(page1.items).toHaveLength(1);
    const page2 = (await t.client().get(`/api/public/penalties?limit=1&cursor=${page1.nextCursor}`)).json();
    expect(page2.items).toHaveLength(1);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
    const name = page1.items[0].orgName as string;
    const found = (await t.client().get(`/api/public/penalties?q=${encodeURIComponent(name)}`)).json().items;
    expect(found.map((p: { id: number }) => p.id)).toContain(page1.items[0].id);
    expect((await t.client().get('/api/public/penalties?cursor=garbage')).statusCode).toBe(400);
  });
});
