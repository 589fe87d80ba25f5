import { useState } from 'react';
import { Flex, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { FileUpload, type UploadedFile } from './FileUpload';

/**
 * A list of uploaded files of one purpose (evidence, receipts, answers); each choice uploads at once and adds a
 * line (`value` is the list).
 */
export function FilesField({
  purpose,
  accept = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx',
  value = [],
  onChange,
  id,
  'data-testid': testId,
}: {
  purpose: string;
  accept?: string;
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
        purpose={purpose}
        accept={accept}
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

/** Links to stored files by id (the files service checks who may read each). */
export function FileLinks({ ids }: { ids: readonly number[] }) {
  if (ids.length === 0) return <>—</>;
  return (
    <Flex vertical gap={2}>
      {ids.map((id) => (
        <Typography.Link key={id} href={`/api/files/${id}/content`} target="_blank">
          <PaperClipOutlined /> #{id}
        </Typography.Link>
      ))}
    </Flex>
  );
}
