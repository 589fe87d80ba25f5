import { useMemo } from 'react';
import { useI18n } from './i18n';
import { formatBytes, formatDate, formatDateTime, formatDuration, formatNumber } from './format';

/** The formatting functions bound to the current language. */
export function useFormat() {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      date: (v: string | Date | null | undefined) => formatDate(v, lang),
      dateTime: (v: string | Date | null | undefined, opts?: { seconds?: boolean }) => formatDateTime(v, lang, opts),
      number: (v: number | null | undefined, digits?: number) => formatNumber(v, lang, digits),
      duration: (ms: number | null | undefined) => formatDuration(ms, lang),
      bytes: (n: number | null | undefined) => formatBytes(n, lang),
    }),
    [lang],
  );
}
