import { useMemo, useState, type ReactNode } from 'react';
import { Button, Card, Col, Grid, Result, Row, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useParams } from 'react-router';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { NotFoundPage } from '../../components/ResultPages';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { ActionPanel } from './ActionPanel';
import { annualKeys, fetchAnnualReport } from './api';
import { CheckPanel } from './CheckPanel';
import { ConclusionNote, ReportHeader } from './ReportHeader';
import { reportView } from './reportModel';
import { ReportValues } from './ReportValues';
import { ReviewHistory, VersionsList } from './ReviewHistory';

function Detail({ r, onReload }: { r: TAnnualReportDetail; onReload: () => void }) {
  const { t } = useI18n();
  const wide = Grid.useBreakpoint().lg === true;
  const view = useMemo(() => reportView(r), [r]);
  const [comments, setComments] = useState<Record<string, string>>({});
  const acting = r.can.review || r.can.conclude;
  const setComment = (code: string, text: string | null) =>
    setComments(({ [code]: _old, ...rest }) => (text ? { ...rest, [code]: text } : rest));

  const card = (key: string, title: string, body: ReactNode) => (
    <Card key={key} size="small" title={title} style={{ marginBottom: 16 }} data-testid={`annual-panel-${key}`}>
      {body}
    </Card>
  );
  const action = card(
    'action',
    t('annualReview.panel.action'),
    acting ? (
      <ActionPanel
        r={r}
        view={view}
        comments={comments}
        onRemoveComment={(code) => setComment(code, null)}
        onClearComments={() => setComments({})}
        onReload={onReload}
      />
    ) : (
      <Typography.Text type="secondary" data-testid="annual-no-actions">
        {t('annualReview.noActions')}
      </Typography.Text>
    ),
  );
  // The reviewer reads the findings next to the figures; on a phone they come first.
  const side = [
    action,
    card('check', t('annualReview.panel.check'), <CheckPanel r={r} view={view} />),
    card('history', t('annualReview.panel.history'), <ReviewHistory r={r} view={view} />),
    card('versions', t('annualReview.panel.versions'), <VersionsList r={r} />),
  ];
  const values = <ReportValues view={view} annotations={acting ? { comments, onChange: setComment } : null} />;
  return (
    <>
      <ReportHeader r={r} />
      <ConclusionNote r={r} />
      <Row gutter={16}>
        {wide ? (
          <>
            <Col lg={15}>{values}</Col>
            <Col lg={9}>{side}</Col>
          </>
        ) : (
          <Col span={24}>
            {side.slice(0, 2)}
            {values}
            <div style={{ marginTop: 16 }}>{side.slice(2)}</div>
          </Col>
        )}
      </Row>
    </>
  );
}

/** 年报审核: one report with the automatic checks, the history and the decision the user may take. */
export default function AnnualReviewPage() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useQuery({ queryKey: annualKeys.detail(id), queryFn: () => fetchAnnualReport(id), enabled: valid });

  if (!valid) return <NotFoundPage />;
  // The organization itself fills its report on its own page.
  if (detail.data?.can.fill) return <Navigate to={`/annual-reports/${id}/fill`} replace />;
  return (
    <>
      <Link to="/annual-reports" data-testid="annual-back" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('annualReview.back')}
      </Link>
      {detail.data ? (
        <Detail r={detail.data} onReload={() => void detail.refetch()} />
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
