import { isValidIdNumber } from '@shezu/contracts';
import type { TFunction } from '../../../lib/i18n';
import { YUAN_PATTERN } from '../applicationForm';

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/**
 * Format rules a draft must already meet (the API checks each saved field against the contract). Whether a
 * field is filled in at all is checked on submission, by the API, all fields at once.
 */
export function formRules(t: TFunction) {
  return {
    minLength: (label: string, min: number, max: number) => ({
      min,
      max,
      whitespace: true,
      message: t('applications.form.length', { label, min, max }),
    }),
    phone: { pattern: PHONE, message: t('applications.form.phoneFormat') },
    yuan: { pattern: YUAN_PATTERN, message: t('applications.form.yuanFormat') },
    url: { type: 'url' as const, message: t('applications.form.urlFormat') },
    idNumber: {
      validator: async (_: unknown, v: string | undefined) => {
        if (v && v.trim() && !isValidIdNumber(v.trim().toUpperCase())) throw new Error(t('applications.form.idFormat'));
      },
    },
  };
}
