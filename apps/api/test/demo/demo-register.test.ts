import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { isValidIdNumber, isWithinRegion, type TOrg } from '@shezu/contracts';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { decryptField } from '../../src/platform/crypto';
import { checkOrgUscc } from '../../src/modules/orgs/org-rules';
import { QUZHOU, YUNYANG, YY_ORG_ACCOUNT, planDemoRegister } from '../../src/demo/demo-register';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { DEMO_ORGS: 'true' } });
});
afterAll(() => t.close());

const TODAY = '2026-03-02';

/** Counts of organizations grouped by the given columns, as "a|b|c" → n. */
async function countBy(
  cols: ('type' | 'status' | 'categoryCode' | 'authorityRegionCode')[],
  where: (q: ReturnType<typeof base>) => ReturnType<typeof base> = (q) => q,
) {
  const rows = await where(base())
    .select(cols)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy(cols)
    .execute();
  return Object.fromEntries(
    rows.map((r) => [cols.map((c) => (r as Record<string, unknown>)[c]).join('|'), Number(r.n)]),
  );
}
const base = () => t.db.selectFrom('organizations');
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe(`demo register reproduces the source documents (${ENGINE})`, () => {
  it('云阳县: 492 registered — 290 社团, 202 民非; 113 行业协会商会, 57 文化类; removed ones kept apart', async () => {
    const yy = (q: ReturnType<typeof base>) => q.where('authorityRegionCode', '=', YUNYANG.code);
    const registered = (q: ReturnType<typeof base>) => yy(q).where('status', '=', 'registered');
    expect(await countBy(['type'], registered)).toEqual({ social_group: 290, service_institution: 202 });
    const cats = await countBy(['categoryCode'], registered);
    expect(cats.industry_association).toBe(113);
    expect(cats.culture).toBe(57);
    expect(sum(cats)).toBe(YUNYANG.registered);
    const status = await countBy(['status'], yy);
    expect(status.deregistered).toBeGreaterThan(0);
    expect(status.revoked).toBeGreaterThan(0);
    expect(status.registered).toBe(492);
    // Domiciles are townships of 云阳.
    const outside = await registered(base())
      .select('regionCode')
      .where('regionCode', 'not like', '500235___')
      .execute();
    expect(outside).toEqual([]);
  });

  it('衢州市: 3424 registered (1273 / 2133 / 18) over the city and its six counties, each by its own bureau', async () => {
    const qz = (q: ReturnType<typeof base>) =>
      q.where('authorityRegionCode', 'like', '3308%').where('status', '=', 'registered');
    expect(await countBy(['type'], qz)).toEqual({ social_group: 1273, service_institution: 2133, foundation: 18 });
    const byAuthority = await countBy(['authorityRegionCode'], qz);
    expect(Object.keys(byAuthority).sort()).toEqual([
      '3308',
      '330802',
      '330803',
      '330822',
      '330824',
      '330825',
      '330881',
    ]);
    expect(sum(byAuthority)).toBe(QUZHOU.registered);
    for (const n of Object.values(byAuthority)) expect(n).toBeGreaterThan(100);
    const rows = await qz(base()).select(['regionCode', 'authorityRegionCode', 'level']).execute();
    for (const r of rows) {
      expect(isWithinRegion(r.regionCode, r.authorityRegionCode)).toBe(true);
      expect(r.level).toBe(r.authorityRegionCode === '3308' ? 'city' : 'county');
    }
    const graded = await qz(base())
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('evaluationGrade', 'in', ['3A', '4A', '5A'])
      .where('gradeValidUntil', '>=', TODAY)
      .executeTakeFirstOrThrow();
    expect(Number(graded.n)).toBe(270);
    const flags = await qz(base())
      .select([
        sql<number>`sum(case when charity_recognized then 1 else 0 end)`.as('charities'),
        sql<number>`sum(case when has_party_org then 1 else 0 end)`.as('party'),
      ])
      .executeTakeFirstOrThrow();
    expect(Number(flags.charities)).toBe(53);
    expect(Number(flags.party)).toBe(151);
  });

  it('gives 衢州市 14.95 organizations per 10,000 residents; the counties sum to the city', async () => {
    const regions = await t.db
      .selectFrom('regions')
      .select(['code', 'population'])
      .where((eb) => eb.or([eb('code', '=', '3308'), eb('parentCode', '=', '3308')]))
      .execute();
    const pop = new Map(regions.map((r) => [r.code, Number(r.population)]));
    const city = pop.get('3308')!;
    expect(city).toBe(2_290_301);
    expect([...pop].filter(([c]) => c !== '3308').reduce((a, [, n]) => a + n, 0)).toBe(city);
    // Half-up to two decimals in integer arithmetic: 3424 × 10,000 × 100 / 2,290,301 = 149,500.0002…
    const hundredths = Math.floor((3424 * 10_000 * 100 * 2 + city) / (2 * city));
    expect(hundredths).toBe(1495);
    const res = await (await t.client().as('qz-clerk')).get('/api/regions/3308');
    expect(res.json().population).toBe(2_290_301);
  });

  it('files 衢州市’s 14,400 community organizations: 18 per urban community, 8 per rural one, as the portal counts them', async () => {
    const res = await t.client().get('/api/public/stats?region=3308');
    expect(res.statusCode).toBe(200);
    const stats = res.json();
    expect(stats.registered.total).toBe(3424);
    expect(stats.registered.per10k).toBe(14.95);
    expect(stats.communityOrgs).toEqual({
      total: 14_400,
      urban: { count: 7200, communities: 400, perCommunity: 18 },
      rural: { count: 7200, communities: 900, perCommunity: 8 },
    });
    // Each filing lies in a township of 衢州市, and names are unique within a township.
    const dupes = await t.db
      .selectFrom('communityOrgs')
      .select(['regionCode', 'name'])
      .groupBy(['regionCode', 'name'])
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(dupes).toEqual([]);
    const outside = await t.db
      .selectFrom('communityOrgs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.or([eb('regionCode', 'not like', '3308%'), eb(eb.fn('length', ['regionCode']), '!=', 9)]))
      .executeTakeFirstOrThrow();
    expect(Number(outside.n)).toBe(0);
  });

  it('has valid, unique credit codes of the right type and bureau, and names unique among active orgs', async () => {
    const rows = await base().select(['uscc', 'type', 'authorityRegionCode', 'name', 'status']).execute();
    expect(rows.length).toBeGreaterThan(492 + 3424);
    const gb = await t.services.orgs.currentGbCodes();
    for (const r of rows) {
      const check = checkOrgUscc(
        r.uscc,
        { type: r.type as 'social_group', authorityRegionCode: r.authorityRegionCode },
        gb,
      );
      expect(check.errors, r.uscc).toEqual([]);
      expect(check.warnings).toEqual([]);
    }
    expect(new Set(rows.map((r) => r.uscc)).size).toBe(rows.length);
    const active = rows.filter((r) => r.status === 'registered').map((r) => `${r.authorityRegionCode}|${r.name}`);
    expect(new Set(active).size).toBe(active.length);
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['云阳县建筑业协会', '云阳县航运协会', '云阳县武术协会', '云阳县美术家协会']),
    );
  });

  it('keeps fields plausible: fictional ID numbers, past founding dates, supervisors only where required', async () => {
    const rows = await base()
      .innerJoin('regions as a', 'a.code', 'authorityRegionCode')
      .leftJoin('units as u', 'u.id', 'supervisorUnitId')
      .select([
        'legalRepIdEnc',
        'foundedOn',
        'categoryCode',
        'u.regionCode as unitRegion',
        'u.kind',
        'authorityRegionCode',
      ])
      .execute();
    const direct = new Set(['industry_association', 'science_tech', 'social_service', 'charity', 'remote_chamber']);
    for (const r of rows) {
      const id = decryptField(t.config.dataKey, r.legalRepIdEnc!);
      expect(isValidIdNumber(id)).toBe(true);
      expect(['996', '997', '998', '999']).toContain(id.slice(14, 17));
      expect(Number(id.slice(6, 10))).toBeGreaterThanOrEqual(1950);
      expect(r.foundedOn <= TODAY && r.foundedOn >= '1996-01-01').toBe(true);
      if (direct.has(r.categoryCode)) expect(r.unitRegion).toBeNull();
      else {
        expect(r.kind).toBe('supervisor');
        expect(r.unitRegion).toBe(r.authorityRegionCode);
      }
    }
  });

  it('records each removal with date, reason, a public timeline event and an announcement', async () => {
    const removed = await base()
      .select(['id', 'status', 'statusDate', 'statusReason', 'foundedOn'])
      .where('status', '!=', 'registered')
      .execute();
    expect(removed.length).toBeGreaterThanOrEqual(40);
    for (const o of removed) {
      expect(o.statusDate! > o.foundedOn).toBe(true);
      expect(o.statusReason).toMatch(/条例》第.+条（.+〔20\d\d〕\d+号）$/);
      const events = await t.db
        .selectFrom('orgEvents')
        .select(['kind', 'occurredOn', 'public'])
        .where('orgId', '=', o.id)
        .execute();
      expect(events).toContainEqual({ kind: o.status, occurredOn: o.statusDate, public: expect.anything() });
      expect(events.filter((e) => e.kind === o.status && e.public)).toHaveLength(1);
      const ann = await t.db
        .selectFrom('announcements')
        .select(['kind', 'publishedOn'])
        .where('orgId', '=', o.id)
        .execute();
      expect(ann).toEqual([{ kind: o.status, publishedOn: o.statusDate }]);
    }
    // Every organization has its public establishment event; the name index covers each of them.
    const noEvent = await base()
      .select('id')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('orgEvents as e')
              .select('e.id')
              .whereRef('e.orgId', '=', 'organizations.id')
              .where('e.kind', '=', 'registered'),
          ),
        ),
      )
      .execute();
    expect(noEvent).toEqual([]);
    const yy = await (await t.client().as('yy-clerk')).get(`/api/orgs?q=${encodeURIComponent('武术协会')}`);
    expect(yy.json().items.map((o: TOrg) => o.name)).toContain('云阳县武术协会');
  });

  it('is the same register on every start (fixed seed)', async () => {
    const towns = await t.db
      .selectFrom('regions')
      .select(['code', 'name', 'fullName', 'parentCode'])
      .where('level', '=', 'township')
      .where((eb) => eb.or([eb('code', 'like', '500235%'), eb('code', 'like', '3308%')]))
      .orderBy('code')
      .execute();
    const plan = planDemoRegister((county) => towns.filter((r) => r.parentCode === county));
    const stored = await base().select(['uscc', 'name']).orderBy('id').execute();
    expect(stored).toEqual(plan.map((o) => ({ uscc: o.uscc, name: o.fields.name })));
  });
});

