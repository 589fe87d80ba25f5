import { useEffect } from 'react';
import { Alert, Button, Card, Col, Flex, Progress, Result, Row, Skeleton, Statistic, Steps, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isApiError } from '../../api/errors';
import { JobProgress } from '../../components/JobProgress';
import { useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { fetchImport, ledgerKeys, type LedgerImport } from './api';
import { ImportActions } from './ImportActions';
import { isWorking, stepOf } from './importLogic';
import { IssuesTable } from './IssuesTable';
import { LedgerStatusTag } from './LedgerStatusTag';

const POLL_MS = 1_500;

function Counts({ imp }: { imp: LedgerImport }) {
  const { t } = useI18n();
  const f = useFormat();
  if (imp.totalRows === null) return null;
  const items = [
    { key: 'total', title: t('ledgers.count.total'), value: imp.totalRows },
    { key: 'valid', title: t('ledgers.count.valid'), value: imp.validRows, color: '#389e0d' },
    { key: 'errors', title: t('ledgers.count.errorRows'), value: imp.errorRows, color: '#cf1322' },
    { key: 'warnings', title: t('ledgers.count.warningRows'), value: imp.warningRows, color: '#d46b08' },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="ledger-counts">
      {items.map((i) => (
        <Col key={i.key} xs={12} md={6}>
          <Statistic
            title={i.title}
            value={f.number(i.value)}
            styles={{ content: { color: i.value ? i.color : undefined } }}
            data-testid={`ledger-count-${i.key}`}
          />
        </Col>
      ))}
      {(imp.errorCount ?? 0) > (imp.errorRows ?? 0) && (
        <Col xs={24}>
          <Typography.Text type="secondary">
            {t('ledgers.count.errorCount', { count: f.number(imp.errorCount) })}
          </Typography.Text>
        </Col>
      )}
    </Row>
  );
}

/** Where the import stands, in words that say what to do next. */
function StateNotice({ imp }: { imp: LedgerImport }) {
  const { t } = useI18n();
  const f = useFormat();
  switch (imp.status) {
    case 'validating':
      return <Alert type="info" showIcon title={t('ledgers.checking')} />;
    case 'committing':
      return <Alert type="info" showIcon title={t('ledgers.committing')} />;
    case 'invalid':
      return (
        <Alert
          type="error"
          showIcon
          data-testid="ledger-state"
          title={t('ledgers.invalid.title', { rows: f.number(imp.errorRows), count: f.number(imp.errorCount) })}
          description={t('ledgers.invalid.body')}
        />
      );
    case 'ready':
      return (
        <Alert
          type="success"
          showIcon
          data-testid="ledger-state"
          title={t('ledgers.ready.title', { rows: f.number(imp.totalRows) })}
          description={t('ledgers.ready.body')}
        />
      );
    case 'committed':
      return (
        <Result
          status="success"
          data-testid="ledger-state"
          title={t('ledgers.committed.title', { count: f.number(imp.committedCount) })}
          subTitle={t('ledgers.committed.at', { at: f.dateTime(imp.committedAt) })}
          extra={
            <Link to={imp.kind === 'orgs' ? '/orgs' : '/community-orgs'}>
              <Button>{t(`ledgers.committed.view.${imp.kind}`)}</Button>
            </Link>
          }
        />
      );
    case 'failed':
    case 'cancelled':
      return (
        <Alert
          type={imp.status === 'failed' ? 'error' : 'info'}
          showIcon
          data-testid="ledger-state"
          title={t(imp.status === 'failed' ? 'ledgers.failed.title' : 'ledgers.cancelled.title')}
          description={imp.failure ?? undefined}
        />
      );
  }
}

/** One import: its steps, the background progress, the counts, the problems and what can be done next. */
export function ImportPanel({ id, onReupload }: { id: number; onReupload: () => void }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ledgerKeys.detail(id),
    queryFn: () => fetchImport(id),
    refetchInterval: (q) => (q.state.data && isWorking(q.state.data.status) ? POLL_MS : false),
  });

  const status = query.data?.status;
  useEffect(() => {
    // The history lists the import too: keep its status in step with what this panel shows.
    if (status) void queryClient.invalidateQueries({ queryKey: ['ledgers', 'list'] });
  }, [status, queryClient]);

  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return (
      <Alert
        type={isApiError(query.error) && query.error.status === 404 ? 'warning' : 'error'}
        showIcon
        title={errorText(query.error, lang, t)}
        action={<Button onClick={onReupload}>{t('ledgers.panel.new')}</Button>}
      />
    );
  const imp = query.data;
  const step = stepOf(imp.status);
  // Progress of a run is visible to whoever requested it; others see the import's own status.
  const ownRun = imp.jobRunId !== null && imp.createdBy === me.id;

  return (
    <Card
      data-testid="ledger-import"
      data-status={imp.status}
      title={
        <Flex gap={8} align="center" wrap>
          <span style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>{imp.fileName}</span>
          <LedgerStatusTag status={imp.status} testId="ledger-import-status" />
        </Flex>
      }
      extra={
        <Button type="link" onClick={onReupload} data-testid="ledger-new">
          {t('ledgers.panel.new')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">
          {t('ledgers.panel.meta', {
            kind: t(`ledgerKind.${imp.kind}`),
            region: imp.regionName,
            by: imp.createdByName,
            at: f.dateTime(imp.createdAt),
          })}
        </Typography.Text>
        <Steps
          size="small"
          current={step.current}
          status={step.error ? 'error' : imp.status === 'committed' ? 'finish' : 'process'}
          responsive
          items={[
            { title: t('ledgers.steps.upload') },
            { title: t('ledgers.steps.check') },
            { title: t('ledgers.steps.commit') },
            { title: t('ledgers.steps.done') },
          ]}
        />
        <StateNotice imp={imp} />
        {isWorking(imp.status) &&
          (ownRun ? (
            <JobProgress
              key={imp.jobRunId}
              runId={imp.jobRunId!}
              onFinished={() => void queryClient.invalidateQueries({ queryKey: ledgerKeys.detail(id) })}
            />
          ) : (
            <Progress percent={100} status="active" showInfo={false} />
          ))}
        <Counts imp={imp} />
        <ImportActions key={`${imp.id}-${imp.status}`} imp={imp} onReupload={onReupload} />
        <IssuesTable imp={imp} />
      </Flex>
    </Card>
  );
}
