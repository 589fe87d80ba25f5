import { useCallback, useState } from 'react';
import { Col, Flex, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { JOB_RUN_STATUSES, type JobRunStatus } from '@shezu/contracts';
import { JobProgress } from '../../components/JobProgress';
import { LoadMore } from '../../components/LoadMore';
import { RunStatusTag } from '../../components/RunStatusTag';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchRuns, isActive, jobKeys, type Job, type JobRun, type RunFilter } from './api';

/** What a run reported, e.g. `{ deleted: 12 }`, as short tags. */
function ResultCell({ result }: { result: unknown }) {
  const f = useFormat();
  if (result === null || result === undefined) return <>—</>;
  if (typeof result !== 'object' || Array.isArray(result))
    return <span className="shezu-mono">{JSON.stringify(result)}</span>;
  return (
    <Flex wrap gap={4}>
      {Object.entries(result as Record<string, unknown>).map(([k, v]) => (
        <Tag key={k} variant="filled">
          {k}: {typeof v === 'number' ? f.number(v) : String(v)}
        </Tag>
      ))}
    </Flex>
  );
}

export function JobRunsTable({ jobs }: { jobs: Job[] }) {
  const t = useT();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<RunFilter>({});
  const { query, items } = useKeysetQuery(jobKeys.runs(filter), (cursor) => fetchRuns(filter, cursor));
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: jobKeys.all }), [queryClient]);

  const columns: TableColumnsType<JobRun> = [
    {
      title: t('jobs.colJob'),
      key: 'job',
      width: 220,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Text>{r.jobTitle}</Typography.Text>
          <Flex gap={4}>
            <Tag variant="filled">{t(`jobs.kind.${r.kind}`)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              #{r.id}
            </Typography.Text>
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('jobs.colRequestedBy'),
      dataIndex: 'requestedByName',
      width: 150,
      render: (v: string | null) => v ?? t('jobs.system'),
    },
    {
      title: t('jobs.colStart'),
      dataIndex: 'startedAt',
      width: 170,
      render: (v: string | null) => f.dateTime(v, { seconds: true }),
    },
    {
      title: t('jobs.colEnd'),
      dataIndex: 'finishedAt',
      width: 170,
      render: (v: string | null) => f.dateTime(v, { seconds: true }),
    },
    {
      title: t('jobs.colDuration'),
      key: 'duration',
      width: 100,
      render: (_, r) =>
        r.startedAt && r.finishedAt ? f.duration(Date.parse(r.finishedAt) - Date.parse(r.startedAt)) : '—',
    },
    {
      title: t('jobs.colStatus'),
      dataIndex: 'status',
      width: 100,
      render: (s: JobRunStatus, r) => <RunStatusTag status={s} testId={`run-status-${r.id}`} />,
    },
    {
      title: t('jobs.colProgress'),
      key: 'progress',
      width: 220,
      render: (_, r) =>
        isActive(r) ? (
          <JobProgress runId={r.id} compact onFinished={refresh} />
        ) : r.progressTotal ? (
          t('jobProgress.counts', { done: r.progressDone, total: r.progressTotal })
        ) : (
          '—'
        ),
    },
    { title: t('jobs.colResult'), dataIndex: 'result', width: 200, render: (v: unknown) => <ResultCell result={v} /> },
    {
      title: t('jobs.colError'),
      dataIndex: 'error',
      width: 240,
      render: (v: string | null) =>
        v ? (
          <Typography.Text type="danger" ellipsis={{ tooltip: v }} style={{ maxWidth: 240 }}>
            {v}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={12} lg={8}>
          <Select<string>
            allowClear
            style={{ width: '100%' }}
            placeholder={t('jobs.filterJob')}
            options={jobs.map((j) => ({ value: j.name, label: j.title }))}
            onChange={(job) => setFilter((prev) => ({ ...prev, job }))}
            data-testid="runs-filter-job"
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Select<JobRunStatus>
            allowClear
            style={{ width: '100%' }}
            placeholder={t('jobs.filterStatus')}
            options={JOB_RUN_STATUSES.map((s) => ({ value: s, label: t(`jobStatus.${s}`) }))}
            onChange={(status) => setFilter((prev) => ({ ...prev, status }))}
            data-testid="runs-filter-status"
          />
        </Col>
      </Row>
      <Table<JobRun>
        rowKey="id"
        size="middle"
        data-testid="job-runs-table"
        columns={columns}
        dataSource={items}
        loading={query.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <LoadMore
        count={items.length}
        hasMore={!!query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </>
  );
}
