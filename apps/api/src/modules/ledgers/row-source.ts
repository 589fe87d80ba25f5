import type { Readable } from 'node:stream';
import { cellText, type CellValue } from './cells';
import { mapHeaders } from './header-map';
import type { CheckedRow, LedgerChecker, LedgerColumn, RowCells } from './ledger-kind';
import { sheetRows } from './sheet-rows';

export interface CheckedSheetRow<T> {
  rowNo: number;
  values: CellValue[];
  checked: CheckedRow<T>;
}

/**
 * The data rows of an import's sheet, each checked by the ledger's rules and against the rows before it
 * (a credit code or name seen earlier in the file is an error of the later row). Blank rows are skipped.
 */
export async function* checkedRows<T>(
  input: Readable,
  sheet: { name: string; fileNo: number },
  columns: LedgerColumn[],
  checker: LedgerChecker<T, unknown>,
  onHeader: (headers: (string | null)[]) => void,
): AsyncGenerator<CheckedSheetRow<T>> {
  let keys: (string | null)[] | null = null;
  const seen = new Map<string, number>();
  for await (const { rowNo, values } of sheetRows(input, sheet)) {
    if (keys === null) {
      if (rowNo !== 1) throw new Error('第1行应为表头');
      const headers = values.map((v) => cellText(v));
      const map = mapHeaders(columns, headers);
      if (map.missing.length) throw new Error(`缺少必填列：${map.missing.join('、')}`);
      keys = map.keys;
      onHeader(headers);
      continue;
    }
    if (values.every((v) => cellText(v) === null)) continue;
    const cells: RowCells = {};
    keys.forEach((key, i) => {
      if (key) cells[key] = values[i] ?? null;
    });
    const checked = await checker.checkRow(cells);
    for (const k of checked.keys) {
      const id = `${k.kind}:${k.value}`;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, rowNo);
      else checked.errors.push({ column: k.column, message: `与第${first}行的${k.label}重复` });
    }
    if (checked.errors.length) checked.value = null;
    yield { rowNo, values, checked };
  }
}
