import type { Kysely } from 'kysely';
import type { LedgerKind } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import type { CellValue } from './cells';

/** One column of a ledger sheet. `key` is the field it fills; `header` the Chinese heading in row 1. */
export interface LedgerColumn {
  key: string;
  header: string;
  required: boolean;
  /** What to enter, for the 填写说明 sheet of the template. */
  note: string;
  example: string | number;
  width?: number;
  format?: 'date' | 'money' | 'text';
}

/** A problem of one row, under the column's heading. */
export interface RowIssue {
  column: string;
  message: string;
}

/** A value that must be unique within the file and against the register (credit code, name). */
export interface RowKey {
  kind: string;
  value: string;
  column: string;
  /** "统一社会信用代码", "名称": used in "与第N行的…重复". */
  label: string;
}

export interface CheckedRow<T> {
  /** The record to write; null when the row has errors. */
  value: T | null;
  errors: RowIssue[];
  warnings: RowIssue[];
  /** A pilot-area credit code failing only its final check digit: writable only with the override. */
  pilot: boolean;
  keys: RowKey[];
}

/** Field values of one row by column key. */
export type RowCells = Record<string, CellValue>;

/** The rules of one import, with the dictionaries of its bureau or township loaded once. */
export interface LedgerChecker<T, P> {
  checkRow(cells: RowCells): Promise<CheckedRow<T>>;
  /** Keys the register already holds → the message for the row (`${kind}:${value}`). */
  taken(db: Kysely<DB>, keys: RowKey[]): Promise<Map<string, string>>;
  /** The costly preparation of the records (encryption), done before the write transaction opens. */
  prepare(rows: T[], meta: { overridePilotCodes: boolean; actor: Actor }): P[];
  /** Writes prepared records in the caller's transaction; returns how many. */
  insert(trx: Kysely<DB>, rows: P[], meta: { actor: Actor; basis: string }): Promise<number>;
}

export interface TemplateLists {
  /** Allowed values per column key: a drop-down in the sheet, listed on the explanation sheet. */
  lists: Record<string, string[]>;
  /** Columns whose list is a suggestion (other values may be typed, e.g. unit names). */
  open?: string[];
  /** Extra words for a column's explanation (which categories register directly …). */
  notes?: Record<string, string>;
  /** Example values that depend on the region (a credit code of the bureau). */
  examples?: Record<string, string | number>;
}

/** A kind of ledger: its sheet, its template and its checker. */
export interface LedgerDefinition<T = unknown, P = unknown> {
  kind: LedgerKind;
  /** 社会组织台账 */
  title: string;
  /** Name of the data sheet in the template (preferred when a workbook has several). */
  sheetName: string;
  columns: LedgerColumn[];
  /** Who may import for which region (decision scope): throws 403/404; returns the target region. */
  target(user: AuthUser, requested: string | undefined): Promise<string>;
  /** Allowed values per column key for the template's drop-downs and its 填写说明 sheet. */
  templateLists(user: AuthUser, requested: string | undefined): Promise<TemplateLists>;
  open(db: Kysely<DB>, regionCode: string): Promise<LedgerChecker<T, P>>;
}
