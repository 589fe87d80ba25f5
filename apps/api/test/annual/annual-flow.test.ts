import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { insertUser, unitIdByName } from '../support/fixtures';
import { orgFields, seedOrgs } from '../support/orgs';
import { cleanValues, fill, orgWithAccount, reportOf } from './helpers';

let t: TestApp;
let clerk: TestClient;
let supervisor: TestClient;
let party: TestClient;
let edu: number;
let org: { orgId: number; account: TestClient };
let foundation: { orgId: number; account: TestClient; username: string };
let lateStarter: number | undefined;
let halfYear: number | undefined;
beforeAll(async () => {
  t = await startTestApp();
  edu = await unitIdByName(t.db, '云阳县教育委员会');
  org = await orgWithAccount(t, { categoryCode: 'education', supervisorUnitId: edu });
  foundation = await orgWithAccount(t, {
    type: 'foundation',
    name: '云阳县测试教育基金会',
    registeredFundsFen: 200_000_000,
  });
  [lateStarter, halfYear] = await seedOrgs(t, [
    { fields: orgFields({ type: 'service_institution', foundedOn: '2025-07-01' }) },
    { fields: orgFields({ type: 'service_institution', foundedOn: '2025-06-30' }) },
  ]);
  clerk = await t.client().as('yy-clerk');
  supervisor = await t.client().as('yy-supervisor');
  party = await t.client().as('yy-party');
});
afterAll(() => t.close());

const post = (c: TestClient, r: { id: number }, action: string, body: object) =>
  c.post(`/api/annual-reports/${r.id}/${action}`, body);
async function ok(res: Promise<{ statusCode: number; body: string; json(): unknown }>): Promise<TAnnualReportDetail> {
  const r = await res;
  if (r.statusCode !== 200) throw new Error(`${r.statusCode} ${r.body}`);
  return r.json() as TAnnualReportDetail;
}

