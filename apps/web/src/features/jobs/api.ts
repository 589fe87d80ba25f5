import type { JobRunStatus } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type Job = paths['/api/jobs']['get']['responses'][200]['content']['application/json']['items'][number];
export type JobRun = paths['/api/job-runs/{id}']['get']['responses'][200]['content']['application/json'];

export interface RunFilter {
  job?: string;
  status?: JobRunStatus;
}

const PAGE_SIZE = 30;

export const jobKeys = {
  all: ['jobs'] as const,
  list: ['jobs', 'list'] as const,
  runs: (filter: RunFilter) => ['jobs', 'runs', filter] as const,
  run: (id: number) => ['jobs', 'run', id] as const,
};

/** Queued or running: still worth watching. */
export const isActive = (run: Pick<JobRun, 'status'> | undefined) =>
  run?.status === 'queued' || run?.status === 'running';

export const fetchJobs = () => unwrap(api.GET('/api/jobs')).then((r) => r.items);

export const setJobEnabled = (name: string, enabled: boolean, version: number): Promise<Job> =>
  unwrap(api.PUT('/api/jobs/{name}', { params: { path: { name } }, body: { enabled, version } }));

export const runJobNow = (name: string, payload?: Record<string, unknown>): Promise<JobRun> =>
  unwrap(api.POST('/api/jobs/{name}/run', { params: { path: { name } }, body: payload ? { payload } : {} }));

export const fetchRuns = (filter: RunFilter, cursor?: string) =>
  unwrap(api.GET('/api/job-runs', { params: { query: { ...filter, cursor, limit: PAGE_SIZE } } }));

export const fetchRun = (id: number): Promise<JobRun> =>
  unwrap(api.GET('/api/job-runs/{id}', { params: { path: { id } } }));

export const cancelRun = (id: number): Promise<JobRun> =>
  unwrap(api.POST('/api/job-runs/{id}/cancel', { params: { path: { id } } }));
