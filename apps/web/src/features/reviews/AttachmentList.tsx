import { Button, Empty, Flex, Typography } from 'antd';
import { DownloadOutlined, EyeOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { TApplicationDetail } from '@shezu/contracts';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { downloadAttachment, viewAttachment } from './api';

type Attachment = TApplicationDetail['attachments'][number];

/** Browsers show these themselves, beside the review page. */
const viewable = (mime: string) => mime === 'application/pdf' || mime.startsWith('image/');

/** The materials, each labelled with what it is for, to read in the browser or download. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const t = useT();
  const f = useFormat();
  const handleError = useApiErrorHandler();
  if (attachments.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reviews.attachments.none')} />;
  const run = (p: Promise<void>) => p.catch((e: unknown) => handleError(e));
  return (
    <Flex vertical data-testid="review-attachments">
      {attachments.map((a, i) => (
        <Flex
          key={a.fileId}
          justify="space-between"
          align="center"
          wrap
          gap={8}
          style={{ padding: '8px 0', borderTop: i > 0 ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}
          data-testid={`review-attachment-${a.fileId}`}
        >
          <Flex vertical gap={0} style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Typography.Text strong>{t(`attachmentRole.${a.role}`)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }} ellipsis={{ tooltip: a.name }}>
              <PaperClipOutlined /> {a.name} · {f.bytes(a.size)}
            </Typography.Text>
          </Flex>
          <Flex gap={8}>
            {viewable(a.mime) && (
              <Button
                size="small"
                icon={<EyeOutlined />}
                onClick={() => void run(viewAttachment(a.fileId))}
                data-testid={`review-attachment-view-${a.fileId}`}
              >
                {t('reviews.attachments.view')}
              </Button>
            )}
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => void run(downloadAttachment(a))}
              data-testid={`review-attachment-download-${a.fileId}`}
            >
              {t('reviews.attachments.download')}
            </Button>
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
}
