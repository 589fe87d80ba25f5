import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { pdfText } from '../documents/pdf-text';
import { DATA_START, readSheet } from '../exports/xlsx';
import { cleanValues, fill, orgWithAccount, reportOf } from './helpers';

let t: TestApp;
let clerk: TestClient;
let org: { orgId: number; account: TestClient };
let report: TAnnualReportDetail;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
  org = await orgWithAccount(t, { name: '云阳县文书测试协会' });
  expect((await clerk.post('/api/annual-inspection-cycles', { year: 2025 })).statusCode).toBe(201);
  let r = await reportOf(org.account, org.orgId, 2025);
  await fill(org.account, r, cleanValues('social_group'));
  r = await reportOf(org.account, org.orgId, 2025);
  expect((await org.account.post(`/api/annual-reports/${r.id}/submit`, { version: r.version })).statusCode).toBe(200);
  // Directly registered, party body of 云阳县: party step, then the authority.
  const party = await t.client().as('yy-party');
  r = await reportOf(party, org.orgId, 2025);
  expect((await party.post(`/api/annual-reports/${r.id}/party-approve`, { version: r.version })).statusCode).toBe(200);
  r = await reportOf(clerk, org.orgId, 2025);
  const res = await clerk.post(`/api/annual-reports/${r.id}/conclude`, {
    version: r.version,
    conclusion: 'basic_pass',
    reasons: '未按章程召开理事会',
    rectifications: [{ item: '按章程召开理事会并报送会议纪要', dueDate: '2026-09-30' }],
  });
  expect(res.statusCode).toBe(200);
  report = res.json();
});
afterAll(() => t.close());

describe(`annual inspection documents (${ENGINE})`, () => {
  it('issues a numbered conclusion notice with the reasons and the rectification deadline', async () => {
    const res = await org.account.get(`/api/annual-reports/${report.id}/conclusion-notice`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfText(res.rawPayload);
    expect(text).toContain('年度检查结论通知书');
    expect(text).toContain('基本合格');
    expect(text).toContain('2026-09-30前完成');
    expect(text).toMatch(/民检〔2026〕1号/);
    expect(report.hasConclusionNotice).toBe(true);
    const todos = (await org.account.get('/api/todos?kind=annual_rectification')).json().items;
    expect(todos).toEqual([expect.objectContaining({ dueDate: '2026-09-30' })]);
  });

  it('downloads the report itself as a PDF with its sections and the conclusion', async () => {
    const res = await clerk.get(`/api/annual-reports/${report.id}/pdf`);
    expect(res.statusCode).toBe(200);
    const { text, pages } = await pdfText(res.rawPayload);
    expect(pages).toBeGreaterThan(1);
    for (const s of ['云阳县文书测试协会', '二、资产负债表', '资产总计', '年检结论', '未按章程召开理事会'])
      expect(text).toContain(s);
    expect((await (await t.client().as('yy-supervisor')).get(`/api/annual-reports/${report.id}/pdf`)).statusCode).toBe(
      404,
    );
  });

  it('exports the list to Excel with the filter applied, audited', async () => {
    const res = await clerk.get('/api/annual-reports/export?year=2025&status=concluded');
    expect(res.statusCode).toBe(200);
    const { rows } = await readSheet(res.rawPayload);
    const data = rows.slice(DATA_START);
    expect(data).toHaveLength(1);
    expect(data[0]).toEqual(expect.arrayContaining(['云阳县文书测试协会', '已作结论', '基本合格']));
    const audit = await t.db.selectFrom('auditLog').select('summary').where('action', '=', 'export').execute();
    expect(audit.some((a) => a.summary?.includes('年度报告'))).toBe(true);
  });
});
