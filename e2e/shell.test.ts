import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, login } from './support/browser';

let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close } = await launch());
});
afterAll(() => close());

describe('web shell in Chromium', () => {
  it('sends an anonymous visitor of a staff page to the login page, and back after login', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/users`);
    await page.waitForURL(/\/login/);
    expect(new URL(page.url()).searchParams.get('next')).toBe('/users');
    await page.locator('#username').fill('yy-admin');
    await page.locator('#password').fill('Shezu@2026');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/users$/);
    await page.getByText('yy-clerk').first().waitFor();
    await page.close();
  });

  it('a county clerk logs in, sees the county menu, switches to English and back, logs out', async () => {
    const page = await browser.newPage();
    await login(page, 'yy-clerk');
    const menu = page.getByTestId('main-menu');
    await expect(menu.getByText('工作台').count()).resolves.toBeGreaterThan(0);
    await expect(menu.getByText('操作日志').count()).resolves.toBeGreaterThan(0);
    // A county clerk does not administer units or regions' population.
    await expect(menu.getByText('账号管理').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('重庆市云阳县').first().isVisible()).resolves.toBe(true);

    await page.getByTestId('lang-switch').click();
    await menu.getByText('Audit log').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByTestId('lang-switch').click();
    await menu.getByText('操作日志').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL(/\/login/);
    await page.close();
  });

  it('shows a field error beside the field for bad credentials, in Chinese', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.locator('#username').fill('yy-clerk');
    await page.locator('#password').fill('Wrong-password-1');
    await page.locator('button[type="submit"]').click();
    await page.getByText('用户名或密码错误').waitFor();
    expect(page.url()).toContain('/login');
    await page.close();
  });
});
