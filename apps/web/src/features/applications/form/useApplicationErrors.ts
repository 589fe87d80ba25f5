import { useCallback } from 'react';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import type { ApplicationKind } from '@shezu/contracts';
import { isApiError } from '../../../api/errors';
import { showFieldErrors, useApiErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { formPathOf } from '../applicationForm';

/** Puts each API field message beside its form field; returns those no field shows. */
export function showApiFieldErrors(
  form: FormInstance,
  kind: ApplicationKind,
  fields: Readonly<Record<string, string>>,
): string[] {
  const beside: { name: (string | number)[]; errors: string[] }[] = [];
  const elsewhere: string[] = [];
  for (const [path, text] of Object.entries(fields)) {
    const name = formPathOf(path, kind);
    if (name) beside.push({ name, errors: [text] });
    else elsewhere.push(text);
  }
  if (beside.length > 0) showFieldErrors(form, beside);
  return elsewhere;
}

/**
 * Reports a failed save or submission: each `data.<field>` message beside its field (the 元 field for
 * fen, the attachment row, the change picker), what has no field in one message above.
 */
export function useApplicationErrors(form: FormInstance, kind: ApplicationKind, onStale: () => void) {
  const { message } = App.useApp();
  const t = useT();
  const handleError = useApiErrorHandler();
  return useCallback(
    (err: unknown) => {
      if (!isApiError(err) || !err.hasFields) {
        handleError(err, { onStale });
        return;
      }
      const elsewhere = showApiFieldErrors(form, kind, err.fields);
      message.error(elsewhere.length > 0 ? elsewhere.join('；') : t('applications.form.fixFields'));
    },
    [form, kind, onStale, handleError, message, t],
  );
}
