import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOrgAccountsIssued } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { ok } from '../support/applications';
import { orgFields, seedOrgs } from '../support/orgs';
import { readSheet } from '../exports/xlsx';

let t: TestApp;
let clerk: TestClient;
let ids: number[];
let cityOrg: number;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
  ids = await seedOrgs(t, [
    { fields: orgFields({ name: '云阳县账号测试协会甲' }) },
    { fields: orgFields({ name: '云阳县账号测试协会乙' }) },
    {
      fields: orgFields({ name: '云阳县账号测试中心丙', type: 'service_institution', categoryCode: 'social_service' }),
    },
  ]);
  cityOrg = (
    await seedOrgs(t, [
      { fields: orgFields({ name: '衢州市账号测试协会', regionCode: '330802006' }), authority: '3308' },
    ])
  )[0]!;
});
afterAll(() => t.close());

describe(`bulk accounts for registered organizations (${ENGINE})`, () => {
  it('issues one account per organization: login by credit code, password shown once, changed at first login', async () => {
    const out = await ok<TOrgAccountsIssued>(clerk.post('/api/orgs/accounts', { orgIds: [ids[0], ids[1], 99999] }));
    expect(out.issued).toHaveLength(2);
    expect(out.skipped).toEqual([{ orgId: 99999, orgName: '', uscc: '', reason: '记录不存在或不在查看范围内' }]);
    const first = out.issued.find((x) => x.orgId === ids[0])!;
    expect(first.username).toBe(first.uscc.toLowerCase());
    expect(first.initialPassword).toMatch(/^.{12}$/);

    // The list also comes as a watermarked Excel file of the clerk's own.
    expect(out.file).toMatchObject({ purpose: 'export', mime: expect.stringContaining('spreadsheetml') });
    const xlsx = await clerk.get(`/api/files/${out.file!.id}/content`);
    expect(xlsx.statusCode).toBe(200);
    const { rows } = await readSheet(xlsx.rawPayload);
    expect(rows.flat()).toEqual(expect.arrayContaining([first.uscc, first.initialPassword]));
    expect((await (await t.client().as('yy-admin')).get(`/api/files/${out.file!.id}/content`)).statusCode).toBe(404);

    // Log in with the credit code as printed (upper case); the first thing asked is a new password.
    const org = t.client();
    expect((await org.login(first.uscc, first.initialPassword)).json()).toMatchObject({
      roles: ['org_account'],
      orgId: ids[0],
      mustChangePassword: true,
    });
    expect((await org.get('/api/applications')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    await ok(
      org.post('/api/auth/password', { currentPassword: first.initialPassword, newPassword: 'OrgAccount@2026' }),
    );
    expect((await org.get(`/api/orgs/${ids[0]}`)).json().name).toBe('云阳县账号测试协会甲');
    expect((await org.get(`/api/orgs/${ids[1]}`)).statusCode).toBe(404);

    // One audit row for the batch, and never a password in the trail.
    const audit = (await (await t.client().as('yy-admin')).get('/api/audit-logs?entity=user')).json().items;
    const batch = audit.filter((r: { action: string }) => r.action === 'issue_org_accounts');
    expect(batch).toHaveLength(1);
    expect(batch[0].summary).toBe('批量开通社会组织账号2个，跳过1个');
    expect(JSON.stringify(audit)).not.toContain(first.initialPassword);
  });

  it('skips organizations that have an account and reports them; a filter takes the own bureau only', async () => {
    const out = await ok<TOrgAccountsIssued>(clerk.post('/api/orgs/accounts', { filter: {} }));
    expect(out.issued.map((x) => x.orgId)).toEqual([ids[2]]);
    expect(out.skipped.map((x) => [x.orgId, x.reason])).toEqual([
      [ids[0], '已有社会组织账号'],
      [ids[1], '已有社会组织账号'],
    ]);
    const again = await ok<TOrgAccountsIssued>(clerk.post('/api/orgs/accounts', { orgIds: ids }));
    expect(again.issued).toEqual([]);
    expect(again.file).toBeNull();
    expect(again.skipped).toHaveLength(3);
  });

  it('is for the bureau that registered the organization (本级)', async () => {
    const city = await t.client().as('qz-clerk');
    const county = await t.client().as('qz-kc-clerk');
    const fromCounty = await ok<TOrgAccountsIssued>(county.post('/api/orgs/accounts', { orgIds: [cityOrg] }));
    expect(fromCounty.skipped).toEqual([
      expect.objectContaining({ orgId: cityOrg, reason: '非本级登记的社会组织，不能开通账号' }),
    ]);
    expect((await clerk.post('/api/orgs/accounts', { orgIds: [cityOrg] })).json().skipped[0].reason).toBe(
      '记录不存在或不在查看范围内',
    );
    expect((await (await t.client().as('yy-admin')).post('/api/orgs/accounts', { orgIds: [ids[0]] })).statusCode).toBe(
      403,
    );
    expect((await city.post('/api/orgs/accounts', { orgIds: [cityOrg], filter: {} })).statusCode).toBe(400);
    expect((await city.post('/api/orgs/accounts', { orgIds: [cityOrg] })).json().issued).toHaveLength(1);
  });
});
