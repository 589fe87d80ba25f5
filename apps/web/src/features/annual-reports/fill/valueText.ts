import { useCallback } from 'react';
import type { IndicatorValue, TIndicator } from '@shezu/contracts';
import { useI18n } from '../../../lib/i18n';
import { formatYuan } from '../../../lib/money';
import { useFormat } from '../../../lib/useFormat';

const EMPTY = '—';

/** An indicator's value as text: money in 元 with separators, dates as officials write them, 是/否, options by label. */
export function useValueText() {
  const { t, lang } = useI18n();
  const f = useFormat();
  return useCallback(
    (ind: Pick<TIndicator, 'type' | 'options'>, v: IndicatorValue | unknown): string => {
      if (v === null || v === undefined || v === '') return EMPTY;
      switch (ind.type) {
        case 'money':
          return typeof v === 'number' ? formatYuan(v, lang) : String(v);
        case 'number':
          return typeof v === 'number' ? f.number(v, Number.isInteger(v) ? 0 : 2) : String(v);
        case 'date':
          return typeof v === 'string' ? f.date(v) : String(v);
        case 'bool':
          return v === true ? t('annualReports.form.yes') : v === false ? t('annualReports.form.no') : String(v);
        case 'choice': {
          const o = ind.options?.find((x) => x.value === v);
          return o ? (lang === 'en' ? o.labelEn : o.labelZh) : String(v);
        }
        case 'rows':
          return Array.isArray(v) ? t('annualReports.public.rows', { count: v.length }) : EMPTY;
        case 'file':
          return Array.isArray(v) ? t('annualReports.public.files', { count: v.length }) : EMPTY;
        default:
          return typeof v === 'number' ? f.number(v, Number.isInteger(v) ? 0 : 2) : String(v);
      }
    },
    [f, lang, t],
  );
}
