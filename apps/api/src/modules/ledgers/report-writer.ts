import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { excel } from '../../platform/lazy-modules';
import type { CellValue } from './cells';

export const REPORT_COLUMN = '错误说明';

/** Waits while the consumer is behind; fails when it has gone (a refused store must not hang the run). */
async function roomIn(out: Writable): Promise<void> {
  if (out.destroyed) throw new Error('报告文件写入中断');
  if (!out.writableNeedDrain) return;
  const ac = new AbortController();
  try {
    await Promise.race([once(out, 'drain', { signal: ac.signal }), once(out, 'close', { signal: ac.signal })]);
  } finally {
    ac.abort();
  }
  if (out.destroyed) throw new Error('报告文件写入中断');
}

/**
 * The check report: the uploaded sheet as it was read, row by row, with one more column saying what is
 * wrong with each row (red) or what to confirm (orange). Streamed, so 100,000 rows need no more memory
 * than a few.
 */
export class ReportWriter {
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly ws: ExcelJS.Worksheet;
  private readonly width: number;
  private rows = 0;

  constructor(
    private readonly out: Writable,
    headers: (string | null)[],
    opts: { sheetName: string; widths: Map<string, number>; by: string; at: Date },
  ) {
    this.wb = new (excel().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: true, useSharedStrings: false });
    this.wb.creator = opts.by;
    this.wb.created = opts.at;
    this.ws = this.wb.addWorksheet(opts.sheetName.slice(0, 31) || '台账', { views: [{ state: 'frozen', ySplit: 1 }] });
    this.width = headers.length;
    this.ws.columns = [
      ...headers.map((h) => ({ width: (h && opts.widths.get(h)) || 16 })),
      { width: 60, style: { alignment: { wrapText: true } } },
    ];
    const head = this.ws.addRow([...headers, REPORT_COLUMN]);
    head.font = { bold: true };
    head.getCell(this.width + 1).font = { bold: true, color: { argb: 'FFC00000' } };
    head.commit();
  }

  async add(values: CellValue[], note: { text: string; severity: 'error' | 'warning' } | null): Promise<void> {
    const cells: (CellValue | undefined)[] = values.slice(0, this.width);
    while (cells.length < this.width) cells.push(null);
    const row = this.ws.addRow([...cells, note?.text ?? null]);
    for (let i = 0; i < cells.length; i++) {
      if (cells[i] instanceof Date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
    }
    if (note)
      row.getCell(this.width + 1).font = { color: { argb: note.severity === 'error' ? 'FFC00000' : 'FFC55A11' } };
    row.commit();
    if (++this.rows % 200 === 0) await roomIn(this.out);
  }

  async finish(): Promise<void> {
    this.ws.commit();
    await this.wb.commit();
  }
}
