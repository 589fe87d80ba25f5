import { Button, DatePicker, Input, InputNumber, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { RowValue, TIndicator } from '@shezu/contracts';
import { useI18n } from '../../../lib/i18n';
import { MoneyInput } from './MoneyInput';

type Column = NonNullable<TIndicator['columns']>[number];

function Cell({
  col,
  value,
  onChange,
  disabled,
  id,
}: {
  col: Column;
  value: number | string | null;
  onChange: (v: number | string | null) => void;
  disabled?: boolean;
  id: string;
}) {
  if (col.type === 'money')
    return (
      <MoneyInput id={id} value={typeof value === 'number' ? value : null} onChange={onChange} disabled={disabled} />
    );
  if (col.type === 'number')
    return (
      <InputNumber
        id={id}
        value={typeof value === 'number' ? value : null}
        onChange={(v) => onChange(typeof v === 'number' ? v : null)}
        disabled={disabled}
        style={{ width: '100%' }}
      />
    );
  if (col.type === 'date')
    return (
      <DatePicker
        id={id}
        value={typeof value === 'string' && value ? dayjs(value) : null}
        onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
        disabled={disabled}
        style={{ width: '100%' }}
      />
    );
  return (
    <Input
      id={id}
      value={typeof value === 'string' ? value : ''}
      maxLength={2000}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      disabled={disabled}
    />
  );
}

/** A table indicator: one editable row per item; only the table scrolls sideways on a phone. */
export function RowsInput({
  ind,
  value,
  onChange,
  disabled,
}: {
  ind: TIndicator;
  value: RowValue[] | null;
  onChange: (rows: RowValue[] | null) => void;
  disabled?: boolean;
}) {
  const { t, lang } = useI18n();
  const rows = value ?? [];
  const columns = ind.columns ?? [];
  const setCell = (i: number, code: string, v: number | string | null) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [code]: v } : r)));
  const blank = (): RowValue => Object.fromEntries(columns.map((c) => [c.code, null]));
  return (
    <div style={{ width: '100%' }} data-testid={`rows-${ind.code}`}>
      <Table<RowValue & { _i: number }>
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey="_i"
        dataSource={rows.map((r, i) => ({ ...r, _i: i }))}
        locale={{ emptyText: t('annualReports.form.noRows') }}
        columns={[
          ...columns.map((c) => ({
            key: c.code,
            title: lang === 'en' ? c.labelEn : c.labelZh,
            width: c.type === 'text' ? 220 : 160,
            render: (_: unknown, r: RowValue & { _i: number }) => (
              <Cell
                col={c}
                id={`${ind.code}-${r._i}-${c.code}`}
                value={r[c.code] ?? null}
                onChange={(v) => setCell(r._i, c.code, v)}
                disabled={disabled}
              />
            ),
          })),
          ...(disabled
            ? []
            : [
                {
                  key: '_remove',
                  width: 56,
                  render: (_: unknown, r: RowValue & { _i: number }) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('annualReports.form.removeRow')}
                      onClick={() => {
                        const next = rows.filter((_x, j) => j !== r._i);
                        onChange(next.length ? next : null);
                      }}
                    />
                  ),
                },
              ]),
        ]}
      />
      {!disabled && (
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => onChange([...rows, blank()])}
          style={{ marginTop: 8 }}
          data-testid={`rows-add-${ind.code}`}
        >
          {t('annualReports.form.addRow')}
        </Button>
      )}
    </div>
  );
}
