import { useCallback } from 'react';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { isApiError } from '../api/errors';
import { isMessageKey, useI18n, type Lang, type TFunction } from './i18n';

/**
 * The text to show for an error. The API answers in Chinese and often more precisely than the code
 * (“请30秒后再试”), so Chinese keeps its message; English translates the code and falls back to it.
 */
export function errorText(err: unknown, lang: Lang, t: TFunction): string {
  if (!isApiError(err)) return t('error.INTERNAL');
  if (err.code === 'NETWORK_ERROR') return t('error.NETWORK_ERROR');
  const key = `error.${err.code}`;
  if (lang === 'en' && isMessageKey(key)) return t(key);
  return err.message || (isMessageKey(key) ? t(key) : t('error.INTERNAL'));
}

export interface FieldError<N extends string = string> {
  name: N;
  errors: string[];
}

/**
 * Splits the API's field messages (paths like `roles.0`) into those the form shows beside a field and
 * those it has no field for.
 */
export function splitFieldErrors<N extends string>(
  fields: Readonly<Record<string, string>>,
  formFields: readonly N[],
): { matched: FieldError<N>[]; unmatched: string[] } {
  const matched: FieldError<N>[] = [];
  const unmatched: string[] = [];
  const known = (name: string): name is N => (formFields as readonly string[]).includes(name);
  for (const [path, msg] of Object.entries(fields)) {
    const head = path.split('.')[0] ?? path;
    if (known(path)) matched.push({ name: path, errors: [msg] });
    else if (known(head)) matched.push({ name: head, errors: [msg] });
    else unmatched.push(msg);
  }
  return { matched, unmatched };
}

interface HandleOptions {
  form?: FormInstance;
  /** Called when the user agrees to reload after a 409 STALE_VERSION. */
  onStale?: () => void;
}

/** One way to report a failed call: field messages beside the fields, the rest as a toast or dialog. */
export function useApiErrorHandler() {
  const { message, modal, notification } = App.useApp();
  const { lang, t } = useI18n();
  return useCallback(
    (err: unknown, opts: HandleOptions = {}) => {
      const text = errorText(err, lang, t);
      if (!isApiError(err)) {
        message.error(text);
        return;
      }
      if (err.code === 'STALE_VERSION') {
        modal.warning({ title: t('error.staleTitle'), content: text, okText: t('common.reload'), onOk: opts.onStale });
        return;
      }
      if (opts.form && err.hasFields) {
        const { matched, unmatched } = splitFieldErrors(err.fields, Object.keys(opts.form.getFieldsValue()));
        opts.form.setFields(matched);
        message.error([text, ...unmatched].join('；'));
        return;
      }
      if (err.status >= 500 || err.status === 0) {
        notification.error({
          title: text,
          description: err.requestId ? t('error.requestId', { id: err.requestId }) : undefined,
        });
        return;
      }
      message.error(text);
    },
    [message, modal, notification, lang, t],
  );
}

/**
 * Puts API messages on the form inputs named by path (`['holidays', 2, 'range']`), nested lists included,
 * and brings the first into view: in a long editor it may be far below the button that was pressed.
 */
export function showFieldErrors(form: FormInstance, errors: { name: (string | number)[]; errors: string[] }[]): void {
  form.setFields(errors as Parameters<FormInstance['setFields']>[0]);
  if (errors[0]) form.scrollToField(errors[0].name, { block: 'center', behavior: 'smooth' });
}
