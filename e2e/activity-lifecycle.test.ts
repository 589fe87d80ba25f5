import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, login } from './support/browser';

/** Steps answer after a request and a refetch; give them time on a loaded two-core machine. */
const SLOW = { timeout: 20_000 };

type Session = Awaited<ReturnType<typeof launch>>;
let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(() => session.close());

async function asUser(username: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await login(page, username);
  await page.setViewportSize(viewport);
  return page;
}

/** A small real PNG (a phone photo stands in): 64×48 pixels of one colour. */
function png(width = 64, height = 48): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5a)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function pickToday(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  const open = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
  // The newest dropdown is the last in the page; wait until it has closed before the next picker opens.
  await open.last().locator('.ant-picker-cell-today').click();
  await expect.poll(() => open.count()).toBe(0);
}

describe('an activity from a phone to the public feed and the statistics', () => {
  it('planned, run, finished with a photo, reviewed and published; liked once; counted', async () => {
    const title = `社区敬老义诊 ${Date.now() % 100000}`;

    // 1. The organization's secretary plans the activity on a phone.
    const org = await asUser('yy-org', { width: 375, height: 740 });
    await org.goto(`${baseUrl()}/my-activities`);
    await org.getByTestId('act-new').click();
    await org.getByTestId('act-title').fill(title);
    await org.getByTestId('act-kind').click();
    await org.locator('.ant-select-item-option[title="公益服务"]').click();
    await pickToday(org, 'act-starts');
    await pickToday(org, 'act-ends');
    await org.getByTestId('act-place').fill('云阳县敬老院');
    await org.getByTestId('act-expected').fill('40');
    await org.getByTestId('act-budget').fill('1200.50');
    await org.getByTestId('act-description').fill('组织医生志愿者为敬老院老人义诊，测量血压血糖。');
    await org.getByTestId('act-save').click();
    await org.waitForURL(/\/my-activities\/\d+$/);
    const id = Number(/my-activities\/(\d+)/.exec(org.url())![1]);
    // The page's code loads lazily: on a busy machine the first view takes a while.
    await org.getByTestId('act-status').waitFor({ timeout: 60_000 });
    const status = () => org.getByTestId('act-status').getAttribute('data-status');
    await expect.poll(status, SLOW).toBe('planned');
    const saved = await (await org.context().request.get(`${baseUrl()}/api/activities/${id}`)).json();
    expect(saved.budgetFen).toBe(120050);

    // 2. It takes place: started, a photo taken (a text file is refused with a message), then finished.
    await org.getByTestId('act-step-start').click();
    await expect.poll(status, SLOW).toBe('under_way');
    const input = org.getByTestId('act-photos').locator('input[type=file]');
    await input.setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('不是照片') });
    await org.getByTestId('act-photo-error').first().waitFor();
    expect(await org.getByTestId('act-photo-error').first().textContent()).toContain('说明.txt');
    await input.setInputFiles({ name: '义诊现场.png', mimeType: 'image/png', buffer: png() });
    await org.locator('[data-testid^="act-photo-caption-"]').first().waitFor();
    await org.getByTestId('act-step-finish').click();
    await org.getByTestId('act-finish-summary').fill('共为38位老人义诊，发现高血压患者5人并建议就医。');
    await org.getByTestId('act-finish-attendance').fill('45');
    await org.getByTestId('act-finish-attendees').fill('张医生\n李护士');
    await org.getByTestId('act-finish-ok').click();
    await expect.poll(status, SLOW).toBe('finished');
    await org.getByTestId('act-step-submit').click();
    await expect.poll(status, SLOW).toBe('awaiting_review');

    // 3. The bureau reviews it before publication (先审后发) and publishes it.
    const clerk = await asUser('yy-clerk');
    await clerk.goto(`${baseUrl()}/activities/${id}`);
    await clerk.getByTestId('act-step-review').click();
    await clerk.getByTestId('act-decision-ok').click();
    await expect.poll(() => clerk.getByTestId('act-status').getAttribute('data-status'), SLOW).toBe('published');

    // 4. It is in the public feed, without the attendee names.
    const visitor = await session.browser.newContext();
    const feed = await (await visitor.request.get(`${baseUrl()}/api/public/activities?limit=50`)).json();
    expect((feed.items as { id: number; title: string }[]).find((a) => a.id === id)?.title).toBe(title);
    const page = await (await visitor.request.get(`${baseUrl()}/api/public/activities/${id}`)).text();
    expect(page).toContain(title);
    expect(page).not.toContain('张医生');

    // 5. A visitor likes it; a second like from the same visitor does not count.
    const like = async () =>
      (await visitor.request.post(`${baseUrl()}/api/public/activities/${id}/likes`, { headers: { origin: baseUrl() } }))
        .json()
        .then((r: { likeCount: number; counted: boolean }) => r);
    expect(await like()).toMatchObject({ likeCount: 1, counted: true });
    expect(await like()).toMatchObject({ likeCount: 1, counted: false });

    // 6. Staff see it in the statistics and on the calendar.
    const stats = await (await clerk.context().request.get(`${baseUrl()}/api/activity-stats`)).json();
    expect(stats.published, JSON.stringify(stats)).toBeGreaterThanOrEqual(1);
    await clerk.goto(`${baseUrl()}/activity-stats`);
    const figure = (key: string) => clerk.getByTestId(`act-stats-${key}`).getAttribute('data-value');
    await expect.poll(async () => Number(await figure('published')), SLOW).toBeGreaterThanOrEqual(1);
    expect(Number(await figure('likes'))).toBeGreaterThanOrEqual(1);
    await clerk.goto(`${baseUrl()}/activities?view=calendar`);
    await clerk.getByTestId('act-cal').getByText(title).first().waitFor();
    await visitor.close();
  }, 240_000);
});
