import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAnnouncement, TPublicOrg } from '@shezu/contracts';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import { OrgsRepository } from '../../src/modules/orgs/orgs.repository';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { orgFields, seedOrgs, usccFor } from '../support/orgs';
import { PII, expectNoPersonalData, insertCommunityOrgs } from './helpers';

let t: TestApp;
let pub: TestClient;
let yy: number[];
let revokedUscc: string;
let changedUscc: string;
let registeredUscc: string;
let registeredId: number;
let communityIds: number[];

const q = (s: string) => encodeURIComponent(s);
const actor = { ...SYSTEM_ACTOR, name: '测试' };

/** 12 orgs in 云阳 (4 charities), 5 in 柯城区; one revoked, one changed, one registered through the workflow path. */
beforeAll(async () => {
  t = await startTestApp();
  pub = t.client();
  const list = [];
  for (let i = 0; i < 12; i++) {
    const charity = i % 3 === 0;
    list.push({
      fields: orgFields({
        name: charity ? `云阳县第${i}慈善协会` : `云阳县第${i}文化促进会`,
        type: i % 4 === 3 ? 'foundation' : 'social_group',
        regionCode: i < 6 ? '500235001' : '500235002',
        categoryCode: charity ? 'charity' : 'culture',
        legalRepIdNumber: PII.legalRepId,
        legalRepPhone: PII.legalRepPhone,
        contactPhone: PII.contactPhone,
      }),
    });
  }
  yy = await seedOrgs(t, list);
  await seedOrgs(
    t,
    [0, 1, 2, 3, 4].map((i) => ({
      authority: '330802',
      fields: orgFields({ name: `柯城区第${i}慈善协会`, regionCode: '330802005', contactPhone: PII.contactPhone }),
    })),
  );
  const repo = new OrgsRepository(t.db);
  t.clock.set('2026-03-02T02:00:00.000Z');
  const registered = await t.db.transaction().execute((trx) =>
    t.services.orgs.register(
      trx,
      {
        fields: orgFields({ name: '云阳县新成立慈善服务中心', legalRepIdNumber: PII.legalRepId }),
        uscc: usccFor('social_group', '500235'),
        authorityRegionCode: '500235',
      },
      { actor, applicationId: null, basis: '准予成立登记' },
    ),
  );
  registeredUscc = registered.uscc;
  registeredId = registered.id;
  t.clock.set('2026-03-05T02:00:00.000Z');
  const changed = (await repo.findById(yy[1]!))!;
  changedUscc = changed.uscc;
  await t.db.transaction().execute((trx) =>
    t.services.orgs.applyFields(
      trx,
      changed,
      changed.version,
      {
        name: '云阳县第1文化发展促进会',
        contactPhone: PII.changedContactPhone,
        legalRepPhone: PII.changedLegalRepPhone,
      },
      { actor, basis: '准予变更登记', kind: 'changed', applicationId: null },
    ),
  );
  const corrected = (await repo.findById(yy[1]!))!;
  await t.db
    .transaction()
    .execute((trx) =>
      t.services.orgs.applyFields(
        trx,
        corrected,
        corrected.version,
        { address: '重庆市云阳县双江街道更正路9号' },
        { actor, basis: '录入错误更正', kind: 'corrected' },
      ),
    );
  const revoked = await t.services.orgs.lifecycle.revoke(null, yy[0]!, {
    actor,
    basis: '《社会团体登记管理条例》第三十条',
    decisionRef: '云民罚〔2026〕1号',
    date: '2026-02-10',
  });
  revokedUscc = revoked.uscc;
  communityIds = await insertCommunityOrgs(t.db, [
    { regionCode: '330802005', communityName: '新新社区', areaKind: 'urban' },
    { regionCode: '330802006', communityName: '府山村', areaKind: 'rural', status: 'cancelled' },
  ]);
});
afterAll(() => t.close());

