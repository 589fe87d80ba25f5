import { InputNumber } from 'antd';
import { fenToYuanText, yuanToFen } from '../../../lib/money';
import { useT } from '../../../lib/i18n';

/** 元 with two decimals on screen, integer fen in the value: string mode, so no float ever rounds an amount. */
export function MoneyInput({
  value,
  onChange,
  disabled,
  id,
  min,
}: {
  value: number | null;
  onChange: (fen: number | null) => void;
  disabled?: boolean;
  id?: string;
  min?: number;
}) {
  const t = useT();
  return (
    <InputNumber<string>
      id={id}
      stringMode
      precision={2}
      min={min !== undefined ? fenToYuanText(min) : undefined}
      value={value === null ? null : fenToYuanText(value)}
      onChange={(text) => {
        if (text === null || text === '') return onChange(null);
        try {
          onChange(yuanToFen(text));
        } catch {
          /* more than two decimals while typing: the input rounds it on blur */
        }
      }}
      disabled={disabled}
      suffix={t('annualReports.form.yuan')}
      style={{ width: '100%', maxWidth: 280 }}
      data-testid={id ? `input-${id}` : undefined}
    />
  );
}
