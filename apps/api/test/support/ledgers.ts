import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { TLedgerImport, TOrgFields } from '@shezu/contracts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { openZipEntry, readZipEntries } from '../../src/modules/ledgers/zip-entries';
import { upload } from '../files/multipart';
import type { TestApp, TestClient } from './app';
import { orgFields, usccFor } from './orgs';

/** The register ledger's headings in template order (the columns a test fills). */
export const ORG_HEADERS = [
  '名称',
  '统一社会信用代码',
  '类型',
  '领域类别',
  '业务主管单位',
  '住所所在地区代码',
  '住所',
  '法定代表人',
  '法定代表人身份证号',
  '法定代表人电话',
  '业务范围',
  '注册资金（元）',
  '成立日期',
  '证书有效期至',
  '评估等级',
  '等级有效期至',
];

const TYPE_WORDS = { social_group: '社会团体', service_institution: '民办非企业单位', foundation: '基金会' };

/** One sheet row for the register ledger from register fields (valid for 云阳县 unless overridden). */
export function orgRow(
  over: Partial<TOrgFields> & { uscc?: string; category?: string; supervisor?: string; funds?: unknown } = {},
): unknown[] {
  const f = orgFields(over);
  return [
    f.name,
    over.uscc ?? usccFor(f.type, '500235'),
    TYPE_WORDS[f.type],
    over.category ?? '行业协会商会',
    over.supervisor ?? '',
    f.regionCode,
    f.address,
    f.legalRepName,
    f.legalRepIdNumber ?? '',
    f.legalRepPhone ?? '',
    f.businessScope,
    over.funds ?? f.registeredFundsFen / 100,
    f.foundedOn,
    f.certificateValidUntil ?? '',
    f.evaluationGrade ?? '',
    f.gradeValidUntil ?? '',
  ];
}

/** An .xlsx with one sheet: `headers` in row 1, then `rows`. */
export async function workbook(
  headers: (string | null)[],
  rows: unknown[][],
  opts: { sheetName?: string; merge?: string; streaming?: boolean } = {},
): Promise<Buffer> {
  if (opts.streaming) {
    const chunks: Buffer[] = [];
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: false });
    const ws = wb.addWorksheet(opts.sheetName ?? '社会组织台账');
    ws.addRow(headers).commit();
    for (const r of rows) ws.addRow(r).commit();
    ws.commit();
    await wb.commit();
    return Buffer.concat(chunks);
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheetName ?? '社会组织台账');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  if (opts.merge) ws.mergeCells(opts.merge);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Uploads a ledger file (purpose `ledger`) and returns the file id. */
export async function uploadLedger(c: TestClient, bytes: Buffer, name = '台账.xlsx'): Promise<number> {
  const res = await upload(c, 'ledger', name, bytes);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** Runs queued background jobs (the check or the commit) to their end. */
export async function settle(t: TestApp): Promise<void> {
  await t.services.jobs.scheduler.runDue();
}

/** Upload, start the import, run the check; returns the import as the API shows it afterwards. */
export async function checkLedger(
  t: TestApp,
  c: TestClient,
  bytes: Buffer,
  opts: { kind?: 'orgs' | 'community-orgs'; body?: Record<string, unknown> } = {},
): Promise<TLedgerImport> {
  const fileId = await uploadLedger(c, bytes);
  const res = await c.post(`/api/ledgers/${opts.kind ?? 'orgs'}/imports`, { fileId, ...opts.body });
  expect(res.statusCode, res.body).toBe(202);
  await settle(t);
  return (await c.get(`/api/ledgers/imports/${res.json().id}`)).json();
}

/** Commits a checked import and runs the commit; returns the import afterwards. */
export async function commitLedger(t: TestApp, c: TestClient, id: number, body: Record<string, unknown> = {}) {
  const res = await c.post(`/api/ledgers/imports/${id}/commit`, body);
  expect(res.statusCode, res.body).toBe(202);
  await settle(t);
  return (await c.get(`/api/ledgers/imports/${id}`)).json() as TLedgerImport;
}

/** Every row of a sheet of a downloaded workbook, as plain values. */
export async function sheetValues(bytes: Buffer, sheet = 0): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[sheet]!;
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** The XML of one part of an .xlsx (e.g. the sheet, to see its data validations). */
export async function partText(bytes: Buffer, part: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ledger-part-'));
  try {
    const file = path.join(dir, 'book.xlsx');
    writeFileSync(file, bytes);
    const entry = (await readZipEntries(file)).get(part);
    if (!entry) throw new Error(`no part ${part}`);
    return await text(await openZipEntry(file, entry));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
