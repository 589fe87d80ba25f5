import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, login } from './support/browser';

let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close } = await launch());
});
afterAll(() => close());

describe('platform services in Chromium', () => {
  it('an administrator runs the self-test job from 系统管理 → 定时任务 and watches it succeed', async () => {
    const page = await browser.newPage();
    await login(page, 'yy-admin');
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('nav-jobs').click();
    await page.waitForURL(/\/admin\/jobs$/);

    await page.getByTestId('job-run-platform.selftest').click();
    // The job takes a payload: its form comes from the schema, with the job's defaults filled in.
    await page.getByTestId('job-payload-form').waitFor();
    await expect(page.locator('#steps').inputValue()).resolves.toBe('20');
    await page.locator('#stepMs').fill('100');
    await page.getByTestId('job-run-confirm').click();

    const progress = page.locator('.ant-modal [data-testid^="job-progress-"][data-status]').first();
    await progress.waitFor();
    await expect(progress.getByRole('progressbar').count()).resolves.toBe(1);
    await progress.getByText('成功').waitFor({ timeout: 30_000 });
    await expect(progress.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('100');
    await expect(progress.getByText('已完成 20 / 20').count()).resolves.toBe(1);

    await page.keyboard.press('Escape');
    const runs = page.getByTestId('job-runs-table');
    await runs.getByText('平台自检（诊断用）').first().waitFor();
    await runs.locator('[data-status="succeeded"]').first().waitFor();
    await page.close();
  });

  it('the public verification page answers 未找到 for an unknown code, without signing in', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/verify/AAAAAAAAAAAAAAAAAAAA`);
    await page.getByTestId('verify-not-found').waitFor();
    await expect(page.getByText('未找到该文书').count()).resolves.toBe(1);
    expect(page.url()).toContain('/verify/');
    await expect(page.getByTestId('main-menu').count()).resolves.toBe(0);
    await page.close();
  });

  it('a county clerk issues a letter whose QR link verifies it for anyone', async () => {
    const page = await browser.newPage();
    await login(page, 'yy-clerk');
    await page.getByTestId('nav-documents').click();
    await page.getByTestId('document-issue').click();
    await page.getByTestId('document-issue-fields').waitFor();
    await page.getByTestId('document-issue-kind').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '函' }).click();
    await page.locator('#fields_addressee').fill('云阳县教育委员会');
    await page.locator('#fields_subject').fill('商请协助开展2025年度社会组织年度检查');
    await page.locator('#fields_content').fill('请你单位于2026年4月30日前将初审意见反馈我局。');
    await page.getByTestId('document-issue-submit').click();

    const number = await page.getByTestId('document-number').innerText();
    expect(number).toMatch(/^云民函〔\d{4}〕\d+号$/);
    const verifyUrl = await page.getByTestId('document-verify-url').innerText();
    expect(verifyUrl.startsWith(`${baseUrl()}/verify/`)).toBe(true);

    const visitor = await browser.newPage();
    await visitor.goto(verifyUrl);
    await expect(visitor.getByTestId('verify-number').innerText()).resolves.toBe(number);
    await visitor.getByTestId('verify-valid').waitFor();
    await expect(visitor.getByText('云阳县民政局').first().isVisible()).resolves.toBe(true);
    await visitor.close();
    await page.close();
  });
});