describe(`the yearly cycle and the joint review (${ENGINE})`, () => {
  it('opening 2025 creates a task for each organization that must report; 1 July founders skip it', async () => {
    const future = await clerk.post('/api/annual-inspection-cycles', { year: 2026 });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields).toHaveProperty('year');
    const bad = await clerk.post('/api/annual-inspection-cycles', { year: 2025, supervisorDue: '2026-06-30' });
    expect(bad.json().fields).toHaveProperty('authorityDue');
    expect((await supervisor.post('/api/annual-inspection-cycles', { year: 2025 })).statusCode).toBe(403);

    const res = await clerk.post('/api/annual-inspection-cycles', { year: 2025 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ year: 2025, reportCount: 3, skippedCount: 1, authorityDue: '2026-05-31' });
    expect((await clerk.post('/api/annual-inspection-cycles', { year: 2025 })).statusCode).toBe(409);
    const todos = (await org.account.get('/api/todos?kind=annual_report')).json().items;
    expect(todos).toEqual([
      expect.objectContaining({ dueDate: '2026-03-31', link: expect.stringMatching(/^\/annual-reports\/\d+\/fill$/) }),
    ]);
    const skipped = await t.db.selectFrom('annualReports').select('id').where('orgId', '=', lateStarter!).execute();
    expect(skipped).toEqual([]);
  });

  it('autosave refuses a non-numeric amount on its field and keeps what was saved', async () => {
    const r = await reportOf(org.account, org.orgId, 2025);
    expect(r).toMatchObject({ status: 'not_started', step: null, form: 'full', can: { fill: true, submit: true } });
    const money = r.definition.indicators.find(
      (i) => i.type === 'money' && i.section === 'balance_sheet' && !i.formula,
    )!;
    const bad = await org.account.put(`/api/annual-reports/${r.id}/sections/balance_sheet`, {
      values: { [money.code]: '十万' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty(money.code);
    await fill(org.account, r, cleanValues('social_group'));
    const after = await reportOf(org.account, org.orgId, 2025);
    expect(after.status).toBe('draft');
    expect(after.values[money.code]).toBe(cleanValues('social_group')[money.code]);
    expect(after.check).toMatchObject({ errors: [], missing: [] });
  });

  it('a failed cross-field rule refuses the submission field by field', async () => {
    let r = await reportOf(org.account, org.orgId, 2025);
    const total = r.definition.rules.find((x) => x.severity === 'error' && x.assert.includes('='))!;
    const field = total.fields[0]!;
    const section = r.definition.indicators.find((i) => i.code === field)!.section;
    const v = cleanValues('social_group')[field];
    await org.account.put(`/api/annual-reports/${r.id}/sections/${section}`, {
      values: { [field]: (v as number) + 100 },
    });
    r = await reportOf(org.account, org.orgId, 2025);
    const refused = await post(org.account, r, 'submit', { version: r.version });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().fields).length).toBeGreaterThan(0);
    await org.account.put(`/api/annual-reports/${r.id}/sections/${section}`, { values: { [field]: v } });
  });

  it('submit → supervisor returns with a comment on an indicator → correct and resubmit → both approve', async () => {
    let r = await reportOf(org.account, org.orgId, 2025);
    r = await ok(post(org.account, r, 'submit', { version: r.version }));
    expect(r).toMatchObject({ status: 'in_review', step: 'supervisor', submissionNo: 1, late: false });
    expect((await org.account.put(`/api/annual-reports/${r.id}/sections/basic`, { values: {} })).statusCode).toBe(409);
    // Out of scope: the party body cannot act at the supervisor's step, a neighbour's clerk cannot read it.
    expect((await post(party, r, 'supervisor-approve', { version: r.version })).statusCode).toBe(403);
    await insertUser(t.db, { username: 'wz-clerk', roles: ['authority_staff'], regionCode: '500101' });
    const neighbour = await t.client().as('wz-clerk');
    expect((await neighbour.get(`/api/annual-reports/${r.id}`)).statusCode).toBe(404);
    // The attached statements are read by the report's reviewers, not by a neighbouring bureau.
    const [fileId] = r.values.att_financial_statements as number[];
    expect((await supervisor.get(`/api/files/${fileId}/content`)).statusCode).toBe(200);
    expect((await neighbour.get(`/api/files/${fileId}/content`)).statusCode).toBe(404);

    const code = r.definition.indicators.find((i) => i.section === 'activities')!.code;
    r = await ok(
      post(supervisor, r, 'supervisor-return', {
        version: r.version,
        comment: '请补充活动情况',
        indicatorComments: { [code]: '活动次数与总结不符' },
      }),
    );
    expect(r).toMatchObject({ status: 'returned', step: null });
    const mine = await reportOf(org.account, org.orgId, 2025);
    expect(mine.history.at(-1)).toMatchObject({
      action: 'supervisor_returned',
      indicatorComments: { [code]: '活动次数与总结不符' },
    });
    expect(mine.can.fill).toBe(true);

    await fill(org.account, mine, cleanValues('social_group'));
    r = await reportOf(org.account, org.orgId, 2025);
    r = await ok(post(org.account, r, 'submit', { version: r.version }));
    expect(r).toMatchObject({ step: 'supervisor', submissionNo: 2, versions: [{ no: 1 }, { no: 2 }] });

    // Two reviewers with the same version: one wins, the other gets 409 and no opinion is lost.
    const [a, b] = await Promise.all([
      post(supervisor, r, 'supervisor-approve', { version: r.version }),
      post(supervisor, r, 'supervisor-approve', { version: r.version, comment: '同意（重复）' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    r = await reportOf(clerk, org.orgId, 2025);
    expect(r.step).toBe('party');
    expect(r.history.filter((h) => h.action === 'supervisor_approved')).toHaveLength(1);
    r = await ok(post(party, r, 'party-approve', { version: r.version, comment: '党建工作符合要求' }));
    expect(r.step).toBe('authority');
  });

  it('only the registering bureau concludes; 基本合格 needs reasons and rectification items', async () => {
    let r = await reportOf(clerk, org.orgId, 2025);
    await insertUser(t.db, { username: 'cq-clerk', roles: ['authority_staff'], regionCode: '50' });
    const city = await t.client().as('cq-clerk');
    expect((await post(city, r, 'conclude', { version: r.version, conclusion: 'pass' })).json().code).toBe(
      'OUT_OF_DECISION_SCOPE',
    );
    const noReason = await post(clerk, r, 'conclude', { version: r.version, conclusion: 'basic_pass' });
    expect(noReason.json().fields).toHaveProperty('reasons');
    const noItems = await post(clerk, r, 'conclude', {
      version: r.version,
      conclusion: 'basic_pass',
      reasons: '财务管理不规范',
    });
    expect(noItems.json().fields).toHaveProperty('rectifications');
    r = await ok(
      post(clerk, r, 'conclude', {
        version: r.version,
        conclusion: 'basic_pass',
        reasons: '财务管理不规范',
        rectifications: [{ item: '建立财务管理制度', dueDate: '2026-06-30' }],
      }),
    );
    expect(r).toMatchObject({
      status: 'concluded',
      conclusion: 'basic_pass',
      rectifications: [{ item: '建立财务管理制度' }],
    });
    const events = await t.db
      .selectFrom('outboxEvents')
      .select('name')
      .where('name', 'in', ['annual_report_submitted', 'annual_inspection_concluded'])
      .execute();
    expect(events.map((e) => e.name).sort()).toEqual([
      'annual_inspection_concluded',
      'annual_report_submitted',
      'annual_report_submitted',
    ]);
    const pub = await t.client().get(`/api/public/orgs/${r.uscc}/annual-inspections`);
    expect(pub.json().items).toEqual([
      expect.objectContaining({ year: 2025, conclusion: 'basic_pass', publicPart: expect.any(Array) }),
    ]);
    expect(pub.json().items[0].publicPart.length).toBeGreaterThan(0);
    // Only indicators marked public leave: the report's contact person and phone do not.
    const sample = cleanValues('social_group');
    for (const code of ['basic_contact_name', 'basic_contact_phone']) {
      expect(typeof sample[code]).toBe('string');
      expect(pub.body).not.toContain(sample[code] as string);
    }
    const list = await t.client().get('/api/public/annual-inspections?year=2025&authorityRegionCode=500235');
    expect(list.json().items.map((x: { orgId: number }) => x.orgId)).toEqual([org.orgId]);
    const audit = await sql<{ n: number }>`select count(*) as n from audit_log where entity = 'annual_report'`.execute(
      t.db,
    );
    expect(Number(audit.rows[0]!.n)).toBeGreaterThan(5);
  });

  it('the dashboard counts the cycle; after the deadline the sweep marks the silent ones overdue once', async () => {
    const cycle = (await clerk.get('/api/annual-inspection-cycles')).json().items[0];
    let d = (await clerk.get(`/api/annual-inspection-cycles/${cycle.id}/dashboard`)).json();
    expect(d.counts).toMatchObject({ due: 3, concluded: 1, basicPass: 1, notStarted: 2, overdue: 0 });
    expect(d.bySupervisor).toEqual(
      expect.arrayContaining([expect.objectContaining({ unitId: edu, due: 1, concluded: 1 })]),
    );

    const admin = await t.client().as('yy-admin');
    const sweep = async (at: string) => {
      t.clock.set(at);
      await admin.as('yy-admin');
      expect((await admin.post('/api/jobs/annual.deadline-sweep/run')).statusCode).toBe(202);
      await t.services.jobs.scheduler.runDue();
      return (await (await clerk.as('yy-clerk')).get(`/api/annual-inspection-cycles/${cycle.id}/dashboard`)).json();
    };
    d = await sweep('2026-04-01T01:00:00.000Z'); // foundations are due 31 March, the others 31 May
    expect(d.counts.overdue).toBe(1);
    await foundation.account.as(foundation.username);
    expect(await reportOf(foundation.account, foundation.orgId, 2025)).toMatchObject({
      overdue: true,
      dueDate: '2026-03-31',
    });
    d = await sweep('2026-06-01T01:00:00.000Z');
    expect(d.counts.overdue).toBe(2);
    d = await sweep('2026-06-02T01:00:00.000Z');
    expect(d.counts.overdue).toBe(2);
    const overdue = await t.db
      .selectFrom('outboxEvents')
      .select('payload')
      .where('name', '=', 'annual_report_overdue')
      .execute();
    expect(overdue).toHaveLength(2);

    // Submitting after the deadline is still allowed, and marked late.
    await insertUser(t.db, {
      username: 'half-year-org',
      roles: ['org_account'],
      regionCode: '500235',
      orgId: halfYear!,
    });
    const account = await t.client().as('half-year-org');
    let r = await reportOf(account, halfYear!, 2025);
    expect(r).toMatchObject({ overdue: true, dueDate: '2026-05-31' });
    await fill(account, r, cleanValues('service_institution'));
    r = await reportOf(account, halfYear!, 2025);
    r = await ok(post(account, r, 'submit', { version: r.version }));
    expect(r).toMatchObject({ late: true, step: 'party' });
    expect(r.history.at(-1)!.comment).toContain('逾期提交');
    const late = (await (await clerk.as('yy-clerk')).get('/api/annual-reports?year=2025&late=true')).json().items;
    expect(late.map((x: { orgId: number }) => x.orgId)).toEqual([halfYear]);
  });
});
