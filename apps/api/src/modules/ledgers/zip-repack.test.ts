import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { fileTypeFromFile } from 'file-type';
import { afterAll, describe, expect, it } from 'vitest';
import { probeXlsx } from './xlsx-probe';
import { readZipEntries } from './zip-entries';
import { repackXlsx } from './zip-repack';

const dir = mkdtempSync(path.join(os.tmpdir(), 'repack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('repacking a streamed workbook', () => {
  it(
    'turns what content sniffing calls a ZIP back into a workbook, with the same content',
    { timeout: 60_000 },
    async () => {
      const src = path.join(dir, 'streamed.xlsx');
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: src, useSharedStrings: false, useStyles: true });
      const ws = wb.addWorksheet('台账');
      ws.addRow(['名称', '备注']).commit();
      // Noise keeps the sheet from compressing below the 1 MB content sniffing reads through.
      for (let i = 0; i < 80_000; i++)
        ws.addRow([`云阳县测试第${i}协会`, Math.random().toString(36).repeat(3)]).commit();
      ws.commit();
      await wb.commit();
      expect((await fileTypeFromFile(src))?.ext).toBe('zip');

      const dest = path.join(dir, 'packed.xlsx');
      await repackXlsx(src, dest);
      expect((await fileTypeFromFile(dest))?.ext).toBe('xlsx');
      expect([...(await readZipEntries(dest)).keys()][0]).toBe('[Content_Types].xml');
      const probe = await probeXlsx(dest, []);
      expect(probe).toMatchObject({ headers: ['名称', '备注'], rowElements: 80_000, hasData: true });
      let rows = 0;
      let last: unknown;
      for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(dest, {})) {
        for await (const row of sheet) {
          rows++;
          last = (row.values as unknown[])[1];
        }
      }
      expect(rows).toBe(80_001);
      expect(last).toBe('云阳县测试第79999协会');
    },
  );
});
