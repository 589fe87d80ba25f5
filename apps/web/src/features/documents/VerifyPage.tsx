import { Alert, Card, Descriptions, Result, Skeleton, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import { PublicLayout } from '../../app/PublicLayout';
import { useT } from '../../lib/i18n';
import { documentKindLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { documentKeys, fetchPublicDocument, type PublicDocument } from './api';

/** A code the API refuses as malformed (400) is as unknown to the reader as one it cannot find (404). */
const isNotFound = (e: unknown) => isApiError(e) && (e.status === 404 || e.status === 400);

function Verified({ doc }: { doc: PublicDocument }) {
  const t = useT();
  const f = useFormat();
  return (
    <Card data-testid="verify-result" data-revoked={doc.revoked}>
      {doc.revoked ? (
        <Alert
          type="error"
          showIcon
          title={t('verify.revokedNotice', { date: f.date(doc.revokedAt) })}
          style={{ marginBottom: 16 }}
          data-testid="verify-revoked"
        />
      ) : (
        <Alert
          type="success"
          showIcon
          icon={<SafetyCertificateOutlined />}
          title={t('verify.genuine')}
          style={{ marginBottom: 16 }}
          data-testid="verify-valid"
        />
      )}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          {
            key: 'number',
            label: t('documents.number'),
            children: (
              <Typography.Text strong data-testid="verify-number">
                {doc.number}
              </Typography.Text>
            ),
          },
          { key: 'title', label: t('documents.docTitle'), children: doc.title },
          { key: 'kind', label: t('documents.kind'), children: documentKindLabel(t, doc.kind) },
          { key: 'issuer', label: t('documents.issuer'), children: doc.issuer },
          { key: 'date', label: t('documents.issueDate'), children: f.date(doc.issueDate) },
          {
            key: 'status',
            label: t('documents.status'),
            children: doc.revoked ? (
              <Tag color="red">{t('documents.revoked')}</Tag>
            ) : (
              <Tag color="green">{t('documents.valid')}</Tag>
            ),
          },
          {
            key: 'checksum',
            label: t('documents.checksum'),
            children: (
              <Typography.Text className="shezu-mono" style={{ wordBreak: 'break-all' }} data-testid="verify-checksum">
                {doc.checksum}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
        {t('verify.compare')}
      </Typography.Paragraph>
    </Card>
  );
}

/** `/verify/:code`, the page a document's QR code opens: public, no login, nothing personal. */
export default function VerifyPage() {
  const t = useT();
  const { code = '' } = useParams();
  const query = useQuery({
    queryKey: documentKeys.verify(code),
    queryFn: () => fetchPublicDocument(code),
    retry: (count, err) => count < 1 && !isApiError(err),
  });
  return (
    <PublicLayout subtitle={t('verify.subtitle')}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('verify.title')}
      </Typography.Title>
      {query.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : query.data ? (
        <Verified doc={query.data} />
      ) : isNotFound(query.error) ? (
        <Card data-testid="verify-not-found">
          <Result status="warning" title={t('verify.notFound')} subTitle={t('verify.notFoundHint')} />
        </Card>
      ) : (
        <Card data-testid="verify-error">
          <Result status="error" title={t('verify.failed')} />
        </Card>
      )}
    </PublicLayout>
  );
}
