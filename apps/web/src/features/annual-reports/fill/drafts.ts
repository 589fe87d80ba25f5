import type { AnnualSection, ReportValues } from '@shezu/contracts';

/**
 * Edits not yet confirmed by the server stay in localStorage per report and section, so a closed tab,
 * a lost connection or a reload loses nothing; they are removed once a save has confirmed them.
 */
const PREFIX = 'shezu.annualDraft.';
const keyOf = (reportId: number, section: AnnualSection) => `${PREFIX}${reportId}.${section}`;

export function writeDraft(reportId: number, section: AnnualSection, values: ReportValues): void {
  try {
    if (Object.keys(values).length === 0) localStorage.removeItem(keyOf(reportId, section));
    else localStorage.setItem(keyOf(reportId, section), JSON.stringify(values));
  } catch {
    /* storage full or private mode: the autosave still runs */
  }
}

/** Every section's unconfirmed edits of a report. */
export function readDrafts(reportId: number): Partial<Record<AnnualSection, ReportValues>> {
  const out: Partial<Record<AnnualSection, ReportValues>> = {};
  try {
    const prefix = `${PREFIX}${reportId}.`;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const parsed = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        out[key.slice(prefix.length) as AnnualSection] = parsed as ReportValues;
      }
    }
  } catch {
    /* unreadable storage: nothing to restore */
  }
  return out;
}

export function clearDrafts(reportId: number): void {
  try {
    const prefix = `${PREFIX}${reportId}.`;
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
      (k): k is string => !!k?.startsWith(prefix),
    );
    keys.forEach((k) => localStorage.removeItem(k));
  } catch {
    /* nothing stored */
  }
}
