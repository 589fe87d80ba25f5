/**
 * Annual inspection scenarios on the generated dataset (issue: "a clerk's queue of 10,000 reports, first page
 * < 200 ms; the automatic checks of one report < 50 ms; saving a section p95 < 100 ms; the cycle dashboard
 * < 200 ms"). Before the server starts, the bench adds its accounts to the run's database: a clerk of the
 * province or city whose in-review queue is the smallest of at least 10,000 reports (else the longest), and
 * organization accounts of organizations whose 2025 report is still open for filling.
 */
import { prefixRange, type RegisteredOrgType, type ReportValues } from '@shezu/contracts';
import { applicableIndicators, defaultIndicatorSet, sampleReportValues, type ReportContext } from '@shezu/contracts';
import { sql } from 'kysely';
import { openDatabase } from '../../apps/api/src/db/database';
import { AccountsRepository } from '../../apps/api/src/modules/accounts/accounts.repository';
import { hashPassword } from '../../apps/api/src/platform/auth/password';
import { benchAccount } from './bench-account';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-accounts';
import type { Dataset } from './dataset';
import type { Scenario } from './register';

export const QUEUE_USER = 'bench-annual-queue';
const ORG_ACCOUNTS = 40;
const SECTION = 'basic';

export interface AnnualBench {
  queue: { region: string; inReview: number };
  /** In-review reports a clerk opens: with five years of history behind them and without. */
  detailIds: number[];
  orgs: { username: string; reportId: number; values: ReportValues }[];
  cycle: { id: number; authority: string; reports: number };
}

const num = (v: unknown) => Number(v);

/** Adds the bench's annual accounts (once: a reused PostgreSQL dataset keeps them) and picks what to request. */
export async function prepareAnnual(dataset: Dataset, log: (s: string) => void): Promise<AnnualBench> {
  const t = performance.now();
  const database = openDatabase({ url: dataset.databaseUrl, dataDir: dataset.dataDir, poolSize: 1 });
  const { db } = database;
  try {
    const counts = await sql<{ k: string; n: number }>`
      select substr(region_code, 1, 2) as k, count(*) as n from annual_reports
       where year = 2025 and status = 'in_review' group by substr(region_code, 1, 2)
      union all
      select substr(region_code, 1, 4) as k, count(*) as n from annual_reports
       where year = 2025 and status = 'in_review' group by substr(region_code, 1, 4)`.execute(db);
    const regions = counts.rows.map((r) => ({ region: r.k, inReview: num(r.n) }));
    const queue =
      regions.filter((r) => r.inReview >= 10_000).sort((a, b) => a.inReview - b.inReview)[0] ??
      regions.sort((a, b) => b.inReview - a.inReview)[0]!;
    const range = prefixRange(queue.region);
    const history = await sql<{ id: number }>`select id from annual_reports
      where year = 2025 and status = 'in_review' and org_id <= 100000 order by id limit 40`.execute(db);
    const inQueue = await sql<{ id: number }>`select id from annual_reports
      where year = 2025 and region_code >= ${range.from} and region_code < ${range.to} and status = 'in_review'
      order by id limit 400`.execute(db);
    const detailIds = [...history.rows, ...inQueue.rows.filter((_, i) => i % 10 === 0)].map((r) => num(r.id));

    // Open reports spread over the year's ids (primary-key lookups, no scan of the large table).
    const span = await sql<{ lo: number; hi: number }>`select min(id) as lo, max(id) as hi from annual_reports
      where year = 2025`.execute(db);
    const [lo, hi] = [num(span.rows[0]!.lo), num(span.rows[0]!.hi)];
    const candidates = Array.from({ length: 400 }, (_, i) => lo + Math.floor(((hi - lo) * i) / 400));
    const open = await sql<{ id: number; orgId: number; orgType: string; form: string; context: string; auth: string }>`
      select id, org_id as "orgId", org_type as "orgType", form, context, authority_region_code as auth
        from annual_reports where id in (${sql.join(candidates)}) and status in ('not_started', 'draft')
       order by id`.execute(db);
    const picked = open.rows.slice(0, ORG_ACCOUNTS);
    const def = defaultIndicatorSet(2025);
    const hash = await hashPassword(DEMO_PASSWORD);
    const at = new Date().toISOString();
    const accounts = new AccountsRepository(db);
    type NewUser = Parameters<AccountsRepository['insert']>[0];
    const ensure = async (
      user: Partial<NewUser> & { username: string; displayName: string },
      role: 'org_account' | 'authority_staff',
    ) => {
      const known = await db.selectFrom('users').select('id').where('username', '=', user.username).executeTakeFirst();
      if (known) return;
      await accounts.insert(benchAccount({ ...user, passwordHash: hash }, at), [role]);
    };
    await ensure(
      { username: QUEUE_USER, displayName: '年检审核员（基准测试）', regionCode: queue.region },
      'authority_staff',
    );
    const orgs = [];
    for (const [k, r] of picked.entries()) {
      const username = `bench-annual-org-${k + 1}`;
      await ensure(
        { username, displayName: `组织填报员${k + 1}（基准测试）`, regionCode: r.auth, orgId: num(r.orgId) },
        'org_account',
      );
      const org = JSON.parse(typeof r.context === 'string' ? r.context : JSON.stringify(r.context));
      const ctx: ReportContext = { year: 2025, form: r.form as 'full', org, previous: null };
      const sample = sampleReportValues(r.orgType as RegisteredOrgType);
      const codes = applicableIndicators(def, ctx).filter((i) => i.section === SECTION && !i.formula);
      const values = Object.fromEntries(
        codes.filter((i) => sample[i.code] !== undefined).map((i) => [i.code, sample[i.code]!]),
      );
      orgs.push({ username, reportId: num(r.id), values });
    }
    const cycle = await sql<{ id: number; auth: string; n: number }>`select id, authority_region_code as auth,
      report_count as n from annual_inspection_cycles where year = 2025 order by report_count desc, id limit 1`.execute(
      db,
    );
    const c = cycle.rows[0]!;
    log(
      `[bench] annual: queue of region ${queue.region} (${queue.inReview} in review), ${detailIds.length} reports to open, ` +
        `${orgs.length} organization accounts, largest cycle ${c.auth} (${num(c.n)} reports); prepared in ${Math.round(performance.now() - t)} ms`,
    );
    return { queue, detailIds, orgs, cycle: { id: num(c.id), authority: c.auth, reports: num(c.n) } };
  } finally {
    await database.close();
  }
}

