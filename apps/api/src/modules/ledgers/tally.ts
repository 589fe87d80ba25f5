import { LEDGER_ISSUES_KEPT, type TLedgerIssue } from '@shezu/contracts';
import type { CheckedRow } from './ledger-kind';

/** Counts of a checked sheet and its first errors and warnings. */
export class Tally {
  total = 0;
  validRows = 0;
  errorRows = 0;
  errorCount = 0;
  pilotRows = 0;
  warningRows = 0;
  readonly errors: TLedgerIssue[] = [];
  readonly warnings: TLedgerIssue[] = [];

  add(rowNo: number, checked: CheckedRow<unknown>): void {
    this.total++;
    if (checked.errors.length) {
      this.errorRows++;
      this.errorCount += checked.errors.length;
      for (const e of checked.errors)
        if (this.errors.length < LEDGER_ISSUES_KEPT) this.errors.push({ row: rowNo, ...e });
    } else this.validRows++;
    if (checked.pilot) this.pilotRows++;
    if (checked.warnings.length) {
      this.warningRows++;
      for (const w of checked.warnings)
        if (this.warnings.length < LEDGER_ISSUES_KEPT) this.warnings.push({ row: rowNo, ...w });
    }
  }

  counts() {
    const { total, validRows, errorRows, errorCount, pilotRows, warningRows } = this;
    return { totalRows: total, validRows, errorRows, errorCount, pilotRows, warningRows };
  }
}

/** The error column of the report: every problem of the row, by column; warnings after errors. */
export function noteOf(checked: CheckedRow<unknown>): { text: string; severity: 'error' | 'warning' } | null {
  const parts = [
    ...checked.errors.map((e) => `${e.column}：${e.message}`),
    ...checked.warnings.map((w) => `（提示）${w.column}：${w.message}`),
  ];
  if (parts.length === 0) return null;
  return { text: parts.join('；'), severity: checked.errors.length ? 'error' : 'warning' };
}