async function all(query: string, limit = 3): Promise<TPublicOrg[]> {
  const out: TPublicOrg[] = [];
  let cursor: string | null = null;
  do {
    const res = await pub.get(`/api/public/orgs?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode).toBe(200);
    const page: { items: TPublicOrg[]; nextCursor: string | null } = res.json();
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
const names = (list: { name: string }[]) => list.map((o) => o.name).sort();

describe(`public search (${ENGINE})`, () => {
  it('finds 2- and 4-character parts of names across the country, page by page without repeats', async () => {
    const two = await all(`q=${q('慈善')}`);
    expect(two).toHaveLength(4 + 5 + 1);
    expect(new Set(two.map((o) => o.uscc)).size).toBe(10);
    expect(names(await all(`q=${q('慈善协会')}`))).toHaveLength(9);
    expect(names(await all(`q=${q('第7文化')}`))).toEqual(['云阳县第7文化促进会']);
    expect(await all(`q=${q('促进会慈善')}`)).toEqual([]);
    const short = await pub.get(`/api/public/orgs?q=${q('慈')}`);
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.q).toBe('请输入至少2个字');
  });

  it('filters by region subtree, type, status and category, and finds by credit code', async () => {
    expect((await all(`q=${q('慈善')}&region=330802`)).every((o) => o.regionCode.startsWith('330802'))).toBe(true);
    expect(await all(`q=${q('慈善')}&region=330802`)).toHaveLength(5);
    expect(await all(`q=${q('慈善')}&region=500235002`)).toHaveLength(2);
    const foundations = await all('type=foundation&region=500235');
    expect(names(foundations)).toEqual(['云阳县第11文化促进会', '云阳县第3慈善协会', '云阳县第7文化促进会']);
    expect((await all(`status=revoked`)).map((o) => o.uscc)).toEqual([revokedUscc]);
    expect(await all(`categoryCode=culture&region=500235`)).toHaveLength(8);
    const byCode = (await pub.get(`/api/public/orgs?q=${registeredUscc.toLowerCase()}`)).json();
    expect(byCode.items.map((o: TPublicOrg) => o.name)).toEqual(['云阳县新成立慈善服务中心']);
    expect((await pub.get(`/api/public/orgs?q=${registeredUscc}&region=33`)).json().items).toEqual([]);
  });

  it('walks the whole register with cursors, and refuses a forged cursor', async () => {
    const everything = await all('', 4);
    expect(everything).toHaveLength(18);
    expect(new Set(everything.map((o) => o.uscc)).size).toBe(18);
    const bad = await pub.get('/api/public/orgs?cursor=bm90LWEtY3Vyc29y');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.cursor).toBeTruthy();
  });

  it('keeps removed organizations visible with status, date and reason', async () => {
    const [hit] = (await pub.get(`/api/public/orgs?q=${q('云阳县第0慈善')}`)).json().items as TPublicOrg[];
    expect(hit).toMatchObject({
      uscc: revokedUscc,
      status: 'revoked',
      statusName: '已撤销登记',
      statusDate: '2026-02-10',
      statusReason: '《社会团体登记管理条例》第三十条（云民罚〔2026〕1号）',
      legalRepName: '张三',
      authorityName: '云阳县民政局',
      regionName: '重庆市云阳县双江街道',
      typeName: '社会团体',
      categoryName: '慈善类',
    });
  });
});

describe(`public org page (${ENGINE})`, () => {
  it('shows public fields and the public timeline only, with public changes only', async () => {
    const res = await pub.get(`/api/public/orgs/${changedUscc}`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.name).toBe('云阳县第1文化发展促进会');
    expect(page.timeline.map((e: { kind: string }) => e.kind)).toEqual(['changed', 'registered']);
    const change = page.timeline[0];
    expect(change).toMatchObject({ summary: '变更登记', basis: '准予变更登记', occurredOn: '2026-03-05' });
    expect(change.changes).toEqual([
      { field: 'name', before: '云阳县第1文化促进会', after: '云阳县第1文化发展促进会' },
    ]);
    expect(change.actorName).toBeUndefined();
    expect(page.sections).toEqual([]);
  });

  it('answers 404 for an unknown code, and lower case finds the record', async () => {
    const missing = await pub.get(`/api/public/orgs/${usccFor('social_group', '500235')}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
    expect((await pub.get(`/api/public/orgs/${revokedUscc.toLowerCase()}`)).json().status).toBe('revoked');
  });

  it('shows what later modules add through section providers', async () => {
    t.services.portal.addSection({
      key: 'probe',
      title: '抽查结果',
      load: async (org) => (org.uscc === revokedUscc ? { checks: 1, region: org.regionCode } : null),
    });
    expect((await pub.get(`/api/public/orgs/${revokedUscc}`)).json().sections).toEqual([
      { key: 'probe', title: '抽查结果', data: { checks: 1, region: '500235001' } },
    ]);
    expect((await pub.get(`/api/public/orgs/${changedUscc}`)).json().sections).toEqual([]);
    expect(() => t.services.portal.addSection({ key: 'probe', title: 'x', load: async () => null })).toThrow();
  });

  it('shows a filed community organization by id, public fields only', async () => {
    const res = await pub.get(`/api/public/community-orgs/${communityIds[0]}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: communityIds[0],
      name: expect.stringContaining('新新社区'),
      townshipCode: '330802005',
      townshipName: '浙江省衢州市柯城区新新街道',
      communityName: '新新社区',
      areaKind: 'urban',
      activityArea: '新新社区及周边',
      categoryCode: 'life_service',
      categoryName: '生活服务类',
      filedOn: '2025-05-20',
      status: 'filed',
      cancelledOn: null,
    });
    expect((await pub.get(`/api/public/community-orgs/${communityIds[1]}`)).json().status).toBe('cancelled');
    expect((await pub.get('/api/public/community-orgs/999999')).statusCode).toBe(404);
    expect((await pub.get('/api/public/community-orgs/abc')).statusCode).toBe(400);
  });
});

describe(`announcements (${ENGINE})`, () => {
  const list = async (query: string, limit = 2) => {
    const out: TAnnouncement[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: TAnnouncement[]; nextCursor: string | null } = (
        await pub.get(`/api/public/announcements?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      out.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  };

  it('lists establishment, change and removal announcements newest first, with filters and paging', async () => {
    const every = await list('', 1);
    expect(every.map((a) => [a.kind, a.publishedOn])).toEqual([
      ['changed', '2026-03-05'],
      ['registered', '2026-03-02'],
      ['revoked', '2026-02-10'],
    ]);
    expect(every[2]!.title).toBe('云阳县民政局撤销登记公告');
    expect((await list('kind=registered')).map((a) => a.orgName)).toEqual(['云阳县新成立慈善服务中心']);
    expect(await list('region=33')).toEqual([]);
    expect(await list('region=500235001')).toHaveLength(3);
    const one = await pub.get(`/api/public/announcements/${every[0]!.id}`);
    expect(one.json()).toEqual(every[0]);
    expect((await pub.get('/api/public/announcements/999999')).statusCode).toBe(404);
    expect((await pub.get('/api/public/announcements?kind=imported')).statusCode).toBe(400);
  });
});

describe(`no personal data through public endpoints (${ENGINE})`, () => {
  it('answers every public GET route on records that carry personal data without any of it', async () => {
    const announcement = (await pub.get('/api/public/announcements')).json().items[0].id;
    // A listing whose staff-written facts name a phone: the public sees its ground, not the text.
    const clerk = await t.client().as('yy-clerk');
    const listed = await clerk.post('/api/credit-listings', {
      orgId: registeredId,
      list: 'abnormal',
      ground: 'no_party_org',
      occurredOn: '2026-03-05',
      detail: `未按规定设立党组织，负责人电话${PII.legalRepPhone}，身份证${PII.legalRepId}`,
    });
    expect(listed.statusCode).toBe(201);
    expect((await pub.get(`/api/public/orgs/${registeredUscc}/credit`)).json().listings).toHaveLength(1);
    const urls: Record<string, string[]> = {
      '/api/public/credit-listings': ['/api/public/credit-listings?limit=100'],
      '/api/public/orgs/:uscc/credit': [`/api/public/orgs/${registeredUscc}/credit`],
      '/api/public/orgs': ['/api/public/orgs?limit=100', `/api/public/orgs?q=${q('慈善')}&limit=100`],
      '/api/public/orgs/:uscc': [changedUscc, revokedUscc, registeredUscc].map((u) => `/api/public/orgs/${u}`),
      // Reports carry contact people and phones: test/annual/annual-flow.test.ts checks none is published.
      '/api/public/orgs/:uscc/annual-inspections': [`/api/public/orgs/${registeredUscc}/annual-inspections`],
      '/api/public/annual-inspections': ['/api/public/annual-inspections?year=2025'],
      '/api/public/community-orgs/:id': communityIds.map((id) => `/api/public/community-orgs/${id}`),
      '/api/public/announcements': ['/api/public/announcements?limit=100'],
      '/api/public/announcements/:id': [`/api/public/announcements/${announcement}`],
      '/api/public/stats': ['/api/public/stats?region=500235', '/api/public/stats?region=3308'],
      '/api/public/open-data': ['/api/public/open-data'],
      '/api/public/open-data/:name': ['/api/public/open-data/orgs.csv'],
      '/api/public/uscc/:code': [`/api/public/uscc/${changedUscc}`],
      '/api/public/documents/:code': ['/api/public/documents/ABCDEFGH'],
      // Reporters and investigation notes never reach it: test/supervision/watch/illegal-orgs.test.ts.
      '/api/public/illegal-org-warnings': ['/api/public/illegal-org-warnings?limit=100'],
      // Facts and statements (which may name people) never reach it: test/supervision/penalties/penalties-public.test.ts.
      '/api/public/penalties': ['/api/public/penalties?limit=100'],
      // Inspectors and findings never reach it: test/supervision/spot-checks/checks-api.test.ts.
      '/api/public/spot-check-results': ['/api/public/spot-check-results?limit=100'],
      // A complainant's contact never reaches the lookup: test/supervision/complaints/complaints-public.test.ts.
      '/api/public/complaints/:trackingNo': [],
      // Attendee names and photos showing minors never reach the feed: test/activities/feed/feed-activity.test.ts.
      '/api/public/activities': ['/api/public/activities?limit=100'],
      '/api/public/activities/:id': [],
      '/api/public/activities/:id/photos/:photoId': [],
      '/api/public/activities/:id/qr.png': [],
      '/api/public/orgs/:uscc/activity-totals': [`/api/public/orgs/${registeredUscc}/activity-totals`],
      '/api/public/sign-ups': [],
      '/api/public/sms-codes': [],
    };
    const publicGets = t.routes
      .filter((r) => r.method === 'GET' && r.url.startsWith('/api/public/') && r.config?.access)
      .map((r) => r.url);
    expect(publicGets.filter((u) => !(u in urls))).toEqual([]);
    for (const url of Object.values(urls).flat()) {
      const res = await pub.get(url);
      expect(res.statusCode, url).toBeLessThan(500);
      expectNoPersonalData(res.body, url);
    }
    for (const page of [`/org/${changedUscc}`, `/community-org/${communityIds[0]}`]) {
      expectNoPersonalData((await pub.get(page)).body, page);
    }
  });
});

describe(`rate limits (${ENGINE})`, () => {
  it('answers 429 in the error shape when one address walks the register too fast', async () => {
    const scraper = t.client();
    scraper.remoteAddress = '10.20.30.40';
    let res = await scraper.get('/api/public/orgs?limit=1');
    for (let i = 0; i < 120 && res.statusCode === 200; i++) res = await scraper.get(`/api/public/orgs?limit=1`);
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('请求过于频繁') });
    expect(typeof res.json().requestId).toBe('string');
    expect((await pub.get('/api/public/orgs?limit=1')).statusCode).toBe(200);
  });
});
