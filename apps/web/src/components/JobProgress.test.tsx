import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { JobProgress } from './JobProgress';
import type { JobRun } from '../features/jobs/api';
import { mockApi } from '../test/fetchMock';
import { renderApp } from '../test/render';

const run = (over: Partial<JobRun>): JobRun => ({
  id: 7,
  jobName: 'platform.selftest',
  jobTitle: '平台自检（诊断用）',
  kind: 'oneoff',
  slot: '2026-03-02T01:00:00.000Z',
  status: 'running',
  payload: {},
  progressDone: 0,
  progressTotal: 10,
  result: null,
  error: null,
  requestedBy: 1,
  requestedByName: '云阳县系统管理员',
  attempts: 1,
  maxAttempts: 3,
  cancelRequested: false,
  leaseOwner: 'w1',
  heartbeatAt: null,
  createdAt: '2026-03-02T01:00:00.000Z',
  startedAt: '2026-03-02T01:00:01.000Z',
  finishedAt: null,
  ...over,
});

/** Answers GET with each state in turn, then keeps answering the last one. */
function sequence(states: JobRun[]) {
  let i = 0;
  return () => ({ body: states[Math.min(i++, states.length - 1)] });
}

const bar = () => screen.getByRole('progressbar');

describe('JobProgress', () => {
  it('polls a running job until it ends, showing its progress, then stops polling', async () => {
    const { calls } = mockApi({
      'GET /api/job-runs/:id': sequence([
        run({ progressDone: 2 }),
        run({ progressDone: 6 }),
        run({ status: 'succeeded', progressDone: 10, finishedAt: '2026-03-02T01:00:05.000Z', result: { steps: 10 } }),
      ]),
    });
    const onFinished = vi.fn();
    renderApp(<JobProgress runId={7} onFinished={onFinished} />);

    expect(await screen.findByText('已完成 2 / 10')).toBeInTheDocument();
    expect(bar()).toHaveAttribute('aria-valuenow', '20');
    expect(screen.getByText('运行中')).toBeInTheDocument();
    expect(await screen.findByText('已完成 6 / 10')).toBeInTheDocument();
    expect(bar()).toHaveAttribute('aria-valuenow', '60');
    expect(await screen.findByText('成功')).toBeInTheDocument();
    expect(bar()).toHaveAttribute('aria-valuenow', '100');
    expect(screen.queryByRole('button', { name: /取消运行/ })).not.toBeInTheDocument();
    expect(onFinished).toHaveBeenCalledTimes(1);
    expect(onFinished).toHaveBeenCalledWith(expect.objectContaining({ status: 'succeeded' }));

    const polls = calls.filter((c) => c.path === '/api/job-runs/7').length;
    expect(polls).toBe(3);
    await act(() => new Promise((r) => setTimeout(r, 1_500)));
    expect(calls.filter((c) => c.path === '/api/job-runs/7').length).toBe(polls);
  });

  it('cancels a running job with the CSRF token and shows it cancelled once the runner stops', async () => {
    document.cookie = 'shezu_csrf=csrf-token; path=/';
    let cancelled = false;
    const { calls } = mockApi({
      'GET /api/job-runs/:id': () => ({
        body: cancelled
          ? run({ status: 'cancelled', progressDone: 3, cancelRequested: true, finishedAt: '2026-03-02T01:00:04Z' })
          : run({ progressDone: 3 }),
      }),
      'POST /api/job-runs/:id/cancel': () => {
        cancelled = true;
        return { body: run({ progressDone: 3, cancelRequested: true }) };
      },
    });
    renderApp(<JobProgress runId={7} />);

    fireEvent.click(await screen.findByRole('button', { name: /取消运行/ }));
    expect(await screen.findByText('正在取消…')).toBeInTheDocument();
    const cancel = calls.find((c) => c.method === 'POST');
    expect(cancel?.path).toBe('/api/job-runs/7/cancel');
    expect(cancel?.headers.get('X-CSRF-Token')).toBe('csrf-token');
    expect(screen.queryByRole('button', { name: /取消运行/ })).not.toBeInTheDocument();

    expect(await screen.findByText('已取消')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('job-progress-7')).toHaveAttribute('data-status', 'cancelled'));
  });

  it('shows why a run failed', async () => {
    mockApi({
      'GET /api/job-runs/:id': {
        body: run({ status: 'failed', progressDone: 4, error: '自检任务按要求在第 4 步失败' }),
      },
    });
    renderApp(<JobProgress runId={7} />);
    expect(await screen.findByText('自检任务按要求在第 4 步失败')).toBeInTheDocument();
    expect(screen.getByText('失败')).toBeInTheDocument();
  });
});
