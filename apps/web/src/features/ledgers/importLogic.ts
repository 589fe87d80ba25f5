import { LEDGER_ISSUES_KEPT, type LedgerImportStatus, type LedgerKind, type TMe } from '@shezu/contracts';
import type { LedgerImport, LedgerIssue } from './api';

/** A ledger the user may import, and whether the township is the user's own or has to be picked. */
export interface LedgerChoice {
  kind: LedgerKind;
  township: 'own' | 'pick' | null;
}

/**
 * Which ledgers the user may import (the API decides again): registered organizations by a registration
 * authority for its own level; community organizations by township staff for their township, or by a
 * county bureau for one of its townships (townships have no bureau of their own).
 */
export function ledgerChoicesFor(me: Pick<TMe, 'roles' | 'permissions' | 'regionCode'>): LedgerChoice[] {
  const region = me.regionCode ?? '';
  const out: LedgerChoice[] = [];
  if (!me.permissions.includes('ledgers.import')) return out;
  if (me.permissions.includes('orgs.manage') && region.length > 0 && region.length <= 6)
    out.push({ kind: 'orgs', township: null });
  if (me.permissions.includes('community_orgs.manage') && region.length === 9)
    out.push({ kind: 'community_orgs', township: 'own' });
  else if (me.roles.includes('authority_staff') && region.length === 6 && region !== '100000')
    out.push({ kind: 'community_orgs', township: 'pick' });
  return out;
}

/** The background step is still working on the import. */
export const isWorking = (status: LedgerImportStatus) => status === 'validating' || status === 'committing';

/** Imports that can still be cancelled (nothing has been written). */
export const isCancellable = (status: LedgerImportStatus) =>
  status === 'validating' || status === 'ready' || status === 'invalid';

/** Why the commit button is off, or null when it may be pressed. */
export type CommitBlock = 'checking' | 'hasErrors' | 'needsOverride' | 'ended';

export function commitBlock(
  imp: Pick<LedgerImport, 'status' | 'pilotRows'>,
  overrideConfirmed: boolean,
): CommitBlock | null {
  if (imp.status === 'validating') return 'checking';
  if (imp.status === 'invalid') return 'hasErrors';
  if (imp.status !== 'ready') return 'ended';
  if ((imp.pilotRows ?? 0) > 0 && !overrideConfirmed) return 'needsOverride';
  return null;
}

/** Upload → check → commit → done, as the steps bar shows it; `error` marks the step that stopped. */
export function stepOf(status: LedgerImportStatus): { current: number; error: boolean } {
  switch (status) {
    case 'validating':
      return { current: 1, error: false };
    case 'invalid':
      return { current: 1, error: true };
    case 'ready':
      return { current: 2, error: false };
    case 'committing':
      return { current: 2, error: false };
    case 'committed':
      return { current: 3, error: false };
    case 'failed':
    case 'cancelled':
      return { current: 2, error: true };
  }
}

export interface IssueRow extends LedgerIssue {
  key: string;
  severity: 'error' | 'warning';
}

/** Errors and warnings in sheet order: by row, errors before warnings within a row. */
export function issueRows(imp: Pick<LedgerImport, 'errors' | 'warnings'>): IssueRow[] {
  const rows: IssueRow[] = [
    ...imp.errors.map((e, i) => ({ ...e, key: `e${i}`, severity: 'error' as const })),
    ...imp.warnings.map((w, i) => ({ ...w, key: `w${i}`, severity: 'warning' as const })),
  ];
  return rows.sort((a, b) => a.row - b.row || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** Problems per column, most first: tells the clerk which column of the sheet to look at. */
export function issuesByColumn(rows: readonly IssueRow[]): { column: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.column, (counts.get(r.column) ?? 0) + 1);
  return [...counts]
    .map(([column, count]) => ({ column, count }))
    .sort((a, b) => b.count - a.count || a.column.localeCompare(b.column, 'zh-CN'));
}

/** The API keeps only the first errors; the report has every one. */
export const errorsTruncated = (imp: Pick<LedgerImport, 'errors' | 'errorCount'>) =>
  (imp.errorCount ?? 0) > imp.errors.length;

/** Warnings are kept up to the same limit; a full list means there may be more in the report. */
export const warningsTruncated = (imp: Pick<LedgerImport, 'warnings'>) => imp.warnings.length >= LEDGER_ISSUES_KEPT;
