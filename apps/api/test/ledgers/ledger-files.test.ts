import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { samples } from '../files/samples';
import { upload } from '../files/multipart';
import { ORG_HEADERS, checkLedger, orgRow, uploadLedger, workbook } from '../support/ledgers';

let t: TestApp;
let clerk: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
});
afterAll(() => t.close());

/** Upload, then ask for an import; the answer of the import request. */
async function start(bytes: Buffer, c: TestClient = clerk) {
  const fileId = await uploadLedger(c, bytes);
  return c.post('/api/ledgers/orgs/imports', { fileId });
}

describe(`files that cannot be a ledger get a clear answer, never a 500 (${ENGINE})`, () => {
  it('refuses files that only claim to be Excel, and other formats, at upload', async () => {
    const text = await upload(clerk, 'ledger', '台账.xlsx', Buffer.from('名称,统一社会信用代码\n云阳县慈善会,1\n'));
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ code: 'FILE_TYPE_REJECTED' });
    expect(text.json().fields.file).toBe('文件扩展名为 .xlsx，但内容实际是文本，与扩展名不符，已拒绝上传');
    const pdf = await upload(clerk, 'ledger', '台账.xlsx', samples.pdf);
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().fields.file).toContain('内容实际是 PDF 格式');
    const csv = await upload(clerk, 'ledger', '台账.csv', samples.csvUtf8);
    expect(csv.statusCode).toBe(415);
    expect(csv.json().fields.file).toContain('请上传以下格式的文件：Excel (XLSX)');
  });

  it('refuses a file over the ledger size limit', async () => {
    const big = Buffer.alloc(41 * 1024 * 1024, 0x41);
    const res = await upload(clerk, 'ledger', '台账.xlsx', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().fields.file).toBe('文件超过大小限制：台账文件最大 40 MB');
  });

  it('refuses merged header cells, missing columns, an empty sheet and a header not on row 1', async () => {
    const merged = await start(await workbook(ORG_HEADERS, [orgRow()], { merge: 'A1:B1' }));
    expect(merged.statusCode).toBe(400);
    expect(merged.json().fields.fileId).toBe('表头有合并单元格（A1:B1）：请取消合并，每列一个表头后重新上传');

    const renamed = ORG_HEADERS.map((h) => (h === '名称' ? '组织名称' : h)).filter((h) => h !== '成立日期');
    const missing = await start(await workbook(renamed, [orgRow()]));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields.fileId).toBe(
      '工作表“社会组织台账”缺少必填列：名称、成立日期（请使用下载的模板，不要修改表头）',
    );

    const empty = await start(await workbook(ORG_HEADERS, []));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields.fileId).toBe('工作表“社会组织台账”没有数据：请在表头下方逐行填写');

    const lowered = await start(await workbook([], [ORG_HEADERS, orgRow()]));
    expect(lowered.statusCode).toBe(400);
    expect(lowered.json().fields.fileId).toBe('第1行应为表头，当前第1行为空（表头应在第1行）');

    const blank = await start(await workbook([], []));
    expect(blank.statusCode).toBe(400);
    expect(blank.json().fields.fileId).toMatch(/是空的/);
  });

  it('refuses a file used twice, someone else’s file, and a file of another purpose', async () => {
    const bytes = await workbook(ORG_HEADERS, [orgRow()]);
    const fileId = await uploadLedger(clerk, bytes);
    expect((await clerk.post('/api/ledgers/orgs/imports', { fileId })).statusCode).toBe(202);
    const twice = await clerk.post('/api/ledgers/orgs/imports', { fileId });
    expect(twice.json().fields.fileId).toBe('该文件已用于另一次导入，请重新上传');

    const other = await t.client().as('qz-kc-clerk');
    const theirs = await uploadLedger(other, bytes);
    expect((await clerk.post('/api/ledgers/orgs/imports', { fileId: theirs })).json().fields.fileId).toBe(
      '文件不存在，请重新上传',
    );
    const attachment = await upload(clerk, 'attachment', '台账.xlsx', bytes);
    const wrong = await clerk.post('/api/ledgers/orgs/imports', { fileId: attachment.json().id });
    expect(wrong.json().fields.fileId).toContain('purpose=ledger');
    expect((await clerk.post('/api/ledgers/orgs/imports', {})).json().fields.fileId).toBeDefined();
    await t.services.jobs.scheduler.runDue();
  });

  it('lets only bureau staff import the register, and township staff upload only ledgers', async () => {
    const township = await t.client().as('yy-township');
    const fileId = await uploadLedger(township, await workbook(ORG_HEADERS, [orgRow()]));
    const res = await township.post('/api/ledgers/orgs/imports', { fileId });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('只有登记管理机关可以导入社会组织台账');
    const supervisor = await t.client().as('yy-supervisor');
    expect((await upload(supervisor, 'ledger', '台账.xlsx', Buffer.from('x'))).statusCode).toBe(403);
    expect((await supervisor.get('/api/ledgers/imports')).statusCode).toBe(403);
  });

  it('reads the report of an earlier check when it is uploaded again (inline strings, extra column)', async () => {
    const checked = await checkLedger(
      t,
      clerk,
      await workbook(ORG_HEADERS, [orgRow({ name: '云阳县复传协会' }), orgRow({ foundedOn: '2035-01-01' })]),
    );
    expect(checked).toMatchObject({ status: 'invalid', errorRows: 1 });
    const report = (await clerk.get(`/api/ledgers/imports/${checked.id}/report`)).rawPayload;
    const again = await checkLedger(t, clerk, report);
    expect(again).toMatchObject({ status: 'invalid', totalRows: 2, errorRows: 1 });
    expect(again.errors).toEqual(checked.errors);
  });
});
