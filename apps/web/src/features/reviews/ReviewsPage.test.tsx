import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TApplicationSummary } from '@shezu/contracts';
import { AppRoutes } from '../../app/routes';
import { chooseOption } from '../../test/antd';
import { mockApi, type Call } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { clerk, detailFixture, holidays2026, summaryFixture, supervisor } from './testFixtures';

// Monday 11 May 2026, 10:00 in China.
const freeze = () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-05-11T02:00:00Z'));
};

const QUEUE: TApplicationSummary[] = [
  summaryFixture({ id: 14, orgName: '云阳县摄影家协会', dueDate: '2026-05-29' }),
  summaryFixture({ id: 13, orgName: '云阳县书法家协会', kind: 'change', orgId: 7, dueDate: '2026-05-13' }),
  summaryFixture({ id: 12, orgName: '云阳县美术家协会', dueDate: '2026-05-06', overdue: true, submissionNo: 2 }),
  summaryFixture({ id: 11, orgName: '云阳县音乐家协会', applicantName: '李华', dueDate: '2026-05-11' }),
];

function mockQueue(me = clerk, items = QUEUE) {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: me },
    'GET /api/applications': { body: { items, nextCursor: null } },
    'GET /api/applications/:id': (call: Call) => ({ body: detailFixture({ id: Number(call.path.split('/').pop()) }) }),
    'GET /api/calendar/years/:year/days': (call: Call) => ({ body: call.path.includes('2026') ? holidays2026 : [] }),
    'GET /api/regions/:code': { status: 404, body: { code: 'NOT_FOUND', message: '行政区划不存在' } },
    'GET /api/org-categories': { body: [] },
  });
}

const queueCalls = (calls: Call[]) => calls.filter((c) => c.method === 'GET' && c.path === '/api/applications');
const lastQuery = (calls: Call[]) => Object.fromEntries(queueCalls(calls).at(-1)!.search);
const rowIds = () => screen.getAllByTestId(/^review-row-\d+$/).map((r) => r.dataset.rowId);

describe('the review queue', () => {
  it('lists what waits for the user soonest due first, in working days, overdue ones marked', async () => {
    freeze();
    const { calls } = mockQueue();
    renderApp(<AppRoutes />, { route: '/reviews' });
    await screen.findByTestId('review-row-12');
    expect(lastQuery(calls)).toEqual({ mine: 'true', sort: 'due', limit: '100' });
    expect(rowIds()).toEqual(['12', '11', '13', '14']);

    // (6 May, 11 May]: 7, 8, 9 (make-up Saturday) and 11 May.
    await waitFor(() => expect(screen.getByTestId('due-12')).toHaveTextContent('已超期4个工作日'));
    expect(screen.getByTestId('due-12')).toHaveTextContent('2026年5月6日');
    expect(screen.getByTestId('due-12')).toHaveAttribute('data-level', 'overdue');
    expect(screen.getByTestId('review-row-12')).toHaveAttribute('data-overdue', 'true');
    expect(screen.getByTestId('review-row-13')).toHaveAttribute('data-overdue', 'false');
    expect(screen.getByTestId('due-11')).toHaveTextContent('今日到期');
    expect(screen.getByTestId('due-13')).toHaveTextContent('剩2个工作日');
    expect(screen.getByTestId('due-14')).toHaveTextContent('剩14个工作日');
    expect(within(screen.getByTestId('review-row-12')).getByText('第2次提交')).toBeInTheDocument();
  });

  it('goes through the queue by keyboard and comes back to the row it opened', async () => {
    freeze();
    mockQueue(supervisor);
    renderApp(<AppRoutes />, { route: '/reviews' });
    const first = await screen.findByTestId('review-row-12');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('review-row-11'));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/reviews/11'));
    expect(await screen.findByTestId('review-position')).toHaveTextContent('第 2 / 4 件');
    fireEvent.click(screen.getByTestId('review-next'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/reviews/13'));

    fireEvent.click(screen.getByTestId('review-back'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('review-row-13')));
  });

  it('sends the tab, kind, step, overdue and name filters to the API; an application number is found among the loaded rows', async () => {
    freeze();
    const { calls } = mockQueue();
    renderApp(<AppRoutes />, { route: '/reviews' });
    await screen.findByTestId('review-row-12');

    fireEvent.click(screen.getByTestId('reviews-tab-open'));
    await waitFor(() => expect(lastQuery(calls)).toEqual({ status: 'submitted', sort: 'due', limit: '100' }));
    await chooseOption('reviews-filter-kind', '变更登记');
    await waitFor(() =>
      expect(lastQuery(calls)).toEqual({ status: 'submitted', kind: 'change', sort: 'due', limit: '100' }),
    );
    await chooseOption('reviews-filter-step', '业务主管单位审查');
    await waitFor(() => expect(lastQuery(calls)).toMatchObject({ step: 'supervisor' }));
    fireEvent.click(screen.getByTestId('reviews-filter-overdue'));
    await waitFor(() =>
      expect(lastQuery(calls)).toEqual({
        status: 'submitted',
        kind: 'change',
        step: 'supervisor',
        overdue: 'true',
        sort: 'due',
        limit: '100',
      }),
    );
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/reviews?tab=open&kind=change&step=supervisor&overdue=true',
    );

    // A name goes to the API; an application number narrows the rows already loaded, without a request.
    const box = within(screen.getByTestId('reviews-filter-search')).getByRole('searchbox');
    fireEvent.change(box, { target: { value: '音乐家' } });
    await waitFor(() => expect(lastQuery(calls)).toMatchObject({ q: '音乐家', sort: 'due' }));
    await waitFor(() => expect(rowIds()).toEqual(['11']));
    fireEvent.change(box, { target: { value: '#13' } });
    await waitFor(() => expect(rowIds()).toEqual(['13']));
    expect(screen.getByTestId('reviews-local-note')).toHaveTextContent('按申请编号只在已加载的 4 件中查找');
    expect(lastQuery(calls)).not.toHaveProperty('q');

    // Decided applications have no step and no due date: those filters fall away, the kind stays.
    fireEvent.click(screen.getByTestId('reviews-tab-approved'));
    await waitFor(() => expect(lastQuery(calls)).toEqual({ status: 'approved', kind: 'change', limit: '100' }));
  });

  it('is closed to users who neither review nor decide', async () => {
    mockQueue({ ...clerk, roles: ['applicant'], permissions: ['account.self', 'applications.read'] });
    renderApp(<AppRoutes />, { route: '/reviews' });
    expect(await screen.findByText('抱歉，您没有访问此页面的权限。')).toBeInTheDocument();
  });
});
