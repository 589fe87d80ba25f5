import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, login } from './support/browser';

type Session = Awaited<ReturnType<typeof launch>>;
let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(() => session.close());

async function asUser(username: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await login(page, username);
  await page.setViewportSize(viewport);
  return page;
}

describe('a complaint becomes a coordinated case, end to end in the browser', () => {
  it('filed on the portal, a rectification order issued and downloaded, answered, closed; the complainant sees it', async () => {
    // 0. The organization complained about: the demo organization account's own.
    const org = await asUser('yy-org', { width: 375, height: 740 });
    const me = await (await org.context().request.get(`${baseUrl()}/api/me`)).json();
    const facts = await (await org.context().request.get(`${baseUrl()}/api/orgs/${me.orgId}`)).json();

    // 1. A member of the public files a complaint on a phone.
    const visitor = await session.browser.newPage({ viewport: { width: 375, height: 740 } });
    await visitor.goto(`${baseUrl()}/portal/complaints/new`);
    await visitor.getByTestId('complaint-org').click();
    await visitor.keyboard.type(facts.name.slice(0, 6));
    await visitor.locator('.ant-select-item-option', { hasText: facts.uscc }).first().click();
    await visitor.getByTestId('complaint-category').click();
    await visitor.locator('.ant-select-item-option[title="违规收费"]').click();
    await visitor
      .getByTestId('complaint-content')
      .fill('该协会要求会员企业必须参加收费培训，否则不予续会，收费标准未公示。');
    await visitor.getByTestId('complaint-submit').click();
    const trackingNo = (await visitor.getByTestId('complaint-tracking-no').textContent())!.trim();
    const code = (await visitor.getByTestId('complaint-lookup-code').textContent())!.trim();
    expect(trackingNo).not.toBe('');

    // 2. The clerk opens a case from it.
    const clerk = await asUser('yy-clerk');
    const list = await (
      await clerk.context().request.get(`${baseUrl()}/api/complaints?q=${encodeURIComponent(trackingNo)}`)
    ).json();
    const complaint = (list.items as { id: number; trackingNo: string }[]).find((c) => c.trackingNo === trackingNo)!;
    expect(complaint).toBeTruthy();
    await clerk.goto(`${baseUrl()}/complaints/${complaint.id}`);
    await clerk.getByTestId('complaint-case-open').click();
    await clerk.getByTestId('complaint-case-title').fill('强制会员参加收费培训');
    await clerk.getByTestId('complaint-action-ok').click();
    await clerk.getByTestId('complaint-case-link').click();
    await clerk.getByTestId('case-status').waitFor();
    expect(await clerk.getByTestId('case-status').getAttribute('data-status')).toBe('open');
    const caseId = Number(/supervision-cases\/(\d+)/.exec(clerk.url())![1]);

    // 3. A rectification order is issued (a numbered document) and downloaded.
    await clerk.getByTestId('case-issue').click();
    await clerk.getByTestId('measure-requirement').fill('立即停止强制收费培训，公示收费标准，退还违规收取的费用。');
    await clerk.getByTestId('measure-submit').click();
    const pdfButton = clerk.locator('[data-testid^="measure-pdf-"]').first();
    await pdfButton.waitFor();
    const measureId = Number((await pdfButton.getAttribute('data-testid'))!.replace('measure-pdf-', ''));
    expect(await clerk.getByTestId(`measure-${measureId}`).textContent()).toMatch(/云民改〔\d{4}〕\d+号/);
    const [download] = await Promise.all([clerk.waitForEvent('download'), pdfButton.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(await clerk.getByTestId('case-status').getAttribute('data-status')).toBe('in_progress');

    // 4. The organization, on its phone, answers with what it did and evidence.
    await org.goto(`${baseUrl()}/my-supervision`);
    await org.getByTestId(`my-measure-answer-${measureId}`).click();
    await org.getByTestId('my-answer-text').fill('已停止收费培训，在官网公示收费标准，已退还12家企业费用。');
    await org
      .getByTestId('my-answer-file')
      .locator('input[type=file]')
      .setInputFiles({ name: '退费凭证.pdf', mimeType: 'application/pdf', buffer: pdf });
    await org.getByText('退费凭证', { exact: false }).first().waitFor();
    await org.getByTestId('my-answer-submit').click();
    await org.getByTestId(`my-measure-answer-${measureId}`).waitFor({ state: 'detached' });

    // 5. The clerk verifies the answer and closes the case (反馈销号), the complaint found true.
    await clerk.reload();
    const status = () => clerk.getByTestId('case-status').getAttribute('data-status');
    await expect.poll(status).toBe('feedback_given');
    await clerk.getByTestId(`measure-verify-${measureId}`).click();
    await expect.poll(status).toBe('verified');
    await clerk.getByTestId('case-close').click();
    await clerk.getByTestId('case-close-dialog-text').fill('投诉属实，已责令改正并整改到位。');
    // The dialog may still be opening when the radio is clicked: retry until the case has closed.
    for (let attempt = 0; attempt < 4 && (await status()) !== 'closed'; attempt++) {
      await clerk.getByTestId('case-close-dialog-substantiated-yes').click();
      await clerk.getByTestId('case-close-dialog-submit').click();
      await expect
        .poll(status, { timeout: 5_000 })
        .toBe('closed')
        .catch(() => undefined);
    }
    expect(await status()).toBe('closed');
    expect(caseId).toBeGreaterThan(0);

    // 6. The complainant looks the complaint up and sees the case closed.
    await visitor.goto(`${baseUrl()}/portal/complaints/track?no=${trackingNo}&code=${code}`);
    await expect
      .poll(() => visitor.getByTestId('complaint-case-status').textContent(), { timeout: 10_000 })
      .toContain('已办结');
  }, 240_000);
});
