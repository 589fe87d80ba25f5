import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n';
import { applicationKeys, fetchSupervisorUnits } from '../api';

/** 业务主管单位 of the bureau's level and above (the API lists those an applicant may choose). */
export function SupervisorUnitSelect({
  id,
  authority,
  value,
  onChange,
  'data-testid': testId,
}: {
  id?: string;
  authority: string | undefined;
  value?: number | null;
  onChange?: (id: number | null) => void;
  'data-testid'?: string;
}) {
  const t = useT();
  const units = useQuery({
    queryKey: applicationKeys.supervisors(authority ?? ''),
    queryFn: () => fetchSupervisorUnits(authority!),
    enabled: !!authority,
    staleTime: 300_000,
  });
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      disabled={!authority}
      loading={units.isFetching}
      placeholder={authority ? t('applications.form.supervisorPlaceholder') : t('applications.form.authorityFirst')}
      showSearch={{ optionFilterProp: 'label' }}
      options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name, title: u.regionName }))}
      data-testid={testId}
    />
  );
}
