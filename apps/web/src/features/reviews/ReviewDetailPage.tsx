import { useEffect, type ReactNode } from 'react';
import { Alert, Button, Card, Col, Flex, Grid, Result, Row, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { TApplicationDetail } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { NotFoundPage } from '../../components/ResultPages';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { useI18n, useT } from '../../lib/i18n';
import { ApplicationDataView } from '../applications/ApplicationDataView';
import { ApplicationStatusTag } from '../applications/ApplicationStatusTag';
import { fetchReview, reviewKeys } from './api';
import { ApprovalOutcome } from './ApprovalOutcome';
import { AttachmentList } from './AttachmentList';
import { HistoryTimeline } from './HistoryTimeline';
import { markOpened, neighbours, queuePath, readQueue } from './queueNav';
import { RegisterComparison } from './RegisterComparison';
import { RequireReviewer } from './RequireReviewer';
import { ReviewActions } from './ReviewActions';
import { ReviewSummary } from './ReviewSummary';
import { VersionComparison } from './VersionComparison';

/** Back to the queue where the clerk left it, and the previous / next application of that queue. */
function QueueBar({ id }: { id: number }) {
  const t = useT();
  const navigate = useNavigate();
  const snapshot = readQueue();
  const place = neighbours(snapshot, id);
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
      <Link to={queuePath(snapshot)} data-testid="review-back">
        <ArrowLeftOutlined /> {t('reviews.back')}
      </Link>
      {place && (
        <Flex gap={8} align="center">
          <Button
            size="small"
            icon={<LeftOutlined />}
            disabled={!place.prev}
            onClick={() => void navigate(`/reviews/${place.prev}`)}
            data-testid="review-prev"
          >
            {t('reviews.prev')}
          </Button>
          <Typography.Text type="secondary" data-testid="review-position">
            {t('reviews.position', { index: place.index, total: place.total })}
          </Typography.Text>
          <Button
            size="small"
            disabled={!place.next}
            onClick={() => void navigate(`/reviews/${place.next}`)}
            data-testid="review-next"
          >
            {t('reviews.next')} <RightOutlined />
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

function Detail({ a, onReload }: { a: TApplicationDetail; onReload: () => void }) {
  const { t } = useI18n();
  const wide = Grid.useBreakpoint().xl === true;
  const next = neighbours(readQueue(), a.id)?.next ?? null;
  const section = (key: string, title: string, body: ReactNode) => (
    <Card key={key} size="small" title={title} style={{ marginBottom: 16 }} data-testid={`review-section-${key}`}>
      {body}
    </Card>
  );
  // Side by side on a wide screen; on a phone the summary comes first and the history last.
  const summary = section('summary', t('reviews.section.summary'), <ReviewSummary application={a} />);
  const history = section('history', t('reviews.section.history'), <HistoryTimeline history={a.history} />);
  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap component="span">
            <span data-testid="review-title">{a.orgName ?? t('reviews.unnamed')}</span>
            <ApplicationStatusTag status={a.status} />
          </Flex>
        }
        subtitle={[t('reviews.no', { id: a.id }), t(`applicationKind.${a.kind}`), a.applicantName].join(' · ')}
        extra={<ReviewActions application={a} onReload={onReload} />}
      />
      <ApprovalOutcome application={a} nextId={next} />
      {a.status === 'returned' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('reviews.returnedNote')} />
      )}
      {a.status === 'rejected' && a.decisionReason && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="review-decision-reason"
          title={t('reviews.decisionReason', { reason: a.decisionReason })}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          {!wide && summary}
          {section(
            'data',
            t('reviews.section.data'),
            <ApplicationDataView
              kind={a.kind}
              data={a.data}
              unitNames={
                a.supervisorUnitId && a.supervisorUnitName ? { [a.supervisorUnitId]: a.supervisorUnitName } : {}
              }
            />,
          )}
          {a.kind === 'change' &&
            a.orgId &&
            section('register', t('reviews.section.register'), <RegisterComparison application={a} />)}
          {a.versions.length > 1 &&
            section('versions', t('reviews.section.versions'), <VersionComparison application={a} />)}
          {section('attachments', t('reviews.section.attachments'), <AttachmentList attachments={a.attachments} />)}
          {!wide && history}
        </Col>
        {wide && (
          <Col xl={8}>
            {summary}
            {history}
          </Col>
        )}
      </Row>
    </>
  );
}

function ReviewDetail() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useQuery({ queryKey: reviewKeys.detail(id), queryFn: () => fetchReview(id), enabled: valid });
  useEffect(() => {
    if (valid) markOpened(id);
  }, [id, valid]);

  if (!valid) return <NotFoundPage />;
  return (
    <>
      <QueueBar id={id} />
      {detail.data ? (
        <Detail a={detail.data} onReload={() => void detail.refetch()} />
      ) : detail.isError ? (
        isApiError(detail.error) && detail.error.status === 404 ? (
          <NotFoundPage />
        ) : (
          <Result
            status="warning"
            title={t('app.loadFailed')}
            subTitle={errorText(detail.error, lang, t)}
            extra={<Button onClick={() => void detail.refetch()}>{t('app.retry')}</Button>}
          />
        )
      ) : (
        <Skeleton active style={{ padding: 24 }} />
      )}
    </>
  );
}

/** 审核: one application with everything needed to decide on it, and the decisions the user may take. */
export default function ReviewDetailPage() {
  return (
    <RequireReviewer>
      <ReviewDetail />
    </RequireReviewer>
  );
}
