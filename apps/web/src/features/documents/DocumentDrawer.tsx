import { useState } from 'react';
import { Alert, Button, Descriptions, Divider, Drawer, Flex, Grid, QRCode, Skeleton, Tag, Typography } from 'antd';
import { DownloadOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useCan } from '../../app/session';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { documentKindLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { documentKeys, downloadDocument, fetchDocument, fetchTemplate, type Document } from './api';
import { FieldValues } from './FieldValues';
import { RevokeDialog } from './RevokeDialog';

function DownloadButton({ doc, format }: { doc: Document; format: 'pdf' | 'docx' }) {
  const t = useT();
  const handleError = useApiErrorHandler();
  const download = useMutation({ mutationFn: () => downloadDocument(doc, format), onError: (err) => handleError(err) });
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={download.isPending}
      onClick={() => download.mutate()}
      data-testid={`document-download-${format}`}
    >
      {t(format === 'pdf' ? 'documents.downloadPdf' : 'documents.downloadDocx')}
    </Button>
  );
}

/** One document: what it says, how to verify it, its files; revocation for the issuing bureau. */
export function DocumentDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const t = useT();
  const f = useFormat();
  const screens = Grid.useBreakpoint();
  const canIssue = useCan('documents.issue');
  const [revoking, setRevoking] = useState(false);
  const query = useQuery({ queryKey: documentKeys.detail(id), queryFn: () => fetchDocument(id) });
  const doc = query.data;
  const template = useQuery({
    queryKey: documentKeys.template(doc?.templateId ?? 0),
    queryFn: () => fetchTemplate(doc!.templateId),
    enabled: !!doc,
    staleTime: Infinity,
  });

  return (
    <Drawer
      open
      title={t('documents.detail')}
      size={screens.md ? 640 : '100%'}
      onClose={onClose}
      destroyOnHidden
      data-testid="document-drawer"
      footer={
        doc && (
          <Flex gap={8} wrap justify="flex-end">
            <DownloadButton doc={doc} format="pdf" />
            <DownloadButton doc={doc} format="docx" />
            {canIssue && !doc.revokedAt && (
              <Button danger icon={<StopOutlined />} onClick={() => setRevoking(true)} data-testid="document-revoke">
                {t('documents.revoke')}
              </Button>
            )}
          </Flex>
        )
      }
    >
      {!doc ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          {doc.revokedAt && (
            <Alert
              type="error"
              showIcon
              title={`${t('documents.revoked')} · ${f.dateTime(doc.revokedAt)}`}
              description={doc.revokeReason}
              data-testid="document-revoked"
            />
          )}
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'number',
                label: t('documents.number'),
                children: (
                  <Typography.Text strong data-testid="document-number">
                    {doc.number}
                  </Typography.Text>
                ),
              },
              { key: 'title', label: t('documents.docTitle'), children: doc.title },
              { key: 'kind', label: t('documents.kind'), children: documentKindLabel(t, doc.kind) },
              { key: 'issuer', label: t('documents.issuer'), children: doc.issuer },
              { key: 'date', label: t('documents.issueDate'), children: f.date(doc.issueDate) },
              {
                key: 'at',
                label: t('documents.issuedAt'),
                children: `${f.dateTime(doc.issuedAt)} · ${doc.issuedByName}`,
              },
              {
                key: 'status',
                label: t('documents.status'),
                children: doc.revokedAt ? (
                  <Tag color="red">{t('documents.revoked')}</Tag>
                ) : (
                  <Tag color="green">{t('documents.valid')}</Tag>
                ),
              },
              {
                key: 'checksum',
                label: t('documents.checksum'),
                children: (
                  <Typography.Text className="shezu-mono" copyable style={{ wordBreak: 'break-all' }}>
                    {doc.checksum}
                  </Typography.Text>
                ),
              },
              {
                key: 'linked',
                label: t('documents.linked'),
                children: doc.linkedType ? `${doc.linkedType} #${doc.linkedId}` : '—',
              },
              {
                key: 'template',
                label: t('documents.template'),
                children: template.data
                  ? `${template.data.name} · ${t('documents.templateVersion', { id: doc.templateId, version: doc.templateVersion })}`
                  : t('documents.templateVersion', { id: doc.templateId, version: doc.templateVersion }),
              },
            ]}
          />
          <Flex gap={16} align="center" wrap>
            <QRCode value={doc.verifyUrl} size={128} bordered={false} aria-label={t('documents.verifyQr')} />
            <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
              <Typography.Text type="secondary">{t('documents.verifyUrl')}</Typography.Text>
              <Typography.Link
                href={doc.verifyUrl}
                target="_blank"
                rel="noopener"
                copyable
                style={{ wordBreak: 'break-all' }}
                data-testid="document-verify-url"
              >
                {doc.verifyUrl}
              </Typography.Link>
            </Flex>
          </Flex>
          <Divider titlePlacement="start" plain style={{ margin: 0 }}>
            {t('documents.fields')}
          </Divider>
          <FieldValues values={doc.fields} fields={template.data?.fields} />
        </Flex>
      )}
      {revoking && doc && <RevokeDialog doc={doc} onClose={() => setRevoking(false)} />}
    </Drawer>
  );
}
