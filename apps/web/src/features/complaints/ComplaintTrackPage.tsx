import { Alert, Button, Card, Descriptions, Form, Input, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { TPublicComplaintStatus } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { useI18n, isMessageKey } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { PortalLayout, isNotFound } from '../portal/PortalLayout';
import { complaintKeys, trackComplaint } from './api';

export function CaseStatusText({ status }: { status: string | null }) {
  const { t } = useI18n();
  if (!status) return null;
  const key = `complaints.caseStatus.${status}`;
  return <>{isMessageKey(key) ? t(key) : status}</>;
}

function Status({ s }: { s: TPublicComplaintStatus }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Card data-testid="complaint-status">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('complaints.trackingNo')}>{s.trackingNo}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.org')}>{s.orgName}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.authority')}>{s.authorityName}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.receivedOn')}>{f.date(s.receivedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.status')}>
          <Tag color={s.status === 'received' ? 'processing' : 'success'} data-testid="complaint-status-value">
            {t(`complaints.status.${s.status}`)}
          </Tag>
        </Descriptions.Item>
        {s.caseStatus && (
          <Descriptions.Item label={t('complaints.caseStatus')}>
            <span data-testid="complaint-case-status">
              <CaseStatusText status={s.caseStatus} />
              {s.caseClosedOn ? `（${f.date(s.caseClosedOn)}）` : ''}
            </span>
          </Descriptions.Item>
        )}
        {s.reply && (
          <Descriptions.Item label={t('complaints.reply')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="complaint-reply">
              {s.reply}
            </Typography.Paragraph>
            {s.repliedOn && <Typography.Text type="secondary">{f.date(s.repliedOn)}</Typography.Text>}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** `/portal/complaints/track?no=&code=`: status and replies of one complaint, with its lookup code. */
export default function ComplaintTrackPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const no = (params.get('no') ?? '').trim().toUpperCase();
  const code = (params.get('code') ?? '').trim();
  const q = useQuery({
    queryKey: complaintKeys.track(no, code),
    queryFn: () => trackComplaint(no, code),
    enabled: no !== '' && code !== '',
    retry: false,
  });
  return (
    <PortalLayout>
      <PageHeader title={t('complaints.track.title')} subtitle={t('complaints.track.subtitle')} />
      <Card style={{ marginBottom: 12 }}>
        <Form
          layout="vertical"
          initialValues={{ no, code }}
          onFinish={(v: { no: string; code: string }) => setParams({ no: v.no.trim(), code: v.code.trim() })}
        >
          <Form.Item
            name="no"
            label={t('complaints.trackingNo')}
            rules={[{ required: true, whitespace: true, message: t('complaints.track.required') }]}
          >
            <Input size="large" maxLength={30} autoComplete="off" data-testid="complaint-track-no" />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('complaints.lookupCode')}
            rules={[{ required: true, whitespace: true, message: t('complaints.track.required') }]}
          >
            <Input size="large" maxLength={20} autoComplete="off" data-testid="complaint-track-code" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={q.isFetching} data-testid="complaint-track-submit">
            {t('complaints.track.submit')}
          </Button>
        </Form>
      </Card>
      {q.isPending && q.fetchStatus === 'fetching' && (
        <Card>
          <Skeleton active />
        </Card>
      )}
      {q.isError && (
        <Alert
          type="error"
          showIcon
          data-testid="complaint-track-error"
          title={isNotFound(q.error) ? t('complaints.track.notFound') : errorText(q.error, lang, t)}
        />
      )}
      {q.data && <Status s={q.data} />}
    </PortalLayout>
  );
}
