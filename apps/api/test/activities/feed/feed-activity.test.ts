import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app';
import { ENGINE } from '../../support/database';
import { insertActivity, insertPhoto, newOrg, visitor } from './feed-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: false, env: { PUBLIC_BASE_URL: 'https://shezu.example.gov.cn' } });
  t.clock.set('2026-04-02T02:00:00.000Z');
});
afterAll(() => t.close());

const counts = async (id: number) =>
  t.db
    .selectFrom('activities')
    .select(['viewCount', 'shareCount', 'likeCount'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
    .then((r) => ({ views: Number(r.viewCount), shares: Number(r.shareCount), likes: Number(r.likeCount) }));

describe(`a public activity page (${ENGINE})`, () => {
  it('shows the text, attendance and publishable photos only; never attendee names or minors', async () => {
    const id = await insertActivity(t, { attendees: ['赵敏', '钱多多'] });
    const adults = await insertPhoto(t, id, { position: 1 });
    const minors = await insertPhoto(t, id, { position: 2, showsMinors: true, cover: true });
    const res = await visitor(t).get(`/api/public/activities/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({
      id,
      description: '为社区老人义诊、理发。',
      summary: '服务老人120人次。',
      attendance: 30,
    });
    expect(a.photos.map((p: { id: number }) => p.id)).toEqual([adults]);
    // The cover was flagged as showing minors after the fact: the card falls back to a publishable photo.
    expect(a.coverThumbUrl).toBe(`/api/public/activities/${id}/photos/${adults}?size=thumb`);
    expect(res.body).not.toContain('赵敏');
    expect(res.body).not.toContain('attendees');
    expect(res.body).not.toContain('showsMinors');
    const c = visitor(t);
    expect((await c.get(`/api/public/activities/${id}/photos/${minors}?size=full`)).statusCode).toBe(404);
    expect((await c.get(`/api/public/activities/${id}/photos/${minors}?size=thumb`)).statusCode).toBe(404);
  });

  it('answers 404 for activities that are not published', async () => {
    const c = visitor(t);
    for (const status of ['awaiting_review', 'finished', 'unpublished', 'returned']) {
      const id = await insertActivity(t, {
        status,
        publishedAt: status === 'unpublished' ? '2026-03-01T00:00:00.000Z' : null,
      });
      const photo = await insertPhoto(t, id);
      expect((await c.get(`/api/public/activities/${id}`)).statusCode).toBe(404);
      expect((await c.get(`/api/public/activities/${id}/photos/${photo}?size=thumb`)).statusCode).toBe(404);
      expect((await c.post(`/api/public/activities/${id}/likes`)).statusCode).toBe(404);
      expect((await c.post(`/api/public/activities/${id}/shares`)).statusCode).toBe(404);
      expect((await c.get(`/api/public/activities/${id}/qr.png`)).statusCode).toBe(404);
      expect(await counts(id)).toEqual({ views: 0, shares: 0, likes: 0 });
      expect(
        await t.db.selectFrom('activityLikes').select('activityId').where('activityId', '=', id).execute(),
      ).toEqual([]);
    }
    expect((await c.get('/api/public/activities/99999999')).statusCode).toBe(404);
  });

  it('streams a publishable photo and its thumbnail with cache headers', async () => {
    const id = await insertActivity(t);
    const photo = await insertPhoto(t, id, { cover: true });
    const c = visitor(t);
    for (const size of ['thumb', 'full']) {
      const res = await c.get(`/api/public/activities/${id}/photos/${photo}?size=${size}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['cache-control']).toContain('public');
      expect(res.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    }
    // A photo of another activity is not reachable through this one.
    const other = await insertActivity(t);
    expect((await c.get(`/api/public/activities/${other}/photos/${photo}`)).statusCode).toBe(404);
    const card = (await c.get('/api/public/activities?limit=50')).json().items.find((x: { id: number }) => x.id === id);
    expect(card.coverThumbUrl).toBe(`/api/public/activities/${id}/photos/${photo}?size=thumb`);
  });

  it('counts a view once per visitor within half an hour, and every share', async () => {
    const id = await insertActivity(t);
    const a = visitor(t);
    expect((await a.get(`/api/public/activities/${id}`)).json().viewCount).toBe(1);
    expect((await a.get(`/api/public/activities/${id}`)).json().viewCount).toBe(1);
    await visitor(t).get(`/api/public/activities/${id}`);
    expect((await counts(id)).views).toBe(2);
    t.clock.advance(31 * 60 * 1000);
    await a.get(`/api/public/activities/${id}`);
    expect((await counts(id)).views).toBe(3);
    expect((await a.post(`/api/public/activities/${id}/shares`)).statusCode).toBe(204);
    expect((await a.post(`/api/public/activities/${id}/shares`)).statusCode).toBe(204);
    expect((await counts(id)).shares).toBe(2);
  });

  it('takes one like per visitor: a second like is not counted, another visitor is', async () => {
    const id = await insertActivity(t);
    const a = visitor(t);
    const first = await a.post(`/api/public/activities/${id}/likes`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ liked: true, likeCount: 1, counted: true });
    const cookie = first.cookies.find((x) => x.name === 'shezu_visitor')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/public/activities' });
    expect(await a.post(`/api/public/activities/${id}/likes`).then((r) => r.json())).toEqual({
      liked: true,
      likeCount: 1,
      counted: false,
    });
    expect((await a.get(`/api/public/activities/${id}`)).json()).toMatchObject({ liked: true, likeCount: 1 });
    const b = visitor(t);
    expect((await b.get(`/api/public/activities/${id}`)).json().liked).toBe(false);
    expect((await b.post(`/api/public/activities/${id}/likes`)).json()).toEqual({
      liked: true,
      likeCount: 2,
      counted: true,
    });
    // Only a keyed hash of the token is stored.
    const stored = await t.db.selectFrom('activityLikes').select('visitorHash').where('activityId', '=', id).execute();
    expect(stored).toHaveLength(2);
    expect(stored.map((s) => s.visitorHash)).not.toContain(cookie.value);
    const unlike = await b.request('DELETE', `/api/public/activities/${id}/likes`);
    expect(unlike.json()).toEqual({ liked: false, likeCount: 1, counted: true });
    expect((await counts(id)).likes).toBe(1);
  });

  it('keeps the like count equal to the stored likes when visitors like and unlike at once', async () => {
    const id = await insertActivity(t);
    const visitors = Array.from({ length: 16 }, () => visitor(t));
    const first = await Promise.all(visitors.map((v) => v.post(`/api/public/activities/${id}/likes`)));
    expect(first.map((r) => r.json().counted)).toEqual(visitors.map(() => true));
    // Again at once, while a quarter take theirs back: repeats are not counted, unlikes are.
    const again = await Promise.all([
      ...visitors.map((v) => v.post(`/api/public/activities/${id}/likes`)),
      ...visitors.slice(0, 4).map((v) => v.request('DELETE', `/api/public/activities/${id}/likes`)),
    ]);
    expect(again.slice(16).map((r) => r.json().counted)).toEqual([true, true, true, true]);
    const rows = await t.db.selectFrom('activityLikes').select('visitorHash').where('activityId', '=', id).execute();
    expect((await counts(id)).likes).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(12);
  });

  it('limits likes per address with a 429 JSON answer', async () => {
    const id = await insertActivity(t);
    const c = visitor(t);
    for (let i = 0; i < 30; i++) expect((await c.post(`/api/public/activities/${id}/likes`)).statusCode).toBe(200);
    const limited = await c.post(`/api/public/activities/${id}/likes`);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    expect((await visitor(t).post(`/api/public/activities/${id}/likes`)).statusCode).toBe(200);
  });

  it("sums an organization's published activities and what the public did with them", async () => {
    const org = await newOrg(t);
    const a = await insertActivity(t, { orgId: org.id, uscc: org.uscc });
    await insertActivity(t, { orgId: org.id, uscc: org.uscc });
    await insertActivity(t, { orgId: org.id, uscc: org.uscc, status: 'awaiting_review' });
    await visitor(t).post(`/api/public/activities/${a}/likes`);
    await visitor(t).post(`/api/public/activities/${a}/shares`);
    const res = await visitor(t).get(`/api/public/orgs/${org.uscc}/activity-totals`);
    expect(res.json()).toEqual({ published: 2, views: 0, shares: 1, likes: 1 });
  });
});

describe(`sharing: QR code and the page head (${ENGINE})`, () => {
  it('answers a PNG QR code of the page', async () => {
    const id = await insertActivity(t);
    const res = await visitor(t).get(`/api/public/activities/${id}/qr.png`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });

  it('renders title, description and the cover into the page head, escaped', async () => {
    const id = await insertActivity(t, {
      title: `敬老<script>alert("x")</script>&'$&活动`,
      summary: '义诊 "120" 人次 <b>',
    });
    const photo = await insertPhoto(t, id, { cover: true });
    const res = await t.app.inject({
      method: 'GET',
      url: `/portal/activities/${id}`,
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const head = res.body.slice(0, res.body.indexOf('</head>'));
    const title = '敬老&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;$&amp;活动';
    expect(head).toContain(`<title>${title} - `);
    expect(head).toContain(`<meta property="og:title" content="${title} - `);
    expect(head).toContain('义诊 &quot;120&quot; 人次 &lt;b&gt;');
    expect(head).toMatch(/<meta name="description" content="[^"]*义诊/);
    expect(head).toContain(`<meta property="og:url" content="https://shezu.example.gov.cn/portal/activities/${id}" />`);
    expect(head).toContain(
      `<meta property="og:image" content="https://shezu.example.gov.cn/api/public/activities/${id}/photos/${photo}?size=full" />`,
    );
    expect(res.body).not.toContain('<script>alert');
    const hidden = await insertActivity(t, { status: 'awaiting_review', title: '未公开的活动' });
    const missing = await t.app.inject({
      method: 'GET',
      url: `/portal/activities/${hidden}`,
      headers: { accept: 'text/html' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain('未公开的活动');
  });
});
