import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { isApiError } from '../../api/errors';
import { errorText, showFieldErrors, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';

/** `form.questions.0.text` → ['form', 'questions', 0, 'text']: the input of that name in the form. */
export const pathOf = (p: string) => p.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/**
 * The forms here are nested (scope, questions, answers keyed by question): field messages go beside the
 * input their full path names, not only the top-level field the shared handler knows.
 */
export function useNestedFormErrors(form: FormInstance) {
  const { message } = App.useApp();
  const { lang, t } = useI18n();
  const fallback = useApiErrorHandler();
  return useCallback(
    (err: unknown) => {
      if (!isApiError(err) || !err.hasFields) return fallback(err);
      showFieldErrors(
        form,
        Object.entries(err.fields).map(([path, msg]) => ({ name: pathOf(path), errors: [msg] })),
      );
      message.error(errorText(err, lang, t));
    },
    [form, message, lang, t, fallback],
  );
}
