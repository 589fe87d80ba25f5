import { useState } from 'react';
import { Button, Flex, Typography, Upload } from 'antd';
import { CloseOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { uploadFile, type FileRecord } from '../features/files/api';
import { errorText } from '../lib/errors';
import { useI18n } from '../lib/i18n';
import { useFormat } from '../lib/useFormat';

export type UploadedFile = Pick<FileRecord, 'id' | 'name' | 'size' | 'mime'>;

export interface FileUploadProps {
  /** The upload purpose the module declared (it decides types, size limit and who may read the file). */
  purpose: string;
  /** Form control value: the stored file, or null. */
  value?: UploadedFile | null;
  onChange?: (file: UploadedFile | null) => void;
  /** File picker hint, e.g. ".pdf,.jpg"; the API checks the content itself. */
  accept?: string;
  disabled?: boolean;
  id?: string;
  'data-testid'?: string;
}

/**
 * Uploads one file to `POST /api/files` as soon as it is chosen and hands the stored record to the form
 * (`value`/`onChange`, so it works inside a Form.Item). A refusal is shown under the control.
 */
export function FileUpload({ purpose, value, onChange, accept, disabled, id, 'data-testid': testId }: FileUploadProps) {
  const { lang, t } = useI18n();
  const f = useFormat();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <Flex vertical gap={4} data-testid={testId}>
      <Flex gap={8} align="center" wrap>
        <Upload
          accept={accept}
          maxCount={1}
          showUploadList={false}
          disabled={disabled || uploading}
          customRequest={({ file, onSuccess, onError }) => {
            setUploading(true);
            setError(null);
            uploadFile(purpose, file as File)
              .then((record) => {
                onSuccess?.(record);
                onChange?.({ id: record.id, name: record.name, size: record.size, mime: record.mime });
              })
              .catch((err: unknown) => {
                onError?.(err as Error);
                // The API's message names the problem (type refused, too large) in the reader's terms.
                setError(errorText(err, lang, t));
                onChange?.(null);
              })
              .finally(() => setUploading(false));
          }}
        >
          <Button id={id} icon={<UploadOutlined />} loading={uploading} disabled={disabled} danger={!!error}>
            {uploading ? t('upload.uploading') : value ? t('upload.replace') : t('upload.choose')}
          </Button>
        </Upload>
        {value && !uploading && (
          <Flex gap={4} align="center" data-testid="file-upload-value">
            <PaperClipOutlined />
            <Typography.Text>{t('upload.uploaded', { name: value.name, size: f.bytes(value.size) })}</Typography.Text>
            <Button
              type="text"
              size="small"
              icon={<CloseOutlined />}
              aria-label={t('upload.remove')}
              onClick={() => onChange?.(null)}
              disabled={disabled}
            />
          </Flex>
        )}
      </Flex>
      {error && (
        <Typography.Text type="danger" role="alert" data-testid="file-upload-error">
          {error}
        </Typography.Text>
      )}
    </Flex>
  );
}
