import { useState } from 'react';
import { Flex, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { PENALTY_EVIDENCE_PURPOSE } from '@shezu/contracts';
import { FileUpload, type UploadedFile } from '../../components/FileUpload';

/** Case files (evidence, receipts, records): each choice uploads at once and adds a line (`value` is the list). */
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
        purpose={PENALTY_EVIDENCE_PURPOSE}
        accept=".pdf,.jpg,.jpeg,.png,.docx"
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
