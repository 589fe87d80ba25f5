import { Button, Empty, List, Tag, Typography } from 'antd';
import { DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import type { TApplicationDetail } from '@shezu/contracts';
import { useApiErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { downloadAttachment } from '../api';

/** 申请材料 with what each is, downloadable by whoever may read the application. */
export function AttachmentList({ attachments }: { attachments: TApplicationDetail['attachments'] }) {
  const t = useT();
  const f = useFormat();
  const handleError = useApiErrorHandler();
  const download = useMutation({ mutationFn: downloadAttachment, onError: (err) => handleError(err) });
  if (attachments.length === 0) return <Empty description={t('applications.noAttachments')} />;
  return (
    <List
      size="small"
      dataSource={attachments}
      rowKey="fileId"
      data-testid="application-attachments"
      renderItem={(a) => (
        <List.Item
          actions={[
            <Button
              key="download"
              type="link"
              size="small"
              icon={<DownloadOutlined />}
              loading={download.isPending && download.variables?.fileId === a.fileId}
              onClick={() => download.mutate(a)}
              data-testid={`attachment-download-${a.fileId}`}
            >
              {t('applications.download')}
            </Button>,
          ]}
        >
          <Typography.Text style={{ minWidth: 0 }} ellipsis>
            <Tag>{t(`attachmentRole.${a.role}`)}</Tag>
            <PaperClipOutlined /> {a.name}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.bytes(a.size)}
            </Typography.Text>
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
