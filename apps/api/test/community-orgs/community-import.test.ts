import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { checkLedger, commitLedger, settle, uploadLedger, workbook } from '../support/ledgers';

const HEADERS = [
  '名称',
  '所在社区（村）',
  '社区类型',
  '类别',
  '负责人',
  '负责人身份证号',
  '负责人电话',
  '活动场所',
  '活动范围',
  '成员人数',
  '活动资金（元）',
  '备案日期',
];

let serial = 0;
const row = (over: Partial<Record<(typeof HEADERS)[number], unknown>> = {}) => {
  const base: Record<string, unknown> = {
    名称: `双江街道导入志愿队${++serial}`,
    '所在社区（村）': '滨江社区',
    社区类型: '城市社区',
    类别: '公益慈善类',
    负责人: '李四',
    负责人身份证号: '500235199001011239',
    负责人电话: '13800235678',
    活动场所: '滨江社区党群服务中心',
    活动范围: '滨江社区',
    成员人数: 20,
    '活动资金（元）': '1500.50',
    备案日期: '2024年3月15日',
    ...over,
  };
  return HEADERS.map((h) => base[h]);
};
const sheet = (rows: unknown[][]) => workbook(HEADERS, rows, { sheetName: '社区社会组织台账' });

let t: TestApp;
let township: TestClient;
let county: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  township = await t.client().as('yy-township');
  county = await t.client().as('yy-clerk');
});
afterAll(() => t.close());

describe(`community-organization ledgers, on the same machinery (${ENGINE})`, () => {
  it('imports a township’s ledger all or nothing, with each bad field named', async () => {
    const tpl = await township.get('/api/ledgers/community-orgs/template');
    expect(tpl.statusCode).toBe(200);
    await township.post('/api/community-orgs', {
      name: '双江街道已备案舞蹈队',
      communityName: '滨江社区',
      areaKind: 'urban',
      categoryCode: 'culture_sports',
      responsibleName: '王五',
      venue: '滨江广场',
      activityArea: '滨江社区',
      memberCount: 12,
      fundsFen: 0,
      filedOn: '2024-01-01',
    });
    const bad = await checkLedger(
      t,
      township,
      await sheet([
        row({ 名称: '双江街道甲队' }),
        row({ 名称: '双江街道甲队' }),
        row({ 名称: '双江街道已备案舞蹈队' }),
        row({ 社区类型: '郊区' }),
        row({ 类别: '行业协会商会' }),
        row({ 成员人数: 2 }),
        row({ 备案日期: '2031-01-01' }),
        row({ '活动资金（元）': '-5' }),
      ]),
      { kind: 'community-orgs' },
    );
    expect(bad).toMatchObject({ kind: 'community_orgs', regionCode: '500235001', status: 'invalid', errorRows: 7 });
    expect(bad.errors).toEqual([
      { row: 3, column: '名称', message: '与第2行的名称重复' },
      { row: 4, column: '名称', message: '本乡镇（街道）已有同名的已备案社区社会组织' },
      { row: 5, column: '社区类型', message: '社区类型应为“城市社区”或“农村社区”' },
      { row: 6, column: '类别', message: '类别“行业协会商会”不在可选值中' },
      { row: 7, column: '成员人数', message: '成员人数至少3人' },
      { row: 8, column: '备案日期', message: '备案日期不能晚于今天' },
      { row: 9, column: '活动资金（元）', message: '金额不能为负数' },
    ]);

    const good = await checkLedger(
      t,
      township,
      await sheet([row({ 名称: '双江街道乙队' }), row({ 名称: '双江街道丙队', 社区类型: '农村社区' })]),
      { kind: 'community-orgs' },
    );
    expect(good.status).toBe('ready');
    expect(await commitLedger(t, township, good.id)).toMatchObject({ status: 'committed', committedCount: 2 });
    const list = (await township.get(`/api/community-orgs?q=${encodeURIComponent('双江街道丙队')}`)).json().items;
    expect(list).toEqual([
      expect.objectContaining({
        regionCode: '500235001',
        areaKind: 'rural',
        categoryCode: 'charity',
        fundsFen: 150_050,
        filedOn: '2024-03-15',
        responsibleIdMasked: '500***********1239',
      }),
    ]);
  });

  it('lets the county import for a township of its county, and nobody else decide', async () => {
    const bytes = await sheet([row({ 名称: '双江街道县级导入队' })]);
    const noTownship = await county.post('/api/ledgers/community-orgs/imports', {
      fileId: await uploadLedger(county, bytes),
    });
    expect(noTownship.statusCode).toBe(400);
    expect(noTownship.json().fields.regionCode).toBe('请选择要导入的乡镇（街道）');
    const checked = await checkLedger(t, county, bytes, { kind: 'community-orgs', body: { regionCode: '500235001' } });
    expect(checked).toMatchObject({ status: 'ready', regionCode: '500235001' });
    // The township sees the county's import of its filings; a neighbouring county does not.
    expect((await township.get(`/api/ledgers/imports/${checked.id}`)).statusCode).toBe(200);
    const other = await t.client().as('qz-kc-clerk');
    expect((await other.get(`/api/ledgers/imports/${checked.id}`)).statusCode).toBe(404);
    const foreign = await other.post('/api/ledgers/community-orgs/imports', {
      fileId: await uploadLedger(other, bytes),
      regionCode: '500235001',
    });
    expect(foreign.statusCode).toBe(404);
    const city = await t.client().as('qz-clerk');
    const cityTry = await city.post('/api/ledgers/community-orgs/imports', {
      fileId: await uploadLedger(city, bytes),
      regionCode: '330802006',
    });
    expect(cityTry.statusCode).toBe(403);
    expect(cityTry.json().code).toBe('OUT_OF_DECISION_SCOPE');
    const wrongTownship = await township.post('/api/ledgers/community-orgs/imports', {
      fileId: await uploadLedger(township, bytes),
      regionCode: '330802006',
    });
    expect(wrongTownship.statusCode).toBe(403);
    expect(await commitLedger(t, county, checked.id)).toMatchObject({ status: 'committed', committedCount: 1 });
    const filed = (await township.get(`/api/community-orgs?q=${encodeURIComponent('县级导入队')}`)).json().items;
    expect(filed).toHaveLength(1);
    await settle(t);
  });
});
