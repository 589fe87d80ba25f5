import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../lib/i18n';
import { searchOrgs } from '../portal/api';

/** The registered organization complained about, searched in the public register by name or credit code. */
export function OrgPicker({ value, onChange, id }: { value?: string; onChange?: (uscc: string) => void; id?: string }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['complaints', 'org-search', q],
    queryFn: () => searchOrgs({ q }),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      placeholder={t('complaints.new.orgSearch')}
      loading={found.isFetching}
      notFoundContent={null}
      size="large"
      data-testid="complaint-org"
      options={(found.data?.items ?? []).map((o) => ({
        value: o.uscc,
        label: `${o.name}（${o.uscc}）`,
      }))}
      style={{ width: '100%' }}
    />
  );
}