describe(`the demo organization account (${ENGINE})`, () => {
  it('yy-org reads its own organization and nothing else', async () => {
    const own = await base().select('id').where('name', '=', YY_ORG_ACCOUNT.orgName).executeTakeFirstOrThrow();
    const other = await base().select('id').where('name', '=', '云阳县航运协会').executeTakeFirstOrThrow();
    const c = await t.client().as(YY_ORG_ACCOUNT.username);
    const list = (await c.get('/api/orgs?limit=200')).json();
    expect(list.items.map((o: TOrg) => o.id)).toEqual([own.id]);
    expect((await c.get(`/api/orgs/${own.id}`)).json().name).toBe(YY_ORG_ACCOUNT.orgName);
    expect((await c.get(`/api/orgs/${other.id}`)).statusCode).toBe(404);
    expect((await c.get(`/api/orgs?q=${encodeURIComponent('航运')}`)).json().items).toEqual([]);
    expect((await c.get('/api/orgs/count')).json()).toEqual({ count: 1, capped: false });
    // It decides nothing: corrections are the bureau's.
    const put = await c.put(`/api/orgs/${own.id}`, {
      version: 1,
      basis: '测试',
      address: '重庆市云阳县双江街道某路1号',
    });
    expect(put.statusCode).toBe(403);
  });
});

