import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { samples } from '../../../test/files/samples';
import { AppError } from '../errors';
import { detectFileType, textEncodingOf, type FileTypeKey } from './file-types';

const dir = mkdtempSync(path.join(os.tmpdir(), 'shezu-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const write = (bytes: Buffer) => {
  const p = path.join(dir, String(n++));
  writeFileSync(p, bytes);
  return p;
};
const ALL: FileTypeKey[] = ['pdf', 'png', 'jpg', 'docx', 'xlsx', 'txt', 'csv'];

async function refusal(bytes: Buffer, name: string, allowed: FileTypeKey[] = ALL): Promise<string> {
  const e = await detectFileType(write(bytes), name, allowed).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe('FILE_TYPE_REJECTED');
  return (e as AppError).fields!.file!;
}

describe('file types are recognised by content, not by name', () => {
  it('accepts content that matches its name', async () => {
    expect(await detectFileType(write(samples.pdf), '报告.pdf', ALL)).toEqual({ type: 'pdf', mime: 'application/pdf' });
    expect(await detectFileType(write(samples.png), 'logo.PNG', ALL)).toEqual({ type: 'png', mime: 'image/png' });
    expect(await detectFileType(write(samples.png), '无扩展名', ALL)).toEqual({ type: 'png', mime: 'image/png' });
  });

  it('refuses an executable renamed .pdf, naming what it really is', async () => {
    expect(await refusal(samples.exe, '年度报告.pdf')).toBe(
      '文件扩展名为 .pdf，但内容实际是 EXE 格式，与扩展名不符，已拒绝上传',
    );
  });

  it('refuses an HTML page renamed .png (text where an image is claimed)', async () => {
    expect(await refusal(samples.html, 'photo.png')).toContain('内容实际是文本');
  });

  it('refuses a real PNG named .jpg, and a type the purpose does not allow', async () => {
    expect(await refusal(samples.png, 'photo.jpg')).toContain('内容实际是 PNG 格式');
    expect(await refusal(samples.png, 'photo.png', ['pdf'])).toBe('不支持 PNG 格式的文件，请上传以下格式的文件：PDF');
  });

  it('refuses unrecognisable binary content even under a text name', async () => {
    expect(await refusal(samples.binaryJunk, 'data.csv')).toContain('无法识别文件的实际格式');
  });

  it('takes UTF-8 and GBK text as CSV, with the charset it was written in', async () => {
    expect(await detectFileType(write(samples.csvUtf8), '名单.csv', ALL)).toEqual({
      type: 'csv',
      mime: 'text/csv; charset=utf-8',
    });
    expect(await detectFileType(write(samples.csvGbk), '名单.csv', ALL)).toEqual({
      type: 'csv',
      mime: 'text/csv; charset=gb18030',
    });
    expect(await refusal(samples.csvUtf8, '名单.csv', ['pdf'])).toContain('不支持 CSV 格式');
  });
});

describe('text check', () => {
  it('rejects NUL and other control bytes, accepts tabs and line breaks', () => {
    expect(textEncodingOf(Buffer.from('a\tb\r\nc'))).toBe('utf-8');
    expect(textEncodingOf(Buffer.from('a\u0000b'))).toBeNull();
    expect(textEncodingOf(Buffer.from('a\u0007b'))).toBeNull();
  });

  it('tolerates a character cut in two at the end of the sample', () => {
    const cut = Buffer.from('社会组织').subarray(0, 10);
    expect(textEncodingOf(cut)).toBe('utf-8');
  });
});
