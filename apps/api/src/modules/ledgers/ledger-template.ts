import type ExcelJS from 'exceljs';
import { excel } from '../../platform/lazy-modules';
import { LEDGER_MAX_ROWS } from '@shezu/contracts';
import type { LedgerColumn, LedgerDefinition, TemplateLists } from './ledger-kind';

const NUM_FMT: Record<NonNullable<LedgerColumn['format']>, string> = {
  text: '@',
  date: 'yyyy-mm-dd',
  money: '#,##0.00',
};
const HELP = '填写说明';
const LAST_ROW = LEDGER_MAX_ROWS + 1;

type DataValidations = { add(range: string, v: ExcelJS.DataValidation): void };
const validationsOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: DataValidations }).dataValidations;

function letter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/**
 * The downloadable template: the data sheet with its headings (row 1, not to be changed or merged),
 * column formats and drop-downs, and a second sheet explaining every column and listing the allowed
 * values of the uploader's region. No example row sits in the data sheet, so none can be imported by
 * mistake.
 */
export async function ledgerTemplate(def: LedgerDefinition, t: TemplateLists, by: string): Promise<Buffer> {
  const wb = new (excel().Workbook)();
  wb.creator = by;
  const ws = wb.addWorksheet(def.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = wb.addWorksheet(HELP);
  ws.columns = def.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(12, c.header.length * 2 + 2),
    ...(c.format ? { style: { numFmt: NUM_FMT[c.format] } } : {}),
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  def.columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.numFmt = '@';
    cell.note = `${c.required ? '【必填】' : '【选填】'}${c.note}`;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFF2F2F2' } };
  });

  help.columns = [
    { header: '列名', key: 'header', width: 22 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写要求', key: 'note', width: 70, style: { alignment: { wrapText: true, vertical: 'top' } } },
    { header: '示例', key: 'example', width: 24 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of def.columns) {
    help.addRow({
      header: c.header,
      required: c.required ? '必填' : '选填',
      note: [c.note, t.notes?.[c.key]].filter(Boolean).join('；'),
      example: t.examples?.[c.key] ?? c.example,
    });
  }
  help.addRow([]);
  help.addRow([
    `说明：第1行为表头，请勿修改、删除或合并；每行填写一个组织，空行会被忽略；一次最多${LEDGER_MAX_ROWS.toLocaleString('zh-CN')}行。` +
      '上传后系统逐行校验并生成校验报告（原表加“错误说明”列），全部无误后方可提交导入；导入要么全部写入，要么一条也不写入。',
  ]);

  // Allowed values to the right of the explanation, one column per list; drop-downs refer to them.
  let col = 6;
  for (const [key, values] of Object.entries(t.lists)) {
    const column = def.columns.find((c) => c.key === key);
    const index = def.columns.findIndex((c) => c.key === key);
    if (!column || values.length === 0) continue;
    const L = letter(col);
    help.getColumn(col).width = Math.max(14, ...values.map((v) => Math.min(40, v.length * 2 + 2)));
    help.getCell(`${L}1`).value = `可选值：${column.header}`;
    help.getCell(`${L}1`).font = { bold: true };
    values.forEach((v, i) => (help.getCell(`${L}${i + 2}`).value = v));
    const closed = !t.open?.includes(key);
    validationsOf(ws).add(`${letter(index + 1)}2:${letter(index + 1)}${LAST_ROW}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${HELP}'!$${L}$2:$${L}$${values.length + 1}`],
      showErrorMessage: closed,
      errorStyle: 'stop',
      errorTitle: column.header,
      error: `请从下拉列表中选择${column.header}`,
    });
    col++;
  }
  def.columns.forEach((c, i) => {
    const range = `${letter(i + 1)}2:${letter(i + 1)}${LAST_ROW}`;
    if (c.key === 'uscc') {
      validationsOf(ws).add(range, {
        type: 'textLength',
        operator: 'equal',
        allowBlank: true,
        formulae: [18],
        showErrorMessage: true,
        error: '统一社会信用代码应为18位',
      });
    } else if (c.format === 'money') {
      validationsOf(ws).add(range, {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
        showErrorMessage: true,
        error: '金额应为不小于0的数字（单位：元）',
      });
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
