import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import type { LocalDiskStorage } from '../../src/platform/files/local-storage';
import { policies } from '../../src/platform/files/purposes';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { userIdByName } from '../support/fixtures';
import { multipart, upload } from './multipart';
import { samples } from './samples';

let t: TestApp;
let clerk: TestClient;
const sm3 = (b: Buffer) => createHash('sm3').update(b).digest('hex');

beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
  t.services.files.purposes.register({
    name: 'test.small',
    label: '测试附件',
    types: ['pdf', 'txt'],
    maxBytes: 64 * 1024,
    uploadPermission: 'files.upload',
    canRead: policies.uploader,
  });
  t.services.files.purposes.register({
    name: 'test.personal',
    label: '身份证明材料',
    types: ['pdf', 'png'],
    maxBytes: 1024 * 1024,
    uploadPermission: 'files.upload',
    auditReads: true,
    canRead: policies.uploaderOrRegion('users.pii'),
  });
});
afterAll(() => t.close());

const storage = () => t.services.files.storage as LocalDiskStorage;
const storedFiles = () => {
  const root = path.join(t.config.dataDir, 'files');
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter(
    (d) => d.isFile() && !d.parentPath.includes('.tmp'),
  ).length;
};
const keyOf = async (id: number) =>
  (await t.db.selectFrom('files').select('storageKey').where('id', '=', id).executeTakeFirstOrThrow()).storageKey;
const fileCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('files')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`uploads and downloads (${ENGINE})`, () => {
  let pdfId: number;

  it('stores an allowed PDF with its SM3 checksum, owner record and audit row', async () => {
    const res = await upload(clerk, 'attachment', '章程.pdf', samples.pdf, 'application/pdf');
    expect(res.statusCode).toBe(201);
    const rec = res.json();
    expect(rec).toMatchObject({
      purpose: 'attachment',
      name: '章程.pdf',
      originalName: '章程.pdf',
      mime: 'application/pdf',
      size: samples.pdf.length,
      checksum: sm3(samples.pdf),
      owner: null,
      regionCode: '500235',
      createdBy: await userIdByName(t.db, 'yy-clerk'),
    });
    pdfId = rec.id;
    const key = await keyOf(pdfId);
    expect(key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(readFileSync(storage().pathOf(key)).equals(samples.pdf)).toBe(true);
    const admin = await t.client().as('yy-admin');
    const audit = (await admin.get(`/api/audit-logs?entity=file&entityId=${pdfId}`)).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'upload', actorName: expect.stringContaining('yy-clerk') });
  });

  it('lets an authorised user of the region download it, unchanged, never as something to render', async () => {
    const admin = await t.client().as('yy-admin');
    expect((await admin.get(`/api/files/${pdfId}`)).json().checksum).toBe(sm3(samples.pdf));
    const res = await admin.get(`/api/files/${pdfId}/content`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(samples.pdf)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; /);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    const inline = await admin.get(`/api/files/${pdfId}/content?inline=true`);
    expect(inline.headers['content-disposition']).toMatch(/^inline; /);
  });

  it('answers 404 to users out of scope: another city, a unit user of the same county', async () => {
    for (const name of ['qz-clerk', 'yy-supervisor']) {
      const other = await t.client().as(name);
      expect((await other.get(`/api/files/${pdfId}`)).statusCode).toBe(404);
      const res = await other.get(`/api/files/${pdfId}/content`);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    expect((await t.client().get(`/api/files/${pdfId}/content`)).statusCode).toBe(401);
  });

  it('stores a PNG and serves it inline only when asked', async () => {
    const res = await upload(clerk, 'attachment', '活动照片.png', samples.png, 'image/png');
    expect(res.statusCode).toBe(201);
    const got = await clerk.get(`/api/files/${res.json().id}/content?inline=true`);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['content-disposition']).toMatch(/^inline; /);
    expect(got.rawPayload.equals(samples.png)).toBe(true);
  });

  it('takes a GBK CSV as text and says so in its content type', async () => {
    const res = await upload(clerk, 'attachment', '名单.csv', samples.csvGbk, 'text/csv');
    expect(res.json().mime).toBe('text/csv; charset=gb18030');
  });
});

