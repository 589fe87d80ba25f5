import { useCallback, useState } from 'react';
import { App, Card, Flex, Modal } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { JobProgress } from '../../components/JobProgress';
import { PageHeader } from '../../components/PageHeader';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { fetchJobs, jobKeys, runJobNow, type Job, type JobRun } from './api';
import { JobRunsTable } from './JobRunsTable';
import { JobsTable } from './JobsTable';
import { payloadFields } from './payloadSchema';
import { RunNowDialog } from './RunNowDialog';

export default function JobsPage() {
  const t = useT();
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const jobs = useQuery({ queryKey: jobKeys.list, queryFn: fetchJobs });
  const [withPayload, setWithPayload] = useState<Job | null>(null);
  const [watching, setWatching] = useState<JobRun | null>(null);
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: jobKeys.all }), [queryClient]);

  const started = (run: JobRun) => {
    message.success(t('jobs.started'));
    setWatching(run);
    refresh();
  };

  const runPlain = useMutation({
    mutationFn: (job: Job) => runJobNow(job.name),
    onSuccess: started,
    onError: (err) => handleError(err),
  });

  const onRun = (job: Job) => {
    if (payloadFields(job.payloadSchema).length > 0) {
      setWithPayload(job);
      return;
    }
    modal.confirm({
      title: t('jobs.runNowConfirm', { title: job.title }),
      okText: t('jobs.runNow'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'job-run-confirm' },
      onOk: () => runPlain.mutateAsync(job).catch(() => undefined),
    });
  };

  return (
    <>
      <PageHeader title={t('jobs.title')} subtitle={t('jobs.subtitle')} />
      <Flex vertical gap={16}>
        <Card>
          <JobsTable jobs={jobs.data ?? []} loading={jobs.isPending} onRun={onRun} />
        </Card>
        <Card title={t('jobs.runsTitle')}>
          <JobRunsTable jobs={jobs.data ?? []} />
        </Card>
      </Flex>
      {withPayload && <RunNowDialog job={withPayload} onClose={() => setWithPayload(null)} onStarted={started} />}
      <Modal
        open={!!watching}
        title={watching && t('jobs.progressTitle', { title: watching.jobTitle })}
        onCancel={() => setWatching(null)}
        footer={null}
        destroyOnHidden
      >
        {watching && <JobProgress runId={watching.id} onFinished={refresh} />}
      </Modal>
    </>
  );
}
