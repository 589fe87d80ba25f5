import { Button, Flex, Typography } from 'antd';
import { CloseOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { ANNUAL_ATTACHMENT_PURPOSE } from '@shezu/contracts';
import { FileUpload } from '../../../components/FileUpload';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { annualReportKeys, downloadFile, fetchFileMeta } from '../api';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx';
const MAX_FILES = 20;

function FileLine({ id, onRemove }: { id: number; onRemove?: () => void }) {
  const t = useT();
  const f = useFormat();
  const meta = useQuery({ queryKey: annualReportKeys.file(id), queryFn: () => fetchFileMeta(id) });
  const name = meta.data?.name ?? t('annualReports.file.unknown', { id });
  return (
    <Flex gap={4} align="center" wrap data-testid={`file-${id}`} style={{ minWidth: 0 }}>
      <PaperClipOutlined />
      <Typography.Link onClick={() => void downloadFile(id, name)} style={{ wordBreak: 'break-all' }}>
        {name}
      </Typography.Link>
      {meta.data && <Typography.Text type="secondary">{f.bytes(meta.data.size)}</Typography.Text>}
      {onRemove && (
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined />}
          aria-label={t('annualReports.file.remove')}
          onClick={onRemove}
        />
      )}
    </Flex>
  );
}

/** A file indicator holds a list of file ids: each upload is added, each can be removed. */
export function FilesInput({
  value,
  onChange,
  disabled,
  id,
}: {
  value: number[] | null;
  onChange: (ids: number[] | null) => void;
  disabled?: boolean;
  id?: string;
}) {
  const ids = value ?? [];
  return (
    <Flex vertical gap={4}>
      {ids.map((fileId) => (
        <FileLine
          key={fileId}
          id={fileId}
          onRemove={
            disabled
              ? undefined
              : () => onChange(ids.filter((x) => x !== fileId).length ? ids.filter((x) => x !== fileId) : null)
          }
        />
      ))}
      {!disabled && ids.length < MAX_FILES && (
        <FileUpload
          id={id}
          purpose={ANNUAL_ATTACHMENT_PURPOSE}
          accept={ACCEPT}
          value={null}
          onChange={(file) => file && onChange([...ids, file.id])}
          data-testid={id ? `upload-${id}` : undefined}
        />
      )}
    </Flex>
  );
}
