import type { Readable } from 'node:stream';
import { excel } from '../../platform/lazy-modules';
import { plainCell, type CellValue } from './cells';

export interface SheetRow {
  /** The row number in the sheet (the header is row 1). */
  rowNo: number;
  /** Values by column, index 0 is column A. */
  values: CellValue[];
}

/**
 * The rows of one sheet of a workbook, streamed with exceljs's reader: memory stays flat whatever the
 * number of rows. The sheet is the one the probe chose (by name, or by its part number when exceljs
 * cannot name it).
 */
export async function* sheetRows(input: Readable, sheet: { name: string; fileNo: number }): AsyncGenerator<SheetRow> {
  const reader = new (excel().stream.xlsx.WorkbookReader)(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const ws of reader) {
    const name = (ws as unknown as { name: string }).name;
    if (name !== sheet.name && name !== `Sheet${sheet.fileNo}`) continue;
    for await (const row of ws) {
      const raw = row.values as unknown[];
      const values: CellValue[] = [];
      for (let i = 1; i < raw.length; i++) values.push(plainCell(raw[i]));
      yield { rowNo: row.number, values };
    }
    return;
  }
}
