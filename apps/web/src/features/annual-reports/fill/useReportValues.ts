import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  coerceSectionValues,
  type AnnualSection,
  type IndicatorValue,
  type ReportValues,
  type TAnnualReportDetail,
  type TIndicator,
  type TSectionSaved,
} from '@shezu/contracts';
import { isApiError } from '../../../api/errors';
import { saveSection } from '../api';
import { clearDrafts, readDrafts, writeDraft } from './drafts';
import { contextOf, initialPrefill, isEditable } from './model';

/** Quiet time after the last keystroke before a section is sent. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; error: unknown }
  | { kind: 'fields'; count: number };

type Pending = Map<AnnualSection, Set<string>>;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const pick = (values: ReportValues, codes: Iterable<string>) =>
  Object.fromEntries([...codes].map((c) => [c, values[c] ?? null])) as ReportValues;

/** Server values, then the first-open prefill, then this device's unconfirmed drafts on top. */
function initialState(d: TAnnualReportDetail, indicators: TIndicator[]) {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const pending: Pending = new Map();
  const mark = (code: string) => {
    const section = byCode.get(code)?.section;
    if (!section || byCode.get(code)?.formula) return false;
    pending.set(section, (pending.get(section) ?? new Set()).add(code));
    return true;
  };
  if (!isEditable(d)) {
    clearDrafts(d.id);
    return { values: d.values as ReportValues, pending, restored: false, prefilled: new Set<string>() };
  }
  const values: ReportValues = { ...(d.values as ReportValues) };
  const prefill = initialPrefill(indicators, d);
  const prefilled = new Set<string>();
  for (const [code, v] of Object.entries(prefill)) {
    if (!mark(code)) continue;
    values[code] = v;
    prefilled.add(code);
  }
  let restored = false;
  for (const draft of Object.values(readDrafts(d.id))) {
    for (const [code, v] of Object.entries(draft ?? {})) {
      if (same(v, values[code]) || !mark(code)) continue;
      values[code] = v;
      prefilled.delete(code);
      restored = true;
    }
  }
  for (const [section, codes] of pending) writeDraft(d.id, section, pick(values, codes));
  return { values, pending, restored, prefilled };
}

/**
 * The report's values while it is filled in, and their autosave: edits are kept in localStorage at once
 * and sent per section ~1.5 s after the last one (changed values only). A value the server refuses keeps
 * its input and its message, and is not resent until it is edited again.
 */
export function useReportValues(
  d: TAnnualReportDetail,
  indicators: TIndicator[],
  onSaved: (saved: TSectionSaved) => void,
) {
  const [init] = useState(() => initialState(d, indicators));
  const [values, setValues] = useState<ReportValues>(init.values);
  const [prefilled, setPrefilled] = useState(init.prefilled);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saveState, setSaveState] = useState<SaveState>(init.pending.size ? { kind: 'pending' } : { kind: 'idle' });
  const valuesRef = useRef(values);
  const pending = useRef<Pending>(init.pending);
  const blocked = useRef(new Set<string>());
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const byCode = useMemo(() => new Map(indicators.map((i) => [i.code, i])), [indicators]);
  const ctx = useMemo(() => contextOf(d), [d]);

  const block = useCallback((issues: Record<string, string>) => {
    Object.keys(issues).forEach((c) => blocked.current.add(c));
    setServerErrors((prev) => ({ ...prev, ...issues }));
  }, []);

  /** Sends a section's unsaved values; values the server refuses are set aside and the rest sent again. */
  const sendSection = useCallback(
    async (section: AnnualSection): Promise<void> => {
      for (;;) {
        const codes = [...(pending.current.get(section) ?? [])].filter((c) => !blocked.current.has(c));
        if (codes.length === 0) return;
        const sent = pick(valuesRef.current, codes);
        // The server's own type check, run here first: a bad value never costs a request.
        const local = coerceSectionValues(d.definition, ctx, section, sent);
        if (Object.keys(local.issues).length > 0) {
          block(local.issues);
          continue;
        }
        setSaveState({ kind: 'saving' });
        try {
          const saved = await saveSection(d.id, section, sent);
          const left = pending.current.get(section) ?? new Set<string>();
          for (const c of codes) if (same(valuesRef.current[c], sent[c])) left.delete(c);
          writeDraft(d.id, section, pick(valuesRef.current, left));
          onSaved(saved);
          setSaveState({ kind: 'saved', at: saved.savedAt });
          return;
        } catch (err) {
          const mine =
            isApiError(err) && err.status === 400
              ? Object.fromEntries(Object.entries(err.fields).filter(([c]) => codes.includes(c)))
              : {};
          if (Object.keys(mine).length === 0) {
            setSaveState({ kind: 'error', error: err });
            throw err;
          }
          // The rest of the section is fine: save it rather than lose it to one bad value.
          block(mine);
        }
      }
    },
    [block, ctx, d.definition, d.id, onSaved],
  );

  /** Sends every section with unsaved edits; resolves when all are confirmed (false if any failed). */
  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    while (running.current) await running.current.catch(() => undefined);
    const run = (async () => {
      for (const section of [...pending.current.keys()]) await sendSection(section);
    })();
    running.current = run;
    try {
      await run;
    } catch {
      return false;
    } finally {
      running.current = null;
    }
    const unsent = [...pending.current.values()].reduce((n, s) => n + s.size, 0);
    if (blocked.current.size > 0) setSaveState({ kind: 'fields', count: blocked.current.size });
    return unsent === 0;
  }, [sendSection]);

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  const edit = useCallback(
    (code: string, value: IndicatorValue) => {
      const section = byCode.get(code)?.section;
      if (!section) return;
      const next = { ...valuesRef.current, [code]: value };
      valuesRef.current = next;
      setValues(next);
      const codes = (pending.current.get(section) ?? new Set<string>()).add(code);
      pending.current.set(section, codes);
      writeDraft(d.id, section, pick(next, codes));
      if (blocked.current.delete(code)) {
        setServerErrors(({ [code]: _gone, ...rest }) => rest);
      }
      setPrefilled((p) => (p.has(code) ? new Set([...p].filter((c) => c !== code)) : p));
      setSaveState({ kind: 'pending' });
      schedule();
    },
    [byCode, d.id, schedule],
  );

  /** Errors the submission answered with, shown beside their fields like a save's. */
  const showErrors = useCallback((fields: Record<string, string>) => {
    setServerErrors((prev) => ({ ...prev, ...fields }));
  }, []);

  // Prefilled or restored values are saved without waiting for an edit; leaving the page sends the rest.
  useEffect(() => {
    const unsaved = pending.current;
    if (unsaved.size > 0 && isEditable(d)) schedule();
    return () => {
      window.clearTimeout(timer.current);
      if ([...unsaved.values()].some((s) => s.size > 0)) void flush();
    };
    // Mount and unmount only: the editor is keyed by report and status.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    values,
    edit,
    flush,
    saveState,
    serverErrors,
    showErrors,
    prefilled,
    restored: init.restored,
    hasPending: () => [...pending.current.values()].some((s) => s.size > 0),
  };
}
