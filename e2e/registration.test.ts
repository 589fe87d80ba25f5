import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { completeUscc } from '@shezu/contracts';
import { baseUrl, launch, login } from './support/browser';

type Session = Awaited<ReturnType<typeof launch>>;
let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(() => session.close());

const PHONE = '13900235017';
const PASSWORD = 'Founder@2026';
const NAME = '云阳县青少年科学教育服务中心';

/** The default SMS gateway writes each text to the server log: the last code sent to the (masked) phone. */
function smsCode(): string {
  const masked = `${PHONE.slice(0, 3)}****${PHONE.slice(7)}`;
  const lines = readFileSync(inject('serverLog'), 'utf8')
    .split('\n')
    .filter((l) => l.includes(`SMS to ${masked}`));
  const code = /验证码(\d{4,8})/.exec(lines.at(-1) ?? '')?.[1];
  if (!code) throw new Error(`no SMS to ${masked} in the server log`);
  return code;
}

/** A valid credit code for a 民办非企业单位 of 云阳县 that the demo register does not use. */
function newUscc(): string {
  for (let n = 990001; ; n++) {
    try {
      return completeUscc(`52500235MJ${n}`);
    } catch {
      /* this serial has no organization-code check character: try the next */
    }
  }
}

async function pickRegion(page: Page, testId: string, typed: string, option: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(typed);
  await page.locator('.ant-cascader-menu-item').filter({ hasText: option }).first().click();
}

async function pickOption(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

async function fresh(): Promise<Page> {
  const context = await session.browser.newContext({ acceptDownloads: true });
  return context.newPage();
}

describe('registration of a new organization, end to end in the browser', () => {
  it('a founder signs up and applies; the supervising unit and the clerk approve; the public finds it; the certificate downloads', async () => {
    // 1. The founder signs up from the login page, with the code the SMS gateway sent.
    const founder = await fresh();
    await founder.goto(`${baseUrl()}/login`);
    await founder.getByTestId('login-sign-up-link').click();
    await founder.getByTestId('sign-up-phone').fill(PHONE);
    await founder.getByTestId('sign-up-send-code').click();
    await founder.getByTestId('sign-up-sms-sent').waitFor();
    await founder.getByTestId('sign-up-code').fill(smsCode());
    await founder.getByTestId('sign-up-name').fill('李明');
    await founder.getByTestId('sign-up-username').fill('founder-e2e');
    await pickRegion(founder, 'sign-up-region', '云阳', '云阳县');
    await founder.getByTestId('sign-up-password').fill(PASSWORD);
    await founder.getByTestId('sign-up-confirm').fill(PASSWORD);
    await founder.getByTestId('sign-up-submit').click();
    await founder.getByTestId('sign-up-result').waitFor();

    // 2. … logs in and applies for establishment (教育类: the education committee supervises).
    await login(founder, 'founder-e2e', PASSWORD);
    await founder.goto(`${baseUrl()}/applications/new/establishment`);
    await founder.getByTestId('application-form').waitFor();
    await pickRegion(founder, 'application-authority', '云阳', '云阳县');
    await pickOption(founder, 'application-type', '民办非企业单位');
    await pickOption(founder, 'application-category', '教育类');
    await pickOption(founder, 'application-supervisor', '云阳县教育委员会');
    await founder.getByTestId('application-name').fill(NAME);
    await pickRegion(founder, 'application-region', '双江街道', '双江街道');
    await founder.getByTestId('application-address').fill('重庆市云阳县双江街道滨江大道18号');
    await founder.getByTestId('application-funds').fill('50000');
    await founder.getByTestId('application-legal-rep').fill('李明');
    await founder.getByTestId('application-legal-rep-id').fill('500235199001011239');
    await founder.getByTestId('application-legal-rep-phone').fill(PHONE);
    await founder.getByTestId('application-scope').fill('青少年科学教育、科普活动');
    await founder.getByTestId('application-submit').click();
    await founder.waitForURL(/\/applications\/\d+$/);
    await expect.poll(() => founder.getByTestId('application-step').textContent()).toContain('业务主管单位');
    const applicationId = Number(/applications\/(\d+)/.exec(founder.url())?.[1]);
    expect(applicationId).toBeGreaterThan(0);

    // 3. The supervising unit approves from its queue.
    const unit = await fresh();
    await login(unit, 'yy-supervisor');
    await unit.goto(`${baseUrl()}/reviews`);
    await unit.getByTestId(`review-link-${applicationId}`).click();
    await unit.getByTestId('review-action-supervisor-approve').click();
    await unit.getByTestId('review-decision-comment').fill('同意成立');
    await unit.getByTestId('review-decision-submit').click();
    // Passed on to the bureau: nothing is left for the unit to do.
    await unit.getByTestId('review-no-actions').waitFor();

    // 4. The county clerk approves and gives the credit code; the certificate is issued.
    const uscc = newUscc();
    const clerk = await fresh();
    await login(clerk, 'yy-clerk');
    await clerk.goto(`${baseUrl()}/reviews/${applicationId}`);
    await clerk.getByTestId('review-action-approve').click();
    await clerk.getByTestId('org-form-uscc').fill(uscc);
    await clerk.getByTestId('review-decision-comment').fill('准予成立登记');
    await clerk.getByTestId('review-decision-submit').click();
    await clerk.getByTestId('review-outcome-certificate').waitFor();

    // 5. The public finds it by name, and its page shows the new event.
    const visitor = await fresh();
    await visitor.goto(`${baseUrl()}/portal`);
    const box = visitor.getByTestId('portal-search-input').locator('input');
    await box.fill('科学教育');
    await box.press('Enter');
    await visitor.getByTestId(`portal-result-${uscc}`).waitFor();
    await visitor.getByTestId(`portal-result-${uscc}`).getByTestId('portal-result-link').click();
    await expect.poll(() => visitor.getByTestId('portal-org-name').textContent()).toBe(NAME);
    expect(await visitor.getByTestId('portal-org-uscc').textContent()).toContain(uscc);
    expect(await visitor.getByTestId('portal-event').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('成立登记')]),
    );

    // 6. The founder, now the organization's account, downloads the certificate.
    await founder.reload();
    await founder.getByTestId('application-approved').waitFor();
    const [download] = await Promise.all([
      founder.waitForEvent('download'),
      founder.getByTestId('application-certificate').click(),
    ]);
    const file = await download.path();
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  }, 180_000);
});