describe(`uploads that are refused (${ENGINE})`, () => {
  it('refuses an upload that lies about its type, with a clear message beside the file field', async () => {
    const before = { rows: await fileCount(), stored: storedFiles() };
    const exe = await upload(clerk, 'attachment', '年度报告.pdf', samples.exe, 'application/pdf');
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({
      code: 'FILE_TYPE_REJECTED',
      fields: { file: '文件扩展名为 .pdf，但内容实际是 EXE 格式，与扩展名不符，已拒绝上传' },
    });
    const html = await upload(clerk, 'attachment', 'logo.png', samples.html, 'image/png');
    expect(html.statusCode).toBe(415);
    expect(html.json().fields.file).toContain('内容实际是文本');
    expect({ rows: await fileCount(), stored: storedFiles() }).toEqual(before);
  });

  it('answers 413 in our error shape for a file over the purpose limit, storing nothing', async () => {
    const before = { rows: await fileCount(), stored: storedFiles() };
    const big = Buffer.concat([samples.pdf, Buffer.alloc(200 * 1024, 0x20)]);
    const res = await upload(clerk, 'test.small', 'big.pdf', big);
    expect(res.statusCode).toBe(413);
    const body = res.json();
    expect(body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', fields: { file: '文件超过大小限制：测试附件最大 64 KB' } });
    expect(body.requestId).toBe(res.headers['x-request-id']);
    expect({ rows: await fileCount(), stored: storedFiles() }).toEqual(before);
  });

  it('refuses an empty file, a missing or unknown purpose, a system-only purpose and a non-multipart body', async () => {
    const empty = await upload(clerk, 'attachment', 'empty.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields).toEqual({ file: '文件为空' });
    const unknown = await upload(clerk, 'no-such-purpose', 'a.pdf', samples.pdf);
    expect(unknown.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { purpose: '文件用途不存在' } });
    const fileFirst = multipart([
      { name: 'file', file: { filename: 'a.pdf', content: samples.pdf } },
      { name: 'purpose', value: 'attachment' },
    ]);
    const late = await clerk.request('POST', '/api/files', fileFirst.body, { 'content-type': fileFirst.contentType });
    expect(late.statusCode).toBe(400);
    expect(late.json().fields).toHaveProperty('purpose');
    expect((await upload(clerk, 'export', 'a.pdf', samples.pdf)).statusCode).toBe(403);
    const json = await clerk.post('/api/files', { purpose: 'attachment' });
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const broken = await clerk.request('POST', '/api/files', Buffer.from('--x\r\nnonsense'), {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(broken.statusCode).toBeGreaterThanOrEqual(400);
    expect(broken.statusCode).toBeLessThan(500);
  });

  it('needs the CSRF header like every other write', async () => {
    const c = await t.client().as('yy-clerk');
    c.sendCsrf = false;
    const res = await upload(c, 'attachment', 'a.pdf', samples.pdf);
    expect(res.json().code).toBe('CSRF_REJECTED');
  });
});

describe(`names (${ENGINE})`, () => {
  it('makes unsafe names safe: paths, control characters, very long Chinese names', async () => {
    const passwd = await upload(clerk, 'attachment', '../../etc/passwd', Buffer.from('root:x:0:0\n'));
    expect(passwd.statusCode).toBe(201);
    expect(passwd.json()).toMatchObject({ name: 'passwd.txt', mime: 'text/plain; charset=utf-8' });
    const ctrl = await upload(clerk, 'attachment', '说明\u0007\u202Etxt.pdf', samples.pdf);
    expect(ctrl.json().name).toBe('说明txt.pdf');
    expect(ctrl.json().originalName).toBe('说明txt.pdf');
    const long = '衢州市社会组织综合党委关于开展年度检查工作的通知'.repeat(12) + '.pdf';
    const res = await upload(clerk, 'attachment', long, samples.pdf);
    expect(res.statusCode).toBe(201);
    expect(Array.from(res.json().name as string)).toHaveLength(80);
    expect(res.json().name).toMatch(/^衢州市社会组织.*\.pdf$/);
  });

  it('round-trips a Chinese file name through Content-Disposition', async () => {
    const name = '云阳县慈善会2025年度工作报告（终稿）.pdf';
    const { id } = (await upload(clerk, 'attachment', name, samples.pdf)).json();
    const res = await clerk.get(`/api/files/${id}/content`);
    const header = res.headers['content-disposition'] as string;
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)$/.exec(header)![1]!)).toBe(name);
  });
});

