import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ILLEGAL_ORG_FILE_PURPOSE } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { upload } from '../../files/multipart';
import { samples } from '../../files/samples';
import { chinaNoon } from './warnings-helpers';

let t: TestApp;
let clerk: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(chinaNoon('2026-05-04'));
  clerk = await t.client().as('qz-kc-clerk');
});
afterAll(() => t.close());

const REPORTER = { reporterName: '王举报', reporterPhone: '13912345678' };
const report = (c: TestClient, over: Record<string, unknown> = {}) =>
  c.post('/api/illegal-orgs', {
    name: '衢州国学文化研究总会',
    regionCode: '330802005',
    source: 'public',
    ...REPORTER,
    reportedOn: '2026-04-28',
    activities: '以协会名义收取会费、颁发证书',
    places: '柯城区府山街道某写字楼',
    ...over,
  });

describe(`illegal organizations: report → finding → ban → public warning (${ENGINE})`, () => {
  it('walks the procedure; the ban issues a numbered 取缔决定书; the public list shows no personal data', async () => {
    const evidence = (await upload(clerk, ILLEGAL_ORG_FILE_PURPOSE, '宣传单.pdf', samples.pdf)).json();
    const created = await report(clerk, { evidence: [evidence.id] });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      status: 'reported',
      evidence: [evidence.id],
      authorityRegionCode: '330802',
    });

    // Neither a ban nor a publication before a finding.
    const early = await clerk.post(`/api/illegal-orgs/${id}/ban`, {
      decision: '依法予以取缔，收缴其印章和资料。',
      publicSummary: '未经登记以社会组织名义开展活动',
    });
    expect(early.statusCode).toBe(409);

    const noted = await clerk.post(`/api/illegal-orgs/${id}/notes`, {
      text: '现场检查：该组织未在民政部门登记，正在招募会员',
      notedOn: '2026-05-02',
    });
    expect(noted.statusCode, noted.body).toBe(200);
    expect(noted.json().status).toBe('investigating');
    expect(noted.json().notes).toHaveLength(1);

    const found = await clerk.post(`/api/illegal-orgs/${id}/finding`, {
      illegal: true,
      finding: '未经登记，擅自以社会团体名义进行活动，属于非法社会组织',
      foundOn: '2026-05-03',
    });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().status).toBe('confirmed');

    const banned = await clerk.post(`/api/illegal-orgs/${id}/ban`, {
      decision: '依据《社会团体登记管理条例》第三十五条，决定予以取缔，收缴其印章、资料。',
      publicSummary: '未经登记擅自以社会团体名义收取会费、颁发证书',
      version: found.json().version,
    });
    expect(banned.statusCode, banned.body).toBe(200);
    const b = banned.json();
    expect(b).toMatchObject({ status: 'banned', bannedOn: '2026-05-04', published: true });
    expect(b.banDocumentNumber).toMatch(/取缔〔2026〕1号$/);
    const doc = await t.db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', b.banDocumentId)
      .executeTakeFirstOrThrow();
    expect(doc).toMatchObject({ kind: 'ban_decision', linkedType: 'illegal_org', linkedId: String(id) });

    const pub = await t.client().get('/api/public/illegal-org-warnings');
    expect(pub.statusCode).toBe(200);
    expect(pub.json().items).toEqual([
      {
        id,
        name: '衢州国学文化研究总会',
        regionCode: '330802005',
        regionName: expect.any(String),
        summary: '未经登记擅自以社会团体名义收取会费、颁发证书',
        bannedOn: '2026-05-04',
        authorityName: expect.stringContaining('柯城区'),
        documentNumber: b.banDocumentNumber,
      },
    ]);
    for (const s of [REPORTER.reporterName, REPORTER.reporterPhone, '现场检查', '写字楼'])
      expect(pub.body.includes(s), s).toBe(false);
  });

  it('a dismissed report is never published; unpublished bans stay off the list; the list pages by keyset', async () => {
    const dismissed = (await report(clerk, { name: '柯城区某读书会' })).json();
    const d = await clerk.post(`/api/illegal-orgs/${dismissed.id}/finding`, {
      illegal: false,
      finding: '系内部读书活动，不属于非法社会组织',
      foundOn: '2026-05-04',
    });
    expect(d.json().status).toBe('dismissed');
    expect(
      (
        await clerk.post(`/api/illegal-orgs/${dismissed.id}/ban`, {
          decision: '依法予以取缔，收缴其印章。',
          publicSummary: '不应出现',
        })
      ).statusCode,
    ).toBe(409);

    const ban = async (name: string, publish: boolean) => {
      const r = (await report(clerk, { name })).json();
      await clerk.post(`/api/illegal-orgs/${r.id}/finding`, {
        illegal: true,
        finding: '属于非法社会组织',
        foundOn: '2026-05-04',
      });
      const res = await clerk.post(`/api/illegal-orgs/${r.id}/ban`, {
        decision: '依法予以取缔，收缴其印章和资料。',
        publicSummary: `${name}：未经登记开展活动`,
        publish,
      });
      expect(res.statusCode, res.body).toBe(200);
      return r.id as number;
    };
    const hidden = await ban('柯城区未公开取缔组织', false);
    const shown = [await ban('柯城区非法组织甲', true), await ban('柯城区非法组织乙', true)];
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: number }[]; nextCursor: string | null } = (
        await t
          .client()
          .get(`/api/public/illegal-org-warnings?region=330802&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).not.toContain(hidden);
    expect(seen).not.toContain(dismissed.id);
    expect(seen.slice(0, 2)).toEqual([...shown].reverse());
    expect((await t.client().get('/api/public/illegal-org-warnings?region=500235')).json().items).toEqual([]);
  });

  it('scope: a neighbouring county neither reads nor decides; the city reads; reports stay within the own region', async () => {
    const r = (await report(clerk, { name: '柯城区范围测试组织' })).json();
    const neighbour = await t.client().as('qz-qj-clerk');
    expect((await neighbour.get(`/api/illegal-orgs/${r.id}`)).statusCode).toBe(404);
    expect(
      (await neighbour.post(`/api/illegal-orgs/${r.id}/notes`, { text: '越权调查', notedOn: '2026-05-04' })).statusCode,
    ).toBe(404);
    expect(
      (await neighbour.get('/api/illegal-orgs?limit=200')).json().items.map((x: { id: number }) => x.id),
    ).not.toContain(r.id);
    const outside = await report(neighbour, { regionCode: '330802005' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().fields.regionCode).toBeTruthy();
    const city = await t.client().as('qz-clerk');
    expect((await city.get(`/api/illegal-orgs/${r.id}`)).json().reporterName).toBe(REPORTER.reporterName);
    expect(
      (await city.post(`/api/illegal-orgs/${r.id}/notes`, { text: '越级调查', notedOn: '2026-05-04' })).statusCode,
    ).toBe(403);
    expect(
      (
        await t
          .client()
          .as('yy-org')
          .then((c) => c.get('/api/illegal-orgs'))
      ).statusCode,
    ).toBe(403);
  });
});
