import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, login } from './support/browser';

type Session = Awaited<ReturnType<typeof launch>>;
let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(() => session.close());

async function asUser(username: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  // The login helper waits for the desktop menu; a phone folds it away, so the size changes after.
  await login(page, username);
  await page.setViewportSize(viewport);
  return page;
}

/** The page's own session for API calls, with the CSRF header the web client adds. */
async function api(page: Page): Promise<{ request: APIRequestContext; headers: Record<string, string> }> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'shezu_csrf')?.value ?? '';
  return { request: page.context().request, headers: { 'X-CSRF-Token': csrf } };
}

/** antd's Popconfirm can miss a click during its opening animation: click again until the status moves. */
async function confirmUntil(page: Page, trigger: Locator, okTestId: string, done: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 4 && !(await done()); attempt++) {
    const ok = page.getByTestId(okTestId);
    if (!(await ok.isVisible())) await trigger.click();
    await ok.waitFor({ timeout: 5_000 }).catch(() => undefined);
    if (await ok.isVisible()) await ok.click();
    await expect
      .poll(done, { timeout: 5_000 })
      .toBe(true)
      .catch(() => undefined);
  }
  expect(await done()).toBe(true);
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('credit lists, end to end in the browser', () => {
  it('listed with a ground, seen by the public; the organization applies, the clerk approves, the history stays', async () => {
    // 0. The demo organization account's organization, and the clerk lists it (没有按规定设立党组织, a manual ground
    //    that leaves on application) through the API the 列入名录 form uses.
    const org = await asUser('yy-org', { width: 375, height: 740 });
    const orgApi = await api(org);
    const me = await (await orgApi.request.get(`${baseUrl()}/api/me`)).json();
    const orgId = me.orgId as number;
    const facts = await (await orgApi.request.get(`${baseUrl()}/api/orgs/${orgId}`)).json();
    const uscc = facts.uscc as string;

    const clerk = await asUser('yy-clerk');
    const clerkApi = await api(clerk);
    const created = await clerkApi.request.post(`${baseUrl()}/api/credit-listings`, {
      headers: clerkApi.headers,
      data: {
        orgId,
        list: 'abnormal',
        ground: 'no_party_org',
        occurredOn: today(),
        detail: '经核查，该会有正式党员3名以上，未按规定建立党组织。',
        evidence: [],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const listing = (await created.json()) as { id: number };

    // 1. The public sees the listing with its ground, basis, date and deciding authority on the org page.
    const visitor = await session.browser.newPage();
    await visitor.goto(`${baseUrl()}/org/${uscc}`);
    const entry = visitor.getByTestId(`public-credit-${listing.id}`);
    await entry.waitFor();
    expect(await entry.getAttribute('data-status')).toBe('active');
    const text = await entry.textContent();
    expect(text).toContain('未按照有关规定设立党组织');
    expect(text).toContain('列入活动异常名录情形（二）');
    expect(text).toContain('作出决定机关：云阳县民政局');
    // …and on the public list.
    await visitor.goto(`${baseUrl()}/portal/credit-listings?q=${encodeURIComponent(facts.name)}`);
    await visitor.getByTestId(`public-credit-${listing.id}`).waitFor();

    // 2. The organization, on a phone, applies for removal from its 信用信息 page.
    await org.goto(`${baseUrl()}/my-credit`);
    await org.getByTestId(`my-credit-apply-removal-${listing.id}`).click();
    await org.getByTestId('credit-request-reason').fill('已于本月召开党员大会，成立党支部，附批复文件。');
    await org.getByTestId('credit-request-submit').click();
    const mine = org.getByTestId('my-credit-requests');
    await mine.waitFor();
    await expect.poll(() => mine.textContent()).toContain('已提交');

    // 3. The clerk verifies it (the 5 working days start) and approves with a reason.
    const requests = await (await clerkApi.request.get(`${baseUrl()}/api/credit-requests?status=submitted`)).json();
    const request = (requests.items as { id: number; listingId: number }[]).find((r) => r.listingId === listing.id)!;
    expect(request).toBeTruthy();
    await clerk.goto(`${baseUrl()}/credit-requests`);
    const status = () => clerk.getByTestId(`credit-request-status-${request.id}`).getAttribute('data-status');
    await clerk.getByTestId(`credit-request-${request.id}`).waitFor();
    await confirmUntil(
      clerk,
      clerk.getByTestId(`credit-verify-${request.id}`),
      `credit-verify-ok-${request.id}`,
      async () => (await status()) === 'verified',
    );
    await clerk.getByTestId(`credit-request-remove-by-${request.id}`).waitFor();
    await clerk.getByTestId(`credit-approve-${request.id}`).click();
    await clerk.getByTestId('credit-decision-reason').fill('党支部已成立，核实无误，准予移出。');
    await clerk.getByTestId('credit-decision-submit').click();
    await expect.poll(status, { timeout: 10_000 }).toBe('approved');

    // 4. The public page shows the removal with its date and reason, kept as history.
    await visitor.goto(`${baseUrl()}/org/${uscc}`);
    const history = visitor.getByTestId('portal-org-credit-history');
    await history.waitFor();
    const past = history.getByTestId(`public-credit-${listing.id}`);
    expect(await past.getAttribute('data-status')).toBe('removed');
    expect(await past.textContent()).toContain('未按照有关规定设立党组织');
    expect(await past.getByTestId('credit-removal').textContent()).toContain('申请移出');

    // 5. The organization sees the decision.
    await org.reload();
    await expect.poll(() => org.getByTestId(`credit-request-status-${request.id}`).textContent()).toBe('已同意');
  }, 180_000);
});