/** Session cookie and CSRF header of a signed-in account. */
export async function signIn(url: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('shezu_csrf='))?.slice('shezu_csrf='.length);
  return { cookie: cookies.join('; '), ...(csrf ? { 'x-csrf-token': csrf } : {}) };
}

function vary(values: ReportValues, i: number): ReportValues {
  const out = { ...values };
  if ('basic_council_size' in out) out.basic_council_size = 15 + (i % 11);
  if (typeof out.basic_address === 'string')
    out.basic_address = `${out.basic_address.replace(/（.*）$/, '')}（${i % 97}号楼）`;
  return out;
}

export async function annualScenarios(url: string, a: AnnualBench): Promise<Scenario[]> {
  const clerk = await signIn(url, QUEUE_USER);
  const sessions: (AnnualBench['orgs'][number] & { headers: Record<string, string> })[] = [];
  for (const o of a.orgs) sessions.push({ ...o, headers: await signIn(url, o.username) });
  const at = <T>(list: T[], i: number) => list[i % list.length]!;
  const list: Scenario[] = [
    {
      key: 'annualQueue',
      label: `annual: in-review queue of ${a.queue.region} (${a.queue.inReview.toLocaleString('en')} reports), first page`,
      target: 200,
      headers: () => clerk,
      path: (i) => `/api/annual-reports?year=2025&status=in_review&limit=${i % 2 ? 20 : 50}`,
    },
    {
      key: 'annualDetail',
      label: 'annual: report detail with the automatic checks',
      target: 50,
      path: (i) => `/api/annual-reports/${at(a.detailIds, i)}`,
    },
    {
      key: 'annualDashboard',
      label: `annual: cycle dashboard, largest cycle (${a.cycle.reports.toLocaleString('en')} reports)`,
      target: 200,
      path: () => `/api/annual-inspection-cycles/${a.cycle.id}/dashboard`,
    },
  ];
  if (sessions.length > 0)
    list.push({
      key: 'annualSave',
      label: `annual: saving a section (${Object.keys(sessions[0]!.values).length} values, ${sessions.length} organization accounts)`,
      target: 100,
      targetC32: 100,
      // One writer at a time on SQLite: 8 clients already queue; 32 would only measure the queue.
      clients: 8,
      writes: true,
      method: 'PUT',
      headers: (i) => ({ ...at(sessions, i).headers, 'content-type': 'application/json' }),
      path: (i) => `/api/annual-reports/${at(sessions, i).reportId}/sections/${SECTION}`,
      body: (i) =>
        JSON.stringify({
          // Values change on every save (an unchanged section is answered without writing); only indicators
          // the form asks of the organization (a simplified form asks fewer).
          values: vary(at(sessions, i).values, i),
        }),
    });
  return list;
}
