import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { FilesField } from '../../components/FilesField';
import { OrgDatePicker } from '../orgs/form/OrgFormFields';
import { fetchOrgs } from '../orgs/api';
import { useT } from '../../lib/i18n';
import { CREDIT_EVIDENCE_PURPOSE } from './api';

export { OrgDatePicker as CreditDatePicker };

/** Evidence of a listing or a request (the API's `credit_evidence` purpose). */
export function EvidenceField(props: Omit<Parameters<typeof FilesField>[0], 'purpose' | 'accept'>) {
  return <FilesField {...props} purpose={CREDIT_EVIDENCE_PURPOSE} accept=".pdf,.jpg,.jpeg,.png" />;
}

export interface PickedOrg {
  id: number;
  name: string;
  uscc: string;
}

/** An organization of the user's scope, found by name or credit code on the server. */
export function OrgPicker({
  value,
  onChange,
  known,
  id,
  'data-testid': testId,
}: {
  value?: number;
  onChange?: (id: number | undefined) => void;
  /** The organization the form starts with (opened from its page), shown by name before any search. */
  known?: PickedOrg;
  id?: string;
  'data-testid'?: string;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['credit', 'org-picker', q],
    queryFn: () => fetchOrgs({ q }),
    enabled: q.trim().length > 0,
    staleTime: 30_000,
  });
  return (
    <Select<number>
      id={id}
      showSearch
      allowClear
      value={value}
      placeholder={t('credit.field.orgSearch')}
      filterOption={false}
      onSearch={setQ}
      loading={found.isFetching}
      onChange={(v) => onChange?.(v)}
      options={[...(found.data?.items ?? []), ...(known && !q.trim() ? [known] : [])].map((o) => ({
        value: o.id,
        label: `${o.name}（${o.uscc}）`,
      }))}
      data-testid={testId}
    />
  );
}
