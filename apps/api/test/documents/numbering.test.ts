import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import { createDocuments } from '../../src/platform/documents/create-documents';
import { LocalDocumentStore, type DocumentStore } from '../../src/platform/documents/document-store';
import { RegionsService } from '../../src/modules/regions/regions.service';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const notice = (n: number | string) => ({ addressee: `测试社会组织${n}`, content: `第${n}份通知的内容。` });
const issue = (authorityRegionCode: string, kind = 'notice', fields: Record<string, string> = notice(1)) =>
  t.services.documents.issue(null, { kind, authorityRegionCode, fields, actor: SYSTEM_ACTOR });

async function seqs(authority: string, kind: string, year: number): Promise<number[]> {
  const rows = await t.db
    .selectFrom('documents')
    .select('seq')
    .where('authorityRegionCode', '=', authority)
    .where('kind', '=', kind)
    .where('year', '=', year)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.seq);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe(`document numbers per authority, kind and year (${ENGINE})`, () => {
  it('20 notices issued at the same moment through the API are numbered 1..20, no gap, no duplicate', async () => {
    const clerk = await t.client().as('yy-clerk');
    const results = await Promise.all(
      range(1, 20).map((n) => clerk.post('/api/documents', { kind: 'notice', fields: notice(n) })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const numbers = results.map((r) => r.json().number as string);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.sort()).toEqual(
      range(1, 20)
        .map((n) => `云民通〔2026〕${n}号`)
        .sort(),
    );
    expect(await seqs('500235', 'notice', 2026)).toEqual(range(1, 20));
  }, 120_000);

  it('issues from a second server (another connection pool) interleave without a duplicate', async () => {
    // Two processes on one SQLite file are serialised by BEGIN IMMEDIATE; inside one process a second
    // connection would block the event loop the first one needs, so only PostgreSQL runs two pools here.
    const second = ENGINE === 'postgres' ? openDatabase({ url: t.tdb.url, dataDir: t.tdb.dataDir, poolSize: 5 }) : null;
    try {
      const other = second
        ? createDocuments(t.config, second.db, t.clock, t.services.audit, (db, code) =>
            new RegionsService(db, t.clock, t.services.audit).find(code),
          ).documents
        : t.services.documents;
      const one = (svc: typeof other, n: number) =>
        svc.issue(null, { kind: 'letter', authorityRegionCode: '330802', fields: letter(n), actor: SYSTEM_ACTOR });
      const docs = await Promise.all(range(1, 20).map((n) => one(n % 2 ? t.services.documents : other, n)));
      expect(docs.map((d) => d.seq).sort((a, b) => a - b)).toEqual(range(1, 20));
      expect(await seqs('330802', 'letter', 2026)).toEqual(range(1, 20));
    } finally {
      await second?.close();
    }
  }, 120_000);

  it('an issue rolled back with the decision it belonged to leaves no gap and no file record', async () => {
    const documentFiles = async () =>
      (await t.db.selectFrom('files').select(['ownerId', 'checksum']).where('purpose', '=', 'document').execute())
        .length;
    const first = await issue('330803');
    expect(first.number).toBe('衢民通〔2026〕1号');
    // The files service keeps the PDF and the DOCX, owned by the document, with the PDF's checksum.
    const own = await t.db
      .selectFrom('files')
      .select(['ownerType', 'ownerId', 'checksum', 'mime'])
      .where('purpose', '=', 'document')
      .where('ownerId', '=', String(first.id))
      .execute();
    expect(own.map((f) => f.mime).sort()).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    expect(own.find((f) => f.mime === 'application/pdf')).toMatchObject({
      ownerType: 'document',
      checksum: first.checksum,
    });
    const filesBefore = await documentFiles();
    await expect(
      t.db.transaction().execute(async (trx) => {
        const doc = await t.services.documents.issue(trx, {
          kind: 'notice',
          authorityRegionCode: '330803',
          fields: notice(2),
          linkedTo: { type: 'case', id: '7' },
          actor: SYSTEM_ACTOR,
        });
        expect(doc.seq).toBe(2);
        throw new Error('the decision failed after the notice was issued');
      }),
    ).rejects.toThrow('the decision failed');
    expect(await documentFiles()).toBe(filesBefore);
    expect((await issue('330803')).seq).toBe(2);
    expect(await seqs('330803', 'notice', 2026)).toEqual([1, 2]);
  });

  it('an issue that fails while storing its files leaves no gap and no orphan file', async () => {
    const local = new LocalDocumentStore(path.join(t.config.dataDir, 'documents'));
    const written: string[] = [];
    const failing: DocumentStore = {
      async put(trx, name, bytes, meta) {
        if (meta.contentType.includes('word')) throw new Error('disk full');
        const ref = await local.put(trx, name, bytes);
        written.push(ref);
        return ref;
      },
      get: (ref) => local.get(ref),
      discard: (ref) => local.discard(ref),
    };
    const broken = createDocuments(
      t.config,
      t.db,
      t.clock,
      t.services.audit,
      (db, code) => new RegionsService(db, t.clock, t.services.audit).find(code),
      failing,
    ).documents;
    await issue('330822');
    await expect(
      broken.issue(null, { kind: 'notice', authorityRegionCode: '330822', fields: notice(2), actor: SYSTEM_ACTOR }),
    ).rejects.toThrow('disk full');
    expect(written).toHaveLength(1);
    for (const ref of written) await expect(local.get(ref)).rejects.toThrow(/ENOENT/);
    expect((await issue('330822')).number).toBe('常民通〔2026〕2号');
  });

  it('a field error takes no number', async () => {
    const res = await (
      await t.client().as('qz-cs-clerk')
    ).post('/api/documents', {
      kind: 'notice',
      fields: { content: '缺少主送单位' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields['fields.addressee']).toBe('请填写主送单位');
    expect(await seqs('330822', 'notice', 2026)).toEqual([1, 2]);
  });

  it('restarts at 1 on 1 January in China, and is separate per authority and per kind', async () => {
    t.clock.set('2026-12-31T15:59:00.000Z'); // 23:59 on 31 December in China
    const before = await issue('330824');
    expect(before.number).toBe('开民通〔2026〕1号');
    t.clock.set('2026-12-31T16:00:00.000Z'); // midnight: 1 January 2027 in China
    const after = await issue('330824');
    expect(after.number).toBe('开民通〔2027〕1号');
    expect(after.issueDate).toBe('2027-01-01');
    expect((await issue('330824')).number).toBe('开民通〔2027〕2号');
    expect((await issue('330824', 'letter', letter(1))).number).toBe('开民函〔2027〕1号');
    expect((await issue('330825')).number).toBe('龙民通〔2027〕1号');
    expect(await seqs('330824', 'notice', 2026)).toEqual([1]);
    t.clock.set('2026-03-02T01:00:00.000Z');
  });
});

function letter(n: number) {
  return { addressee: '衢州市柯城区教育局', subject: `第${n}件事`, content: `第${n}封函的内容。` };
}
