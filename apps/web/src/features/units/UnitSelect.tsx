import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { TUnit } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { unitKindLabel } from '../../lib/labels';
import { fetchUnits, unitKeys } from './api';

const LIMIT = 200;

/** Active units inside a region subtree, searchable by name on the server. */
export function UnitSelect({
  id,
  value,
  onChange,
  within,
  placeholder,
  disabled,
  status,
  valueLabel,
}: {
  id?: string;
  /** Label of the current value while it is not among the loaded options (e.g. a search is active). */
  valueLabel?: string | null;
  value?: number | null;
  onChange?: (id: number | null, unit?: TUnit) => void;
  within?: string | null;
  placeholder?: string;
  disabled?: boolean;
  status?: '' | 'error' | 'warning';
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const filter = { within: within ?? undefined, active: 'true' as const, q: q.trim() || undefined };
  const units = useQuery({
    queryKey: unitKeys.list(filter, LIMIT),
    queryFn: () => fetchUnits(filter, undefined, LIMIT),
    enabled: !disabled,
  });
  const items = units.data?.items ?? [];
  const options = items.map((u) => ({
    value: u.id,
    label: u.name,
    title: `${u.regionName} · ${unitKindLabel(t, u.kind)}`,
  }));
  if (value && valueLabel && !items.some((u) => u.id === value)) {
    options.unshift({ value, label: valueLabel, title: '' });
  }

  return (
    <Select<number>
      id={id}
      data-testid="unit-select"
      value={value ?? undefined}
      status={status}
      disabled={disabled}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={units.isFetching}
      placeholder={placeholder}
      style={{ width: '100%' }}
      options={options}
      optionRender={(opt) => (
        <div>
          <div>{opt.label}</div>
          <div style={{ fontSize: 12, color: '#8c8c8c' }}>{opt.data.title}</div>
        </div>
      )}
      onChange={(next) => {
        setQ('');
        onChange?.(
          next ?? null,
          items.find((u) => u.id === next),
        );
      }}
    />
  );
}