describe(`demo annual inspection (${ENGINE})`, () => {
  it('opens last year’s inspection for 云阳县 and 衢州市; yy-school’s report goes to the education committee first', async () => {
    const cycles = await t.db
      .selectFrom('annualInspectionCycles')
      .select(['authorityRegionCode', 'year', 'reportCount'])
      .execute();
    expect(cycles.map((c) => [c.authorityRegionCode, c.year]).sort()).toEqual([
      ['3308', 2025],
      ['500235', 2025],
    ]);
    // Every registered 云阳 organization reports, except service institutions founded in the second half of 2025.
    const yy = cycles.find((c) => c.authorityRegionCode === YUNYANG.code)!;
    expect(yy.reportCount).toBeGreaterThan(400);
    const school = await t.client().as('yy-school');
    const mine = (await school.get('/api/annual-reports')).json().items;
    expect(mine).toEqual([
      expect.objectContaining({ year: 2025, supervisorUnitName: '云阳县教育委员会', status: 'not_started' }),
    ]);
    // The rest of the spring has happened: every state is there, and the stored checks are the engine's.
    const states = await t.db
      .selectFrom('annualReports')
      .select('status')
      .distinct()
      .where('authorityRegionCode', '=', YUNYANG.code)
      .execute();
    expect(states.map((s) => s.status).sort()).toEqual(['concluded', 'draft', 'in_review', 'not_started', 'returned']);
    const clerk = await t.client().as('yy-clerk');
    const queue = (await clerk.get('/api/annual-reports?mine=true&limit=5')).json().items;
    expect(queue).toHaveLength(5);
    expect(queue[0].riskScore).toBeGreaterThanOrEqual(queue[4].riskScore);
    const detail = (await clerk.get(`/api/annual-reports/${queue[0].id}`)).json();
    expect(detail.check.errors).toEqual([]);
    expect(detail.check.riskScore).toBe(queue[0].riskScore);
  });

  it('enters credit as the clerks would: other departments’ penalties on both lists, an unreachable org, every score', async () => {
    const clerk = await t.client().as('yy-clerk');
    const abnormal = (await clerk.get('/api/credit-listings?list=abnormal&status=active&limit=50')).json().items;
    const grounds = abnormal.flatMap((l: { grounds: { ground: string }[] }) => l.grounds.map((g) => g.ground));
    expect(grounds).toEqual(expect.arrayContaining(['minor_penalty', 'unreachable']));
    const dishonest = (await clerk.get('/api/credit-listings?list=dishonest&status=active&limit=50')).json().items;
    expect(dishonest.flatMap((l: { grounds: { ground: string }[] }) => l.grounds.map((g) => g.ground)).sort()).toEqual([
      'large_fine',
      'repeated_penalties',
    ]);
    // The public sees the same dishonest entries, and no organization with a demo account is listed.
    const pub = (await t.client().get('/api/public/credit-listings?list=dishonest&region=500235')).json().items;
    const ids = (items: { orgId: number }[]) => items.map((l) => l.orgId).sort((a, b) => a - b);
    expect(ids(pub)).toEqual(ids(dishonest));
    const listed = new Set([...abnormal, ...dishonest].map((l: { orgId: number }) => l.orgId));
    const own = await t.db.selectFrom('users').select('orgId').where('orgId', 'is not', null).execute();
    expect(own.filter((u) => listed.has(u.orgId!))).toEqual([]);
    // Every registered organization has a score; a listed one scores lower than the best.
    const scored = await t.db
      .selectFrom('creditScores')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    const registered = await base()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'registered')
      .executeTakeFirst();
    expect(Number(scored!.n)).toBe(Number(registered!.n));
    const worst = (await clerk.get(`/api/credit-scores/${dishonest[0].orgId}`)).json();
    const best = await t.db
      .selectFrom('creditScores')
      .select((eb) => eb.fn.max('score').as('s'))
      .executeTakeFirst();
    expect(worst.score).toBeLessThan(Number(best!.s));
  });
});
