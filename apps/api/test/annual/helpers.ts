import {
  sampleReportValues,
  type TAnnualReportDetail,
  type RegisteredOrgType,
  type ReportValues,
} from '@shezu/contracts';
import { ANNUAL_ATTACHMENT_PURPOSE, applicableIndicators } from '@shezu/contracts';
import type { TestApp, TestClient } from '../support/app';
import { upload } from '../files/multipart';
import { samples } from '../files/samples';
import { insertUser } from '../support/fixtures';
import { orgFields, seedOrgs } from '../support/orgs';
import type { TOrgFields } from '@shezu/contracts';

let n = 0;

/** Registers one organization and gives it an account; returns the org id and the signed-in account. */
export async function orgWithAccount(
  t: TestApp,
  over: Partial<TOrgFields> = {},
  authority = '500235',
): Promise<{ orgId: number; account: TestClient; username: string }> {
  const [orgId] = await seedOrgs(t, [{ fields: orgFields(over), authority }]);
  const username = `annual-org-${++n}`;
  await insertUser(t.db, { username, roles: ['org_account'], regionCode: authority, orgId: orgId! });
  return { orgId: orgId!, account: await t.client().as(username), username };
}

export async function reportOf(c: TestClient, orgId: number, year: number): Promise<TAnnualReportDetail> {
  const page = (await c.get(`/api/annual-reports?year=${year}`)).json();
  const s = page.items.find((r: { orgId: number }) => r.orgId === orgId);
  if (!s) throw new Error(`no ${year} report for org ${orgId}: ${JSON.stringify(page)}`);
  return (await c.get(`/api/annual-reports/${s.id}`)).json();
}

/** Saves `values` section by section, as the form's autosave does; returns the last version. */
export async function fill(c: TestClient, r: TAnnualReportDetail, sample: ReportValues): Promise<number> {
  let version = r.version;
  // The sample names placeholder file ids: upload a real PDF for each file indicator.
  const values = { ...sample };
  for (const i of r.definition.indicators.filter((x) => x.type === 'file' && Array.isArray(sample[x.code]))) {
    const f = (await upload(c, ANNUAL_ATTACHMENT_PURPOSE, `${i.labelZh}.pdf`, samples.pdf)).json();
    values[i.code] = [f.id];
  }
  const applicable = applicableIndicators(r.definition, { ...r.context, previous: null }).filter((i) => !i.formula);
  const sections = [...new Set(applicable.map((i) => i.section))];
  for (const section of sections) {
    const codes = new Set(applicable.filter((i) => i.section === section).map((i) => i.code));
    const part = Object.fromEntries(Object.entries(values).filter(([k]) => codes.has(k)));
    if (Object.keys(part).length === 0) continue;
    const res = await c.put(`/api/annual-reports/${r.id}/sections/${section}`, { values: part });
    if (res.statusCode !== 200) throw new Error(`saving ${section}: ${res.statusCode} ${res.body}`);
    version = res.json().version;
  }
  return version;
}

export const cleanValues = (type: RegisteredOrgType) => sampleReportValues(type);
