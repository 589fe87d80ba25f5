import { useState } from 'react';
import { Flex, Select, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { FileUpload, type UploadedFile } from '../../components/FileUpload';
import { OrgDatePicker } from '../orgs/form/OrgFormFields';
import { fetchOrgs } from '../orgs/api';
import { useT } from '../../lib/i18n';
import { CREDIT_EVIDENCE_PURPOSE } from './api';

export { OrgDatePicker as CreditDatePicker };

/** Evidence as a list of uploaded files; each choice uploads at once and adds a line (`value` is the list). */
export function EvidenceField({
  value = [],
  onChange,
  id,
  'data-testid': testId,
}: {
  value?: UploadedFile[];
  onChange?: (files: UploadedFile[]) => void;
  id?: string;
  'data-testid'?: string;
}) {
  // Remounting the single-file control after each upload leaves it ready for the next file.
  const [slot, setSlot] = useState(0);
  return (
    <Flex vertical gap={4} data-testid={testId}>
      {value.map((f) => (
        <Flex key={f.id} gap={4} align="center">
          <PaperClipOutlined />
          <Typography.Text>{f.name}</Typography.Text>
          <Typography.Link onClick={() => onChange?.(value.filter((x) => x.id !== f.id))}>×</Typography.Link>
        </Flex>
      ))}
      <FileUpload
        key={slot}
        id={id}
        purpose={CREDIT_EVIDENCE_PURPOSE}
        accept=".pdf,.jpg,.jpeg,.png"
        value={null}
        onChange={(file) => {
          if (!file) return;
          onChange?.([...value, file]);
          setSlot((n) => n + 1);
        }}
      />
    </Flex>
  );
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
