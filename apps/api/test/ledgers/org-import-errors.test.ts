import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { usccCheck, type TLedgerIssue } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { orgFields, usccFor } from '../support/orgs';
import { ORG_HEADERS, checkLedger, commitLedger, orgRow, sheetValues, workbook } from '../support/ledgers';

let t: TestApp;
let clerk: TestClient;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
  admin = await t.client().as('yy-admin');
});
afterAll(() => t.close());

/** A code that is right in every position but the last check digit (as some early pilot-area codes are). */
function pilotCode(): string {
  const good = usccFor('social_group', '500235');
  const wrong = good[17] === 'A' ? 'B' : 'A';
  expect(usccCheck(good.slice(0, 17))).toBe(good[17]);
  return good.slice(0, 17) + wrong;
}

async function registerCount(): Promise<{ orgs: number; events: number; grams: number }> {
  const n = async (table: string) =>
    Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.db)).rows[0]!.n);
  return { orgs: await n('organizations'), events: await n('org_events'), grams: await n('org_name_grams') };
}

describe(`the register ledger answers every bad row, field by field (${ENGINE})`, () => {
  it('lists each kind of error under its row and column, in the report too, and refuses to commit', async () => {
    const existing = usccFor('social_group', '500235');
    const created = await clerk.post('/api/orgs', { ...orgFields({ name: '云阳县已登记商会' }), uscc: existing });
    expect(created.statusCode).toBe(201);
    const first = usccFor('social_group', '500235');
    const rows = [
      orgRow({ name: '云阳县第一行协会', uscc: first }), // 2: valid
      orgRow({ uscc: '51500235MJ00001' }), // 3
      orgRow({ uscc: usccFor('foundation', '500235') }), // 4
      orgRow({ uscc: first }), // 5
      orgRow({ uscc: existing }), // 6
      orgRow({ regionCode: '500235999' }), // 7
      orgRow({ regionCode: '330802' }), // 8
      orgRow({ name: '云阳县第一行协会' }), // 9
      orgRow({ name: '云阳县已登记商会' }), // 10
      orgRow({ foundedOn: '2030-01-01' }), // 11
      orgRow({ funds: 20000 }), // 12
      orgRow({ funds: '30000.123' }), // 13
      orgRow({ foundedOn: '2018-02-30' }), // 14
      orgRow({ category: '不存在类' }), // 15
      orgRow({ category: '文化类' }), // 16
      orgRow({ category: '文化类', supervisor: '云阳县不存在局' }), // 17
      orgRow({ legalRepIdNumber: '500235199001011230' }), // 18
      orgRow({ uscc: usccFor('social_group', '3308') }), // 19
      orgRow({ legalRepName: '' }), // 20
      orgRow({ uscc: pilotCode() }), // 21: a warning, not an error
    ];
    const checked = await checkLedger(t, clerk, await workbook(ORG_HEADERS, rows));
    expect(checked).toMatchObject({ status: 'invalid', totalRows: 20, validRows: 2, errorRows: 18, pilotRows: 1 });
    const at = (row: number) => checked.errors.filter((e: TLedgerIssue) => e.row === row);
    const one = (row: number, column: string, message: string | RegExp) =>
      expect(at(row), `row ${row}`).toContainEqual({
        row,
        column,
        message: typeof message === 'string' ? message : expect.stringMatching(message),
      });
    expect(at(2)).toEqual([]);
    one(3, '统一社会信用代码', '统一社会信用代码应为18位，当前为15位');
    one(4, '统一社会信用代码', /^第2位机构类别应为1（社会团体），当前为3/);
    one(5, '统一社会信用代码', '与第2行的统一社会信用代码重复');
    one(6, '统一社会信用代码', '该统一社会信用代码已在登记库中');
    one(7, '住所所在地区代码', '行政区划不存在');
    one(8, '住所所在地区代码', '住所须在登记管理机关的行政区域内');
    one(9, '名称', '与第2行的名称重复');
    one(10, '名称', '同一登记管理机关已有正常存续的同名社会组织');
    one(11, '成立日期', '成立日期不能晚于今天');
    one(12, '注册资金（元）', /^地方性社会团体的活动资金应不少于3万元/);
    one(13, '注册资金（元）', '金额最多保留两位小数（到分）');
    one(14, '成立日期', '日期“2018-02-30”不存在');
    one(15, '领域类别', '领域类别“不存在类”不在本地区的类别中');
    one(16, '业务主管单位', '文化类须有业务主管单位');
    one(17, '业务主管单位', '业务主管单位“云阳县不存在局”不存在或已停用');
    one(18, '法定代表人身份证号', '身份证号码不正确（18位，最后一位为数字或X）');
    one(19, '统一社会信用代码', /应为登记管理机关的500235/);
    one(20, '法定代表人', '请填写法定代表人');
    expect(at(21)).toEqual([]);
    expect(checked.warnings).toContainEqual({
      row: 21,
      column: '统一社会信用代码',
      message: expect.stringMatching(/^第18位（校验码）应为.*试点地区/),
    });

    const report = await sheetValues((await clerk.get(`/api/ledgers/imports/${checked.id}/report`)).rawPayload);
    const note = (row: number) => String(report[row - 1]![ORG_HEADERS.length] ?? '');
    expect(report).toHaveLength(21);
    expect(note(2)).toBe('');
    expect(note(6)).toBe('统一社会信用代码：该统一社会信用代码已在登记库中');
    expect(note(11)).toContain('成立日期：成立日期不能晚于今天');
    expect(note(21)).toMatch(/^（提示）统一社会信用代码：第18位/);

    const commit = await clerk.post(`/api/ledgers/imports/${checked.id}/commit`, {});
    expect(commit.statusCode).toBe(409);
    expect(commit.json().message).toBe('台账有错误，不能导入：请下载校验报告，修改后重新上传');
    expect((await clerk.get(`/api/orgs?q=${encodeURIComponent('第一行协会')}`)).json().items).toEqual([]);
  });

  it('accepts a pilot-area code only with the explicit, audited override, and keeps the warning on the org', async () => {
    const code = pilotCode();
    const checked = await checkLedger(
      t,
      clerk,
      await workbook(ORG_HEADERS, [orgRow({ name: '云阳县试点代码协会', uscc: code }), orgRow()]),
    );
    expect(checked).toMatchObject({ status: 'ready', pilotRows: 1, warningRows: 1, errorRows: 0 });
    const refused = await clerk.post(`/api/ledgers/imports/${checked.id}/commit`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields.overridePilotCodes).toMatch(/^有1行统一社会信用代码仅第18位校验码不符/);
    expect((await clerk.get(`/api/ledgers/imports/${checked.id}`)).json().status).toBe('ready');

    const done = await commitLedger(t, clerk, checked.id, { overridePilotCodes: true });
    expect(done).toMatchObject({ status: 'committed', committedCount: 2, overridePilotCodes: true });
    const org = (await clerk.get(`/api/orgs?q=${code}`)).json().items[0];
    expect(org.name).toBe('云阳县试点代码协会');
    expect(org.usccWarning).toBe('第18位校验码不符（试点地区早期赋码），导入时经确认保留');
    const audit = (await admin.get(`/api/audit-logs?entity=ledger_import&entityId=${checked.id}`)).json().items;
    const imported = audit.find((a: { action: string }) => a.action === 'import');
    expect(imported.after).toMatchObject({ overridePilotCodes: true, pilotCodes: [code] });
    expect(imported.summary).toContain('经确认保留试点地区代码');
    const requested = audit.find((a: { action: string }) => a.action === 'commit');
    expect(requested.after).toMatchObject({ overridePilotCodes: true, pilotRows: 1 });
    // Manual entry still refuses the same kind of code.
    const manual = await clerk.post('/api/orgs', { ...orgFields(), uscc: pilotCode() });
    expect(manual.statusCode).toBe(400);
  });

  it(
    'writes nothing when the one bad row is the last of 10,000, and says which row',
    { timeout: 180_000 },
    async () => {
      const before = await registerCount();
      const rows = Array.from({ length: 10_000 }, () => orgRow());
      rows[rows.length - 1] = orgRow({ foundedOn: '2031-05-01' });
      const checked = await checkLedger(t, clerk, await workbook(ORG_HEADERS, rows, { streaming: true }));
      expect(checked).toMatchObject({ status: 'invalid', totalRows: 10_000, errorRows: 1, validRows: 9_999 });
      expect(checked.errors).toEqual([{ row: 10_001, column: '成立日期', message: '成立日期不能晚于今天' }]);
      const report = await sheetValues((await clerk.get(`/api/ledgers/imports/${checked.id}/report`)).rawPayload);
      expect(report).toHaveLength(10_001);
      expect(report[10_000]![ORG_HEADERS.length]).toBe('成立日期：成立日期不能晚于今天');
      expect((await clerk.post(`/api/ledgers/imports/${checked.id}/commit`, {})).statusCode).toBe(409);
      expect(await registerCount()).toEqual(before);
    },
  );

  it('rolls the whole commit back when the last row was registered after the check', { timeout: 180_000 }, async () => {
    const before = await registerCount();
    const rows = Array.from({ length: 10_000 }, () => orgRow());
    const lastCode = String(rows[rows.length - 1]![1]);
    const checked = await checkLedger(t, clerk, await workbook(ORG_HEADERS, rows, { streaming: true }));
    expect(checked).toMatchObject({ status: 'ready', totalRows: 10_000 });
    // Someone enters the last row's organization by hand between the check and the commit.
    const late = await clerk.post('/api/orgs', { ...orgFields({ name: '云阳县后来登记协会' }), uscc: lastCode });
    expect(late.statusCode).toBe(201);
    const mid = await registerCount();
    const done = await commitLedger(t, clerk, checked.id);
    expect(done.status).toBe('failed');
    expect(done.failure).toBe(
      '第10001行 统一社会信用代码：该统一社会信用代码已在登记库中（校验之后已有相同记录写入），本次导入未写入任何数据',
    );
    expect(done.committedCount).toBeNull();
    expect(await registerCount()).toEqual(mid);
    expect(mid.orgs).toBe(before.orgs + 1);
    const run = (await clerk.get(`/api/job-runs/${done.jobRunId}`)).json();
    expect(run).toMatchObject({ status: 'failed', error: done.failure });
  });
});