describe(`integrity and the service interface (${ENGINE})`, () => {
  it('detects a tampered local file on read and refuses to deliver it', async () => {
    const { id } = (await upload(clerk, 'attachment', '原件.pdf', samples.pdf)).json();
    const file = storage().pathOf(await keyOf(id));
    const bytes = readFileSync(file);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x01;
    writeFileSync(file, bytes);
    const res = await clerk.get(`/api/files/${id}/content`);
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'FILE_CORRUPTED' });
    expect(res.json().message).toContain('校验值不符');
    const { stream } = await t.services.files.open(id);
    await expect(buffer(stream)).rejects.toThrow(/校验值不符/);
    writeFileSync(file, bytes.subarray(1));
    expect((await clerk.get(`/api/files/${id}/content`)).json().message).toContain('大小不符');
  });

  it('writes each download of a personal-data purpose to the audit trail', async () => {
    const { id } = (await upload(clerk, 'test.personal', '身份证.png', samples.png)).json();
    const admin = await t.client().as('yy-admin');
    expect((await admin.get(`/api/files/${id}/content`)).statusCode).toBe(200);
    expect((await clerk.get(`/api/files/${id}/content`)).statusCode).toBe(200);
    const rows = (await admin.get(`/api/audit-logs?entity=file&entityId=${id}&action=download`)).json().items;
    expect(rows.map((r: { actorName: string }) => r.actorName.replace(/.*\(|\)/g, '')).sort()).toEqual([
      'yy-admin',
      'yy-clerk',
    ]);
    // The clerk's read scope has no users.pii: only its own upload is readable to it.
    const other = (await upload(admin, 'test.personal', '护照.png', samples.png)).json();
    expect((await clerk.get(`/api/files/${other.id}/content`)).statusCode).toBe(404);
  });

  it('stores a generated document for its owner and attaches uploads to owner records', async () => {
    const clerkId = await userIdByName(t.db, 'yy-clerk');
    const actor = { userId: clerkId, name: '登记员(yy-clerk)', regionCode: '500235', requestId: null, ip: null };
    const doc = await t.services.files.store({
      purpose: 'export',
      name: '导出.pdf',
      body: samples.pdf,
      owner: { type: 'user', id: String(clerkId) },
      actor,
    });
    expect((await clerk.get(`/api/files/${doc.id}/content`)).rawPayload.equals(samples.pdf)).toBe(true);
    expect((await (await t.client().as('yy-admin')).get(`/api/files/${doc.id}`)).statusCode).toBe(404);

    const { id } = (await upload(clerk, 'attachment', '材料.pdf', samples.pdf)).json();
    const owner = { type: 'unit', id: '7' };
    await t.db
      .transaction()
      .execute((trx) => t.services.files.attach(trx, actor, id, owner, { purpose: 'attachment' }));
    expect((await clerk.get(`/api/files/${id}`)).json().owner).toEqual(owner);
    expect((await t.services.files.listByOwner(owner)).map((f) => f.id)).toEqual([id]);
    const attachElsewhere = t.db
      .transaction()
      .execute((trx) => t.services.files.attach(trx, actor, id, { type: 'unit', id: '8' }));
    await expect(attachElsewhere).rejects.toMatchObject({ fields: { fileId: '该文件已属于其他记录' } });
    const rows = await fileCount();
    const rolledBack = t.db.transaction().execute(async (trx) => {
      await t.services.files.store({ purpose: 'export', name: '作废.pdf', body: samples.pdf, owner, actor, trx });
      throw new Error('the caller failed');
    });
    await expect(rolledBack).rejects.toThrow('the caller failed');
    expect(await fileCount()).toBe(rows);
    const { id: mine } = (await upload(clerk, 'attachment', '草稿.pdf', samples.pdf)).json();
    const byOther = t.db.transaction().execute((trx) => t.services.files.attach(trx, SYSTEM_ACTOR, mine, owner));
    await expect(byOther).rejects.toMatchObject({ fields: { fileId: '只能使用本人上传的文件' } });
  });
});
