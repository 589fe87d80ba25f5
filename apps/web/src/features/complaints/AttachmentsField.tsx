import { useState } from 'react';
import { Button, Flex, Typography, Upload } from 'antd';
import { CloseOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { COMPLAINT_MAX_ATTACHMENTS, type TComplaintUploaded } from '@shezu/contracts';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { uploadAttachment } from './api';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx';

/** Evidence files, each uploaded when chosen (no login); the form keeps their upload tokens. */
export function AttachmentsField({
  value = [],
  onChange,
}: {
  value?: TComplaintUploaded[];
  onChange?: (v: TComplaintUploaded[]) => void;
}) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Flex vertical gap={4} data-testid="complaint-attachments">
      {value.map((a) => (
        <Flex key={a.fileId} gap={4} align="center">
          <PaperClipOutlined />
          <Typography.Text ellipsis style={{ maxWidth: 240 }}>
            {a.name}
          </Typography.Text>
          <Typography.Text type="secondary">{f.bytes(a.size)}</Typography.Text>
          <Button
            type="text"
            size="small"
            icon={<CloseOutlined />}
            aria-label={t('upload.remove')}
            onClick={() => onChange?.(value.filter((v) => v.fileId !== a.fileId))}
          />
        </Flex>
      ))}
      {value.length < COMPLAINT_MAX_ATTACHMENTS && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          disabled={busy}
          customRequest={({ file, onSuccess, onError }) => {
            setBusy(true);
            setError(null);
            uploadAttachment(file as File)
              .then((u) => {
                onSuccess?.(u);
                onChange?.([...value, u]);
              })
              .catch((err: unknown) => {
                onError?.(err as Error);
                setError(errorText(err, lang, t));
              })
              .finally(() => setBusy(false));
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy} data-testid="complaint-attach">
            {t('complaints.new.attach')}
          </Button>
        </Upload>
      )}
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </Flex>
  );
}
