import { App, Button, Flex, Grid, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlayCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RunStatusTag } from '../../components/RunStatusTag';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { jobKeys, setJobEnabled, type Job } from './api';

function EnabledSwitch({ job }: { job: Job }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const reload = () => void queryClient.invalidateQueries({ queryKey: jobKeys.list });
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => setJobEnabled(job.name, enabled, job.version!),
    onSuccess: (updated) => {
      queryClient.setQueryData<Job[]>(jobKeys.list, (list) =>
        list?.map((j) => (j.name === updated.name ? updated : j)),
      );
      message.success(t(updated.enabled ? 'jobs.enabledDone' : 'jobs.disabledDone', { title: job.title }));
    },
    // Another administrator changed it meanwhile: the dialog offers to reload the list.
    onError: (err) => handleError(err, { onStale: reload }),
  });
  if (job.enabled === null || job.version === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Switch
      checked={job.enabled}
      loading={toggle.isPending}
      onChange={(checked) => toggle.mutate(checked)}
      aria-label={t('jobs.colEnabled')}
      data-testid={`job-enabled-${job.name}`}
    />
  );
}

export function JobsTable({ jobs, loading, onRun }: { jobs: Job[]; loading: boolean; onRun: (job: Job) => void }) {
  const t = useT();
  // Pinned columns leave no room on a phone; there the whole table scrolls.
  const pin = Grid.useBreakpoint().md;
  const f = useFormat();
  const columns: TableColumnsType<Job> = [
    {
      title: t('jobs.colJob'),
      key: 'job',
      width: 280,
      render: (_, j) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{j.title}</Typography.Text>
          <Flex gap={6} align="center" wrap>
            <Typography.Text type="secondary" className="shezu-mono">
              {j.name}
            </Typography.Text>
            {j.execution === 'worker' && <Tag variant="filled">{t('jobs.worker')}</Tag>}
          </Flex>
          {j.description && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {j.description}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('jobs.colSchedule'),
      dataIndex: 'scheduleText',
      width: 170,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('jobs.noSchedule')}</Typography.Text>,
    },
    { title: t('jobs.colEnabled'), key: 'enabled', width: 80, render: (_, j) => <EnabledSwitch job={j} /> },
    { title: t('jobs.colNextRun'), dataIndex: 'nextRunAt', width: 170, render: (v: string | null) => f.dateTime(v) },
    {
      title: t('jobs.colLastRun'),
      key: 'lastRun',
      width: 180,
      render: (_, j) =>
        j.lastRun ? (
          <Flex vertical gap={2} align="flex-start">
            <RunStatusTag status={j.lastRun.status} testId={`job-last-status-${j.name}`} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.dateTime(j.lastRun.finishedAt ?? j.lastRun.startedAt ?? j.lastRun.createdAt)}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('jobs.never')}</Typography.Text>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      fixed: pin ? 'right' : undefined,
      render: (_, j) =>
        j.runnable ? (
          <Tooltip title={t('jobs.runNowTitle', { title: j.title })}>
            <Button
              size="small"
              icon={<PlayCircleOutlined />}
              onClick={() => onRun(j)}
              data-testid={`job-run-${j.name}`}
            >
              {t('jobs.runNow')}
            </Button>
          </Tooltip>
        ) : null,
    },
  ];
  return (
    <Table<Job>
      rowKey="name"
      size="middle"
      data-testid="jobs-table"
      columns={columns}
      dataSource={jobs}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
