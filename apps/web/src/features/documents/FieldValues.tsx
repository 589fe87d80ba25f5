import { Descriptions, Typography } from 'antd';
import { useI18n } from '../../lib/i18n';
import { formatYuan } from '../../lib/money';
import { useFormat } from '../../lib/useFormat';
import type { FieldValues as Values, TemplateField } from './api';

/** A document's field values, labelled and formatted by its template's field list (raw names without one). */
export function FieldValues({ values, fields }: { values: Values; fields: TemplateField[] | undefined }) {
  const { lang } = useI18n();
  const f = useFormat();
  const byName = new Map((fields ?? []).map((field) => [field.name, field]));
  const names = fields ? fields.map((field) => field.name).filter((n) => n in values) : Object.keys(values);
  const show = (name: string) => {
    const v = values[name];
    if (v === null || v === undefined || v === '') return '—';
    const type = byName.get(name)?.type;
    if (type === 'money' && typeof v === 'number') return formatYuan(v, lang);
    if (type === 'date' && typeof v === 'string') return f.date(v);
    if (type === 'multiline') return <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{String(v)}</Typography.Text>;
    return String(v);
  };
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={names.map((name) => ({ key: name, label: byName.get(name)?.label ?? name, children: show(name) }))}
    />
  );
}
