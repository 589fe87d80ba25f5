import { cellText, headerKey, type CellValue } from './cells';
import type { LedgerColumn } from './ledger-kind';

export interface HeaderMap {
  /** Column key per sheet column (index 0 is column A); null for a column the ledger does not know. */
  keys: (string | null)[];
  /** Headings of required columns that are absent. */
  missing: string[];
  /** Headings that appear twice. */
  repeated: string[];
}

/** Matches the sheet's header row to the ledger's columns, by heading (width, case and * ignored). */
export function mapHeaders(columns: LedgerColumn[], headers: (string | CellValue | null)[]): HeaderMap {
  const byKey = new Map(columns.map((c) => [headerKey(c.header), c]));
  const found = new Set<string>();
  const repeated: string[] = [];
  const keys = headers.map((h) => {
    const text = typeof h === 'string' ? h : cellText((h ?? null) as CellValue);
    const column = text ? byKey.get(headerKey(text)) : undefined;
    if (!column) return null;
    if (found.has(column.key)) repeated.push(column.header);
    found.add(column.key);
    return column.key;
  });
  const missing = columns.filter((c) => c.required && !found.has(c.key)).map((c) => c.header);
  return { keys, missing, repeated };
}
