import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ProbeError, columnIndex, decodeXml, probeXlsx } from './xlsx-probe';

const dir = mkdtempSync(path.join(os.tmpdir(), 'probe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function book(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, `b${++n}.xlsx`);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

describe('xlsx probe', () => {
  it('finds the header row, the data and merged header cells of the preferred sheet', async () => {
    const file = await book((wb) => {
      wb.addWorksheet('说明').addRow(['不是数据']);
      const ws = wb.addWorksheet('台账');
      ws.addRow(['名称', '代码', null, '备注 & <说明>']);
      ws.addRow(['云阳县慈善会', '51500235MJ0000018P']);
      ws.addRow(['云阳县商会', 1]);
      ws.mergeCells('B1:C1');
    });
    const p = await probeXlsx(file, ['台账']);
    expect(p).toMatchObject({ sheetName: '台账', hasData: true, rowElements: 2, mergedHeader: ['B1:C1'] });
    expect(p.headers).toEqual(['名称', '代码', null, '备注 & <说明>']);
    expect((await probeXlsx(file, ['other'])).sheetName).toBe('说明');
  });

  it('says what is wrong with files that are no workbook or have nothing under the header', async () => {
    const junk = path.join(dir, 'junk.xlsx');
    writeFileSync(junk, Buffer.from('not a zip at all'));
    await expect(probeXlsx(junk, [])).rejects.toThrow(ProbeError);
    const empty = await book((wb) => wb.addWorksheet('台账').addRow(['名称']));
    expect(await probeXlsx(empty, [])).toMatchObject({ hasData: false, rowElements: 0, headers: ['名称'] });
  });

  it('decodes XML text and Excel escapes, and column letters', () => {
    expect(decodeXml('a&amp;b&#x4E91;&#38451;_x000D_')).toBe('a&b云阳\r');
    expect(columnIndex('A1')).toBe(0);
    expect(columnIndex('AB12')).toBe(27);
  });
});
