import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app';
import { ENGINE } from '../../support/database';
import { seedOrgs, orgFields } from '../../support/orgs';
import { seedDemoWarnings } from '../../../src/demo/seed-watch-warnings';

// The demo seed on a small app (the full demo register is checked by test/demo): yy-org gets an organization.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const [orgId] = await seedOrgs(t, [{ fields: orgFields(), authority: '500235' }]);
  await t.db.updateTable('users').set({ orgId }).where('username', '=', 'yy-org').execute();
  await seedDemoWarnings(t.services, t.db, t.clock);
});
afterAll(() => t.close());

describe(`demo data of risk warnings and illegal organizations (${ENGINE})`, () => {
  it('the visitor organization has a warning to answer; each bureau has a published ban with its decision', async () => {
    const org = await t.client().as('yy-org');
    const mine = (await org.get('/api/risk-warnings/answerable')).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ rule: 'manual', status: 'open', level: 'hint' });
    const pub = (await t.client().get('/api/public/illegal-org-warnings')).json().items;
    expect(pub.map((w: { authorityName: string }) => w.authorityName).sort()).toEqual(['云阳县民政局', '衢州市民政局']);
    expect(pub.every((w: { documentNumber: string | null }) => !!w.documentNumber)).toBe(true);
  });
});
