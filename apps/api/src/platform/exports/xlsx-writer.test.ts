import { PassThrough, Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { pickColumns } from './columns';
import { chinaDateTimeLabel, describeFilter } from './format';
import { HEADER_ROW, writeXlsx, type ExportColumn } from './xlsx-writer';

interface Row {
  id: number;
  name: string;
  fundsFen: number;
  registeredAt: string;
  founded: string;
  charity: boolean;
}

const COLUMNS: ExportColumn<Row>[] = [
  { key: 'id', header: '序号', format: 'integer' },
  { key: 'name', header: '组织名称', width: 30 },
  { key: 'fundsFen', header: '注册资金（元）', format: 'money' },
  { key: 'registeredAt', header: '登记时间', format: 'datetime' },
  { key: 'founded', header: '成立日期', format: 'date' },
  { key: 'charity', header: '慈善组织' },
];

async function* rows(n: number, onClose?: () => void): AsyncGenerator<Row> {
  try {
    for (let i = 1; i <= n; i++) {
      yield {
        id: i,
        name: `云阳县第${i}慈善会`,
        fundsFen: 3_000_000 + i,
        registeredAt: '2026-11-21T15:45:00.000Z',
        founded: '2019-06-30',
        charity: i % 2 === 0,
      };
    }
  } finally {
    onClose?.();
  }
}

const watermark = {
  by: '云阳县民政局登记员(yy-clerk)',
  at: new Date('2026-11-21T15:45:00Z'),
  filter: '类型：社会团体',
};

describe('streamed xlsx export', () => {
  it('writes title, watermark, filter, Chinese headings and formatted rows', async () => {
    const out = new PassThrough();
    const [result, bytes] = await Promise.all([
      writeXlsx(out, { title: '社会组织名录', columns: COLUMNS, rows: rows(3), watermark }),
      buffer(out),
    ]);
    expect(result).toEqual({ rowCount: 3, completed: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('社会组织名录');
    expect(ws.getCell('A1').value).toBe('社会组织名录');
    expect(ws.getCell('A2').value).toBe(
      '导出人：云阳县民政局登记员(yy-clerk)　导出时间：2026年11月21日 23:45（北京时间）',
    );
    expect(ws.getCell('A3').value).toBe('筛选条件：类型：社会团体');
    expect(ws.getRow(HEADER_ROW).values).toEqual([
      undefined,
      '序号',
      '组织名称',
      '注册资金（元）',
      '登记时间',
      '成立日期',
      '慈善组织',
    ]);
    const first = ws.getRow(HEADER_ROW + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe('云阳县第1慈善会');
    expect(first.getCell(3).value).toBe(30000.01);
    expect(first.getCell(3).numFmt).toBe('#,##0.00');
    // Excel shows China's wall clock: 15:45Z is 23:45 in Beijing.
    expect((first.getCell(4).value as Date).toISOString()).toBe('2026-11-21T23:45:00.000Z');
    expect((first.getCell(5).value as Date).toISOString()).toBe('2019-06-30T00:00:00.000Z');
    expect(first.getCell(6).value).toBe('否');
    expect(ws.getRow(HEADER_ROW + 2).getCell(6).value).toBe('是');
    expect(ws.rowCount).toBe(HEADER_ROW + 3);
    expect(ws.headerFooter.oddHeader).toContain('导出人：云阳县民政局登记员(yy-clerk)');
    expect(ws.headerFooter.oddFooter).toContain('2026年11月21日 23:45');
    expect(wb.creator).toBe(watermark.by);
  });

  it('stops reading rows when the reader goes away, and reports the export unfinished', async () => {
    let closed = false;
    const out = new Writable({
      highWaterMark: 1024,
      write(_chunk, _enc, cb) {
        setTimeout(cb, 1);
      },
    });
    setTimeout(() => out.destroy(), 30);
    const result = await writeXlsx(out, {
      title: '名录',
      columns: COLUMNS,
      rows: rows(1_000_000, () => (closed = true)),
      watermark,
    });
    expect(result.completed).toBe(false);
    expect(result.rowCount).toBeLessThan(1_000_000);
    expect(closed).toBe(true);
  });
});

describe('export helpers', () => {
  it('takes only allow-listed columns, in the order asked', () => {
    expect(pickColumns(COLUMNS, 'name,id').map((c) => c.header)).toEqual(['组织名称', '序号']);
    expect(pickColumns(COLUMNS, undefined)).toHaveLength(COLUMNS.length);
    const err = (() => {
      try {
        pickColumns(COLUMNS, 'name,passwordHash');
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(err?.fields?.columns).toContain('不能导出的列：passwordHash');
    expect(() => pickColumns(COLUMNS, ' , ')).toThrow(AppError);
  });

  it('names the moment in China time and the filter in words', () => {
    expect(chinaDateTimeLabel(new Date('2026-11-21T15:45:00Z'))).toBe('2026年11月21日 23:45');
    expect(chinaDateTimeLabel(new Date('2026-12-31T16:05:00Z'))).toBe('2027年1月1日 00:05');
    expect(
      describeFilter([
        ['角色', '系统管理员'],
        ['状态', undefined],
        ['关键词', ''],
      ]),
    ).toBe('角色：系统管理员');
    expect(describeFilter([['角色', undefined]])).toBe('全部记录');
  });
});
