import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { excel } from '../lazy-modules';
import { chinaDateTimeLabel, excelChinaDateTime, excelDate } from './format';

export type ExportFormat = 'text' | 'integer' | 'money' | 'datetime' | 'date';
type Cell = string | number | Date | null;

export interface ExportColumn<T> {
  key: string;
  /** Chinese heading, as the list shows it. */
  header: string;
  width?: number;
  format?: ExportFormat;
  /** The cell's value; defaults to `row[key]`. Personal data must already be masked here. */
  value?: (row: T) => string | number | boolean | null | undefined;
}

/** Who exported and when, written into the sheet itself and into its printed header and footer. */
export interface Watermark {
  by: string;
  at: Date;
  filter: string;
}

export interface SheetSpec<T> {
  title: string;
  sheetName?: string;
  columns: readonly ExportColumn<T>[];
  rows: AsyncIterable<T>;
  watermark: Watermark;
  /** Called once the last row is in, before the file is finished (the audit row goes here). */
  beforeFinish?: (rowCount: number) => Promise<void>;
}

export interface SheetResult {
  rowCount: number;
  /** False when the reader went away (or a row failed) before the end. */
  completed: boolean;
}

/** Rows above the data: title, watermark, filter, column headings. */
export const HEADER_ROW = 4;
const BATCH = 100;

const NUM_FMT: Partial<Record<ExportFormat, string>> = {
  integer: '0',
  money: '#,##0.00',
  datetime: 'yyyy-mm-dd hh:mm',
  date: 'yyyy-mm-dd',
};

function cellOf(format: ExportFormat | undefined, v: unknown): Cell {
  if (v === null || v === undefined || v === '') return null;
  switch (format) {
    case 'datetime':
      return excelChinaDateTime(String(v));
    case 'date':
      return excelDate(String(v));
    case 'money':
      return Number(v) / 100; // fen → yuan
    case 'integer':
      return Number(v);
    case 'text':
      return String(v);
    default:
      if (typeof v === 'boolean') return v ? '是' : '否';
      return typeof v === 'number' ? v : String(v);
  }
}

/** `&` starts a code in Excel's header and footer language; a literal one is doubled. */
const hf = (s: string) => s.replace(/&/g, '&&');

/** Resolves when the stream can take more, or rejects when it will never again. */
async function roomIn(out: Writable): Promise<void> {
  if (!out.writableNeedDrain) return;
  const ac = new AbortController();
  try {
    await Promise.race([once(out, 'drain', { signal: ac.signal }), once(out, 'close', { signal: ac.signal })]);
  } finally {
    ac.abort();
  }
}

/**
 * Streams a sheet into `out` with exceljs's WorkbookWriter: each row is committed as it is written,
 * and the writer waits for `out` to drain, so memory stays flat whatever the number of rows.
 */
export async function writeXlsx<T>(out: Writable, spec: SheetSpec<T>): Promise<SheetResult> {
  const { watermark: wm, columns } = spec;
  const when = chinaDateTimeLabel(wm.at);
  const wb = new (excel().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = wm.by;
  wb.lastModifiedBy = wm.by;
  wb.created = wm.at;
  wb.modified = wm.at;
  const ws = wb.addWorksheet(spec.sheetName ?? spec.title, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: {
      oddHeader: `&L${hf(spec.title)}&R${hf(`导出人：${wm.by}  导出时间：${when}`)}`,
      oddFooter: `&L${hf(`${wm.by} 于 ${when} 导出`)}&R第 &P 页，共 &N 页`,
    },
  });
  ws.columns = columns.map((c) => {
    const numFmt = c.format && NUM_FMT[c.format];
    return numFmt ? { key: c.key, width: c.width ?? 16, style: { numFmt } } : { key: c.key, width: c.width ?? 16 };
  });

  ws.addRow([spec.title]).font = { bold: true, size: 14 };
  ws.addRow([`导出人：${wm.by}\u3000导出时间：${when}（北京时间）`]).font = { color: { argb: 'FF595959' } };
  ws.addRow([`筛选条件：${wm.filter}`]).font = { color: { argb: 'FF595959' } };
  const head = ws.addRow(columns.map((c) => c.header));
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const r of [1, 2, 3, 4]) ws.getRow(r).commit();

  let rowCount = 0;
  for await (const row of spec.rows) {
    const values = columns.map((c) =>
      cellOf(c.format, c.value ? c.value(row) : (row as Record<string, unknown>)[c.key]),
    );
    ws.addRow(values).commit();
    rowCount++;
    if (rowCount % BATCH === 0) {
      // Let compression and other requests run, and wait for a slow reader instead of buffering.
      await nextTurn();
      await roomIn(out);
      if (out.destroyed) return { rowCount, completed: false };
    }
  }
  if (out.destroyed) return { rowCount, completed: false };
  await spec.beforeFinish?.(rowCount);
  ws.commit();
  await wb.commit();
  return { rowCount, completed: true };
}
