import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app';
import { ENGINE } from '../../support/database';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { DEMO_ORGS: 'true' } });
});
afterAll(() => t.close());

describe(`demo complaints (${ENGINE})`, () => {
  it("云阳's clerk finds one complaint to handle, one answered and one turned into a case", async () => {
    const clerk = await t.client().as('yy-clerk');
    const items = (await clerk.get('/api/complaints')).json().items;
    expect(items.map((c: { status: string }) => c.status).sort()).toEqual(['case_opened', 'received', 'replied']);
    const kase = items.find((c: { status: string }) => c.status === 'case_opened');
    expect(kase).toMatchObject({ caseId: expect.any(Number), caseStatus: expect.any(String) });
  });
});
