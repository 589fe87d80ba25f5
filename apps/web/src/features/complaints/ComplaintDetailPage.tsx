import { Alert, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { complaintKeys, fetchComplaint } from './api';
import { ComplaintActions } from './ComplaintActions';
import { ComplaintStatusTag } from './ComplaintsPage';

/** `/complaints/:id`: one complaint with the complainant's contact (staff only), evidence, and its triage. */
export default function ComplaintDetailPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const me = useMe();
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: complaintKeys.one(id), queryFn: () => fetchComplaint(id) });
  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error, lang, t)} />;
  if (!q.data) return <Skeleton active />;
  const c = q.data;
  return (
    <>
      <PageHeader
        title={`${t('complaints.list.title')} ${c.trackingNo}`}
        subtitle={c.orgName}
        extra={c.status === 'received' && can(me, 'supervision.manage') ? <ComplaintActions c={c} /> : undefined}
      />
      <Card style={{ marginBottom: 12 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="complaint-detail">
          <Descriptions.Item label={t('complaints.status')}>
            <ComplaintStatusTag c={c} />
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.receivedOn')}>{f.date(c.receivedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.org')}>
            {c.orgId ? <Link to={`/orgs/${c.orgId}`}>{c.orgName}</Link> : c.orgName}
            {c.uscc ? ` （${c.uscc}）` : ` （${t('complaints.detail.unregisteredOrg')}）`}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.category')}>
            {t(`complaints.category.${c.category}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.authority')}>{c.authorityName}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.detail.contact')}>
            {c.contactName || c.contactPhone
              ? [c.contactName, c.contactPhone].filter(Boolean).join(' ')
              : t('complaints.detail.noContact')}
          </Descriptions.Item>
          {c.caseId && (
            <Descriptions.Item label={t('complaints.caseStatus')}>
              <Link to={`/supervision-cases/${c.caseId}`} data-testid="complaint-case-link">
                {t('complaints.detail.case')}
              </Link>
              {c.caseClosedOn ? ` · ${f.date(c.caseClosedOn)}` : ''}
            </Descriptions.Item>
          )}
          {c.handledByName && (
            <Descriptions.Item label={t('complaints.detail.handledBy')}>{c.handledByName}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('complaints.detail.content')} style={{ marginBottom: 12 }}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.content}</Typography.Paragraph>
        {c.attachments.length > 0 && (
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('complaints.detail.attachments')}</Typography.Text>
            {c.attachments.map((a) => (
              <a key={a.id} href={`/api/files/${a.id}/content`} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> {a.name} ({f.bytes(a.size)})
              </a>
            ))}
          </Flex>
        )}
      </Card>
      {c.reply && (
        <Card title={t('complaints.reply')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="complaint-detail-reply">
            {c.reply}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{c.repliedOn ? f.date(c.repliedOn) : ''}</Typography.Text>
        </Card>
      )}
    </>
  );
}
