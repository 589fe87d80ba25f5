import { DatePicker, Form, Input, InputNumber } from 'antd';
import { useT, type TFunction } from '../../lib/i18n';
import type { TemplateField } from './api';
import type { FormValue } from './fieldValues';

/** The input for a field; a plain element (not a component) so that Form.Item can hand it value and onChange. */
function controlFor(field: TemplateField, t: TFunction) {
  const placeholder = field.sample ?? undefined;
  switch (field.type) {
    case 'multiline':
      return <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} placeholder={placeholder} />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} />;
    case 'money':
      return (
        <InputNumber<number>
          style={{ width: '100%' }}
          min={0}
          precision={2}
          suffix={t('documents.moneyUnit')}
          placeholder={placeholder ? String(Number(placeholder) / 100) : undefined}
        />
      );
    default:
      return <Input maxLength={200} placeholder={placeholder} />;
  }
}

/** One input of an issue form, by the template field's type; money is typed in 元. */
export function TemplateFieldInput({ field, initial }: { field: TemplateField; initial?: FormValue }) {
  const t = useT();
  return (
    <Form.Item
      name={['fields', field.name]}
      label={field.label}
      initialValue={initial}
      rules={
        field.required
          ? [
              {
                required: true,
                whitespace: field.type === 'text' || field.type === 'multiline',
                message: t('documents.fieldRequired', { label: field.label }),
              },
            ]
          : undefined
      }
    >
      {controlFor(field, t)}
    </Form.Item>
  );
}
