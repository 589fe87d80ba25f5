import { DatePicker, Input, InputNumber, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import type { IndicatorValue, RowValue, TIndicator } from '@shezu/contracts';
import { useI18n } from '../../../lib/i18n';
import { FilesInput } from './FilesInput';
import { MoneyInput } from './MoneyInput';
import { RowsInput } from './RowsInput';

export interface ValueInputProps {
  ind: TIndicator;
  value: IndicatorValue | undefined;
  onChange: (v: IndicatorValue) => void;
  disabled?: boolean;
}

/** Longer texts get a text area; a name or a phone number a single line. */
const LONG_TEXT = 200;
/** Up to this many options show as radio buttons (one tap on a phone), more as a drop-down. */
const RADIO_MAX = 3;

/** The control for one indicator, chosen by its type; values are the API's (money in fen, ISO dates). */
export function ValueInput({ ind, value, onChange, disabled }: ValueInputProps) {
  const { t, lang } = useI18n();
  const id = ind.code;
  const v = value ?? null;
  switch (ind.type) {
    case 'money':
      return (
        <MoneyInput
          id={id}
          value={typeof v === 'number' ? v : null}
          onChange={onChange}
          disabled={disabled}
          min={ind.min}
        />
      );
    case 'number':
      return (
        <InputNumber
          id={id}
          value={typeof v === 'number' ? v : null}
          precision={ind.integer ? 0 : undefined}
          min={ind.min}
          max={ind.max}
          onChange={(n) => onChange(typeof n === 'number' ? n : null)}
          disabled={disabled}
          style={{ width: '100%', maxWidth: 200 }}
          data-testid={`input-${id}`}
        />
      );
    case 'text':
      return (ind.maxLength ?? Infinity) > LONG_TEXT ? (
        <Input.TextArea
          id={id}
          value={typeof v === 'string' ? v : ''}
          maxLength={ind.maxLength}
          showCount={!!ind.maxLength}
          autoSize={{ minRows: 2, maxRows: 8 }}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
          disabled={disabled}
          data-testid={`input-${id}`}
        />
      ) : (
        <Input
          id={id}
          value={typeof v === 'string' ? v : ''}
          maxLength={ind.maxLength}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
          disabled={disabled}
          data-testid={`input-${id}`}
        />
      );
    case 'date':
      return (
        <DatePicker
          id={id}
          value={typeof v === 'string' && v ? dayjs(v) : null}
          onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
          disabled={disabled}
          style={{ width: '100%', maxWidth: 200 }}
          data-testid={`input-${id}`}
        />
      );
    case 'choice': {
      const options = (ind.options ?? []).map((o) => ({
        value: o.value,
        label: lang === 'en' ? o.labelEn : o.labelZh,
      }));
      return options.length <= RADIO_MAX ? (
        <Radio.Group
          id={id}
          value={v}
          options={options}
          onChange={(e) => onChange(e.target.value as string)}
          disabled={disabled}
          data-testid={`input-${id}`}
        />
      ) : (
        <Select
          id={id}
          allowClear
          value={typeof v === 'string' ? v : undefined}
          placeholder={t('annualReports.form.choose')}
          options={options}
          onChange={(x: string | undefined) => onChange(x ?? null)}
          disabled={disabled}
          style={{ width: '100%', maxWidth: 320 }}
          data-testid={`input-${id}`}
        />
      );
    }
    case 'bool':
      // Radio, not a switch: an unanswered question must look unanswered.
      return (
        <Radio.Group
          id={id}
          value={typeof v === 'boolean' ? v : null}
          optionType="button"
          options={[
            { value: true, label: t('annualReports.form.yes') },
            { value: false, label: t('annualReports.form.no') },
          ]}
          onChange={(e) => onChange(e.target.value as boolean)}
          disabled={disabled}
          data-testid={`input-${id}`}
        />
      );
    case 'rows':
      return (
        <RowsInput
          ind={ind}
          value={Array.isArray(v) ? (v as RowValue[]) : null}
          onChange={onChange}
          disabled={disabled}
        />
      );
    case 'file':
      return (
        <FilesInput id={id} value={Array.isArray(v) ? (v as number[]) : null} onChange={onChange} disabled={disabled} />
      );
  }
}
