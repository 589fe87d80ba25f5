import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANNUAL_ATTACHMENT_PURPOSE,
  applicableIndicators,
  sampleReportValues,
  type TAnnualReportDetail,
} from '@shezu/contracts';
import { baseUrl, launch, login } from './support/browser';

type Session = Awaited<ReturnType<typeof launch>>;
let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(() => session.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** Typed in the browser; everything else is filled through the API the form's autosave uses. */
const TYPED = 'act_work_summary';

async function asUser(username: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  // The login helper waits for the desktop menu; a phone folds it away, so the size changes after.
  await login(page, username);
  await page.setViewportSize(viewport);
  return page;
}

/** The page's own session for API calls, with the CSRF header the web client adds. */
async function api(context: BrowserContext): Promise<{ request: APIRequestContext; headers: Record<string, string> }> {
  const csrf = (await context.cookies()).find((c) => c.name === 'shezu_csrf')?.value ?? '';
  return { request: context.request, headers: { 'X-CSRF-Token': csrf } };
}

/** Saves the sample report section by section, except the one field the test types, as autosave would. */
async function fillAllButOne(page: Page, r: TAnnualReportDetail): Promise<void> {
  const { request, headers } = await api(page.context());
  const sample = sampleReportValues(r.orgType);
  for (const i of r.definition.indicators.filter((x) => x.type === 'file' && Array.isArray(sample[x.code]))) {
    const up = await request.post(`${baseUrl()}/api/files`, {
      headers,
      multipart: {
        purpose: ANNUAL_ATTACHMENT_PURPOSE,
        file: { name: `${i.labelZh}.pdf`, mimeType: 'application/pdf', buffer: PDF },
      },
    });
    expect(up.status()).toBe(201);
    sample[i.code] = [(await up.json()).id];
  }
  const shown = applicableIndicators(r.definition, { ...r.context, previous: null }).filter((i) => !i.formula);
  for (const section of new Set(shown.map((i) => i.section))) {
    const values = Object.fromEntries(
      shown
        .filter((i) => i.section === section && i.code !== TYPED && i.code in sample)
        .map((i) => [i.code, sample[i.code]]),
    );
    const res = await request.put(`${baseUrl()}/api/annual-reports/${r.id}/sections/${section}`, {
      headers,
      data: { values },
    });
    expect(res.status(), await res.text()).toBe(200);
  }
}

async function waitSaved(page: Page) {
  await expect
    .poll(() => page.getByTestId('save-status').getAttribute('data-state'), { timeout: 15_000 })
    .toBe('saved');
}

async function submitReport(page: Page) {
  await page.getByTestId('step-submit').click();
  await page.getByTestId('submit-step').waitFor();
  await page.getByTestId('report-submit').click();
  // The submission asks to confirm (antd Popconfirm); a click during its opening animation can miss.
  const confirm = page.locator('.ant-popconfirm:not(.ant-popover-hidden) .ant-btn-primary');
  const status = () => page.getByTestId('report-status').getAttribute('data-status');
  for (let attempt = 0; attempt < 3 && (await status()) !== 'in_review'; attempt++) {
    if (await confirm.isVisible()) await confirm.click();
    await expect
      .poll(status, { timeout: 5_000 })
      .toBe('in_review')
      .catch(() => undefined);
  }
  try {
    expect(await status()).toBe('in_review');
  } catch (e) {
    await page.screenshot({ path: `${process.env.E2E_SHOTS ?? '/tmp'}/annual-submit-failed.png`, fullPage: true });
    throw e;
  }
}

/** antd puts a radio button's test id on its hidden input: click the label that wraps it. */
const choose = (page: Page, choice: string) =>
  page.locator(`label:has([data-testid="annual-decision-${choice}"])`).click();

async function decide(page: Page, id: number, choice: string, comment?: string) {
  await page.goto(`${baseUrl()}/annual-reports/${id}`);
  await choose(page, choice);
  if (comment) await page.getByTestId('annual-comment').fill(comment);
  await page.getByTestId('annual-decision-submit').click();
  await page.getByTestId('annual-no-actions').waitFor();
}

describe('annual inspection, end to end in the browser', () => {
  it('fill on a phone, return with a comment, correct, approve at each step, conclude 基本合格, published', async () => {
    // 1. The organization (a social group under the education committee) opens its report on a phone.
    const org = await asUser('yy-school', { width: 375, height: 667 });
    await org.goto(`${baseUrl()}/my-annual-reports`);
    await org.getByTestId('annual-reports-list').waitFor();
    const { request } = await api(org.context());
    const list = await (await request.get(`${baseUrl()}/api/annual-reports`)).json();
    const summary = list.items[0] as { id: number; uscc: string };
    let r: TAnnualReportDetail = await (await request.get(`${baseUrl()}/api/annual-reports/${summary.id}`)).json();
    await fillAllButOne(org, r);

    // 2. It types the work summary; autosave keeps it; it submits (late: the deadline has passed).
    await org.goto(`${baseUrl()}/annual-reports/${r.id}/fill`);
    await org.getByTestId('step-activities').click();
    await org.getByTestId(`field-${TYPED}`).locator('textarea').fill('全年举办教育公益讲座12场，服务学生3000余人次。');
    await waitSaved(org);
    await org.reload();
    await org.getByTestId('step-activities').click();
    await expect.poll(() => org.getByTestId(`field-${TYPED}`).locator('textarea').inputValue()).toContain('讲座12场');
    await submitReport(org);

    // 3. The supervising unit returns it with a comment on the activities summary.
    const unit = await asUser('yy-supervisor');
    await unit.goto(`${baseUrl()}/annual-reports`);
    await unit.getByTestId(`annual-link-${r.id}`).click();
    await unit.getByTestId(`annual-comment-${TYPED}`).click();
    await unit.getByTestId(`annual-comment-input-${TYPED}`).fill('请写明讲座的主题和受益学生人数来源');
    await unit.getByTestId(`annual-comment-save-${TYPED}`).click();
    await choose(unit, 'return');
    await unit.getByTestId('annual-comment').fill('活动情况不够具体，请补充后重新提交');
    await unit.getByTestId('annual-decision-submit').click();
    await unit.getByTestId('annual-no-actions').waitFor();

    // 4. The organization sees the comment beside the field, corrects it and resubmits.
    await org.goto(`${baseUrl()}/annual-reports/${r.id}/fill`);
    await org.getByTestId('report-returned').waitFor();
    await org.getByTestId('step-activities').click();
    await expect.poll(() => org.getByTestId(`indicator-comment-${TYPED}`).textContent()).toContain('讲座的主题');
    await org
      .getByTestId(`field-${TYPED}`)
      .locator('textarea')
      .fill('全年举办“科学启蒙”“安全教育”等主题讲座12场，受益学生3126人次（据签到表统计）。');
    await waitSaved(org);
    await submitReport(org);

    // 5. The unit and the party body approve; the bureau concludes 基本合格 with a rectification item.
    await decide(unit, r.id, 'approve', '同意');
    const party = await asUser('yy-party');
    await decide(party, r.id, 'approve', '党建工作情况属实');
    const clerk = await asUser('yy-clerk');
    await clerk.goto(`${baseUrl()}/annual-reports/${r.id}`);
    await choose(clerk, 'basic_pass');
    await clerk.getByTestId('annual-reasons').fill('未按章程召开会员大会');
    await clerk.getByTestId('annual-rect-add').click();
    await clerk.getByTestId('annual-rect-item-0').fill('按章程召开会员大会并报送会议纪要');
    await clerk.getByTestId('annual-rect-due-0').click();
    await clerk.keyboard.type('2027-06-30');
    // Tab, not Enter: Enter in the picker may also submit the form before the date is taken.
    await clerk.keyboard.press('Tab');
    await expect.poll(() => clerk.getByTestId('annual-rect-due-0').inputValue()).toMatch(/^2027(-06-30|年6月30日)$/);
    await clerk.getByTestId('annual-decision-submit').click();
    await clerk.getByTestId('annual-no-actions').waitFor();
    r = await (await (await api(clerk.context())).request.get(`${baseUrl()}/api/annual-reports/${r.id}`)).json();
    expect(r).toMatchObject({ status: 'concluded', conclusion: 'basic_pass', late: true, submissionNo: 2 });
    expect(r.rectifications).toEqual([{ item: '按章程召开会员大会并报送会议纪要', dueDate: '2027-06-30' }]);

    // 6. The public page of the organization shows the result.
    const visitor = await session.browser.newPage();
    await visitor.goto(`${baseUrl()}/org/${summary.uscc}`);
    const results = visitor.getByTestId('portal-org-inspections');
    await results.waitFor();
    await expect.poll(() => results.textContent()).toContain('基本合格');
  }, 240_000);
});
