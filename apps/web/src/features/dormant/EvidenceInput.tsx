import { Button, Flex, Typography } from 'antd';
import { CloseOutlined, PaperClipOutlined } from '@ant-design/icons';
import { DORMANT_EVIDENCE_PURPOSE } from '@shezu/contracts';
import { FileUpload, type UploadedFile } from '../../components/FileUpload';
import { useT } from '../../lib/i18n';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx';

/** Evidence files of a disposal: each upload is added to the list (Form control of UploadedFile[]). */
export function EvidenceInput({
  value = [],
  onChange,
}: {
  value?: UploadedFile[];
  onChange?: (files: UploadedFile[]) => void;
}) {
  const t = useT();
  return (
    <Flex vertical gap={6} data-testid="dispose-evidence">
      {value.map((file) => (
        <Flex key={file.id} gap={4} align="center" data-testid={`evidence-${file.id}`}>
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
          purpose={DORMANT_EVIDENCE_PURPOSE}
          accept={ACCEPT}
          value={null}
          onChange={(file) => file && onChange?.([...value, file])}
          data-testid="dispose-evidence-upload"
        />
      )}
    </Flex>
  );
}
