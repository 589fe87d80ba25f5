import { useEffect, useRef } from 'react';
import { Alert, App, Button, Flex, Progress, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { cancelRun, fetchRun, isActive, jobKeys, type JobRun } from '../features/jobs/api';
import { errorText, useApiErrorHandler } from '../lib/errors';
import { useI18n } from '../lib/i18n';
import { RunStatusTag } from './RunStatusTag';

const POLL_MS = 1_000;

function percentOf(run: JobRun): number | undefined {
  if (run.status === 'succeeded') return 100;
  if (!run.progressTotal) return undefined;
  return Math.min(100, Math.floor((run.progressDone / run.progressTotal) * 100));
}

/**
 * Watches one background job run: polls it while it is queued or running, shows a progress bar and
 * offers to cancel it. Anyone may watch and cancel the runs they requested (`jobs.read-own`); imports
 * and exports show their work through it. `onFinished` is called once when the run ends.
 */
export function JobProgress({
  runId,
  onFinished,
  compact = false,
}: {
  runId: number;
  onFinished?: (run: JobRun) => void;
  compact?: boolean;
}) {
  const { lang, t } = useI18n();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const query = useQuery({
    queryKey: jobKeys.run(runId),
    queryFn: () => fetchRun(runId),
    refetchInterval: (q) => (q.state.data && !isActive(q.state.data) ? false : POLL_MS),
    staleTime: 0,
  });
  const run = query.data;

  const finished = useRef(false);
  useEffect(() => {
    if (!run || isActive(run) || finished.current) return;
    finished.current = true;
    onFinished?.(run);
  }, [run, onFinished]);

  const cancel = useMutation({
    mutationFn: () => cancelRun(runId),
    onSuccess: (updated) => {
      queryClient.setQueryData(jobKeys.run(runId), updated);
      message.info(t('jobProgress.cancelRequested'));
    },
    onError: (err) => handleError(err),
  });

  if (query.isError && !run) {
    return <Alert type="warning" showIcon title={errorText(query.error, lang, t)} />;
  }
  if (!run) return <Progress percent={0} size="small" status="active" />;

  const percent = percentOf(run);
  const status =
    run.status === 'failed'
      ? 'exception'
      : run.status === 'succeeded'
        ? 'success'
        : isActive(run)
          ? 'active'
          : 'normal';
  const counts = run.progressTotal
    ? t('jobProgress.counts', { done: run.progressDone, total: run.progressTotal })
    : t(run.status === 'queued' ? 'jobProgress.waiting' : 'jobProgress.running');
  const canCancel = isActive(run) && !run.cancelRequested;

  return (
    <Flex vertical gap={compact ? 2 : 8} data-testid={`job-progress-${runId}`} data-status={run.status}>
      <Flex align="center" gap={8} wrap={!compact}>
        {!compact && <RunStatusTag status={run.status} testId="job-progress-status" />}
        <Progress
          percent={percent ?? 0}
          status={status}
          size={compact ? 'small' : 'medium'}
          style={{ flex: 1, minWidth: compact ? 100 : 160, margin: 0 }}
          aria-label={counts}
          data-testid="job-progress-bar"
        />
        {canCancel && (
          <Button
            size="small"
            danger
            icon={<StopOutlined />}
            loading={cancel.isPending}
            onClick={() => cancel.mutate()}
            data-testid={`job-cancel-${runId}`}
          >
            {!compact && t('jobProgress.cancel')}
          </Button>
        )}
      </Flex>
      {!compact && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {run.cancelRequested && isActive(run) ? t('jobProgress.cancelling') : counts}
        </Typography.Text>
      )}
      {!compact && run.status === 'failed' && run.error && (
        <Alert type="error" showIcon title={run.error} data-testid="job-progress-error" />
      )}
    </Flex>
  );
}
