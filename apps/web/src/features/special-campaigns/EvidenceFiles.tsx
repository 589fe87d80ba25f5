import { Button, Flex, Typography } from 'antd';
import { CloseOutlined, PaperClipOutlined } from '@ant-design/icons';
import { CAMPAIGN_EVIDENCE_PURPOSE } from '@shezu/contracts';
import { api } from '../../api/client';
import { FileUpload, type UploadedFile } from '../../components/FileUpload';
import { downloadFrom } from '../../lib/download';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx';

/** The rectification's evidence files, each a download. */
export function EvidenceLinks({ files }: { files: { id: number; name: string }[] }) {
  const handleError = useApiErrorHandler();
  if (files.length === 0) return null;
  return (
    <Flex vertical gap={0}>
      {files.map((f) => (
        <Button
          key={f.id}
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          data-testid={`sc-evidence-file-${f.id}`}
          onClick={() =>
            downloadFrom(
              api.GET('/api/files/{id}/content', { params: { path: { id: f.id } }, parseAs: 'blob' }),
              f.name,
            ).catch((e: unknown) => handleError(e))
          }
        >
          {f.name}
        </Button>
      ))}
    </Flex>
  );
}

/** Evidence uploads for a rectification report (Form control of UploadedFile[]). */
export function EvidenceInput({
  value = [],
  onChange,
  testId,
}: {
  value?: UploadedFile[];
  onChange?: (files: UploadedFile[]) => void;
  testId: string;
}) {
  const t = useT();
  return (
    <Flex vertical gap={6} data-testid={testId}>
      {value.map((file) => (
        <Flex key={file.id} gap={4} align="center">
          <PaperClipOutlined />
          <Typography.Text style={{ wordBreak: 'break-all' }}>{file.name}</Typography.Text>
          <Button
            type="text"
            size="small"
            icon={<CloseOutlined />}
            aria-label={t('upload.remove')}
            onClick={() => onChange?.(value.filter((x) => x.id !== file.id))}
          />
        </Flex>
      ))}
      {value.length < 20 && (
        <FileUpload
          key={value.length}
          purpose={CAMPAIGN_EVIDENCE_PURPOSE}
          accept={ACCEPT}
          value={null}
          onChange={(file) => file && onChange?.([...value, file])}
          data-testid={`${testId}-upload`}
        />
      )}
    </Flex>
  );
}
