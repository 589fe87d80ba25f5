import { useCallback } from 'react';
import type { IndicatorValue, TIndicator } from '@shezu/contracts';
import { useI18n } from '../../lib/i18n';
import { formatScalar } from './reportModel';

/** `formatScalar` bound to the current language and its words for yes / no / files. */
export function useValueFormatter() {
  const { t, lang } = useI18n();
  return useCallback(
    (type: TIndicator['type'] | 'percent', v: IndicatorValue | boolean | undefined, options?: TIndicator['options']) =>
      formatScalar(
        type,
        v as IndicatorValue,
        lang,
        {
          yes: t('annualReview.values.yes'),
          no: t('annualReview.values.no'),
          files: (count) => t('annualReview.values.files', { count }),
        },
        options,
      ),
    [t, lang],
  );
}
