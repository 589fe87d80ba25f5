import { permissionsOf } from '@shezu/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userExport } from '../../src/modules/accounts/users.export';
import { userIdByName } from '../support/fixtures';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { DATA_START, readSheet } from './xlsx';

let t: TestApp;
let admin: TestClient;

const person = (username: string, phone: string, over: Record<string, unknown> = {}) => ({
  username,
  displayName: `测试${username}`,
  roles: ['authority_staff'],
  regionCode: '500235',
  unitId: null,
  orgId: null,
  phone,
  idNumber: null,
  initialPassword: 'Initial-Pass-2026',
  ...over,
});

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.client().as('yy-admin');
  for (const [i, u] of ['exp-a', 'exp-b', 'exp-c'].entries()) {
    const res = await admin.post('/api/users', person(u, `1380023500${i}`));
    if (res.statusCode !== 201) throw new Error(res.body);
  }
  const qz = await t.client().as('qz-admin');
  await qz.post('/api/users', person('exp-qz', '13900000001', { regionCode: '3308' }));
});
afterAll(() => t.close());

describe(`account list export (${ENGINE})`, () => {
  it('exports the filtered list in scope, watermarked, with Chinese headings and masked phones', async () => {
    const res = await admin.get('/api/users/export?q=exp-&role=authority_staff');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const disposition = res.headers['content-disposition'] as string;
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe('账号列表_20260302-0900.xlsx');

    const { rows, sheet } = await readSheet(res.rawPayload);
    expect(rows[0]).toEqual(['账号列表']);
    expect(rows[1]![0]).toBe('导出人：云阳县系统管理员(yy-admin)　导出时间：2026年3月2日 09:00（北京时间）');
    expect(rows[2]![0]).toBe('筛选条件：关键词：exp-；角色：登记管理机关工作人员');
    expect(rows[3]).toEqual([
      '用户名',
      '姓名',
      '角色',
      '所属地区',
      '所属单位',
      '手机号码',
      '身份证号码',
      '状态',
      '最近登录',
      '创建时间',
    ]);
    expect(sheet.headerFooter.oddHeader).toContain('云阳县系统管理员(yy-admin)');

    const data = rows.slice(DATA_START);
    const listed = (await admin.get('/api/users?q=exp-&role=authority_staff')).json().items;
    expect(data.map((r) => r[0])).toEqual(listed.map((u: { username: string }) => u.username));
    expect(data.map((r) => r[0])).toEqual(['exp-a', 'exp-b', 'exp-c']); // the 衢州 account is out of scope
    expect(data[0]!.slice(0, 8)).toEqual([
      'exp-a',
      '测试exp-a',
      '登记管理机关工作人员',
      '重庆市云阳县',
      undefined,
      '138****5000',
      undefined,
      '正常、待改密',
    ]);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('13800235000');
  });

  it('writes one audit row per export with the list, the filter and the row count', async () => {
    const rows = (await admin.get('/api/audit-logs?action=export&entity=user')).json().items;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorName: '云阳县系统管理员(yy-admin)',
      summary: '导出账号列表，共 3 行',
      after: {
        filter: { q: 'exp-', role: 'authority_staff' },
        filterText: '关键词：exp-；角色：登记管理机关工作人员',
        rowCount: 3,
        completed: true,
      },
    });
  });

  it('exports only the columns asked for, in that order, and refuses others by name', async () => {
    const res = await admin.get('/api/users/export?q=exp-b&columns=displayName,phoneMasked');
    const { rows } = await readSheet(res.rawPayload);
    expect(rows[3]).toEqual(['姓名', '手机号码']);
    expect(rows.slice(DATA_START)).toEqual([['测试exp-b', '138****5001']]);
    const bad = await admin.get('/api/users/export?columns=username,passwordHash');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.columns).toContain('不能导出的列：passwordHash');
  });

  it('keeps each bureau to its own region, and refuses roles without the export permission', async () => {
    const qz = await t.client().as('qz-admin');
    const { rows } = await readSheet((await qz.get('/api/users/export?q=exp-')).rawPayload);
    expect(rows.slice(DATA_START).map((r) => r[0])).toEqual(['exp-qz']);
    const supervisor = await t.client().as('yy-supervisor');
    expect((await supervisor.get('/api/users/export')).statusCode).toBe(403);
  });
});

describe(`audit trail export (${ENGINE})`, () => {
  it('exports the filtered trail newest first, and records itself', async () => {
    const res = await admin.get('/api/audit-logs/export?entity=user&action=create');
    expect(res.statusCode).toBe(200);
    const { rows } = await readSheet(res.rawPayload);
    expect(rows[2]![0]).toBe('筛选条件：对象：账号；操作：新建');
    expect(rows[3]!.slice(0, 7)).toEqual(['序号', '时间', '操作人', '操作', '对象', '对象编号', '摘要']);
    const data = rows.slice(DATA_START);
    const listed = (await admin.get('/api/audit-logs?entity=user&action=create')).json().items;
    expect(data.map((r) => r[0])).toEqual(listed.map((r: { id: number }) => r.id));
    expect(data).toHaveLength(3); // the 衢州 account's creation is out of 云阳's scope
    expect(new Set(data.map((r) => `${r[3]}/${r[4]}`))).toEqual(new Set(['新建/账号']));
    const own = (await admin.get('/api/audit-logs?action=export&entity=audit_log')).json().items;
    expect(own[0].after).toMatchObject({ rowCount: 3, completed: true });
  });
});

describe(`export to a stored file, for background jobs (${ENGINE})`, () => {
  it('stores the workbook as an export file only the exporting account can download', async () => {
    const id = await userIdByName(t.db, 'yy-admin');
    const user = {
      id,
      username: 'yy-admin',
      displayName: '云阳县系统管理员',
      roles: ['system_admin' as const],
      permissions: permissionsOf(['system_admin']),
      regionCode: '500235',
      unitId: null,
      orgId: null,
      mustChangePassword: false,
    };
    const actor = {
      userId: id,
      name: '云阳县系统管理员(yy-admin)',
      regionCode: '500235',
      requestId: 'job-run:1',
      ip: null,
    };
    const spec = userExport(t.services.users, user, actor, t.clock.now(), { q: 'exp-', columns: 'username' });
    const file = await t.services.exports.toFile(spec);
    expect(file).toMatchObject({
      purpose: 'export',
      name: '账号列表_20260302-0900.xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      owner: { type: 'user', id: String(id) },
    });
    const { rows } = await readSheet((await admin.get(`/api/files/${file.id}/content`)).rawPayload);
    expect(rows[1]![0]).toContain('云阳县系统管理员(yy-admin)');
    expect(rows.slice(DATA_START)).toEqual([['exp-a'], ['exp-b'], ['exp-c']]);
    const clerk = await t.client().as('yy-clerk');
    expect((await clerk.get(`/api/files/${file.id}/content`)).statusCode).toBe(404);
  });
});
