import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi, type Call } from '../../test/fetchMock';
import { meFixture, renderApp } from '../../test/render';

describe('home page', () => {
  it('lists to-dos, flags overdue ones and shows the user’s scope', async () => {
    mockApi({
      'GET /api/me': { body: meFixture() },
      'GET /api/todos': {
        body: {
          items: [
            {
              id: 1,
              kind: 'annual_report',
              title: '审核2025年度年报',
              link: '/annual-reports/1',
              dueDate: '2026-03-31',
              priority: 1,
              overdue: true,
              assignee: 'role',
              createdAt: '2026-03-01T01:00:00Z',
              updatedAt: '2026-03-01T01:00:00Z',
            },
            {
              id: 2,
              kind: 'case',
              title: '反馈整改情况',
              link: null,
              dueDate: '2026-12-15',
              priority: 0,
              overdue: false,
              assignee: 'user',
              createdAt: '2026-03-02T01:00:00Z',
              updatedAt: '2026-03-02T01:00:00Z',
            },
          ],
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/' });

    const list = await screen.findByTestId('todo-list');
    expect(await within(list).findByRole('link', { name: '审核2025年度年报' })).toHaveAttribute(
      'href',
      '/annual-reports/1',
    );
    const overdue = within(list).getByText('截止日期 2026年3月31日').closest('[data-overdue]');
    expect(overdue).toHaveClass('ant-typography-danger');
    expect(within(overdue as HTMLElement).getByText('已逾期')).toBeInTheDocument();
    expect(within(list).getByText('截止日期 2026年12月15日').closest('[data-overdue]')).toBeNull();
    expect(within(list).getByTestId('todo-assignee-1')).toHaveTextContent('本岗位');
    expect(within(list).getByTestId('todo-assignee-2')).toHaveTextContent('本人');

    const scope = screen.getByTestId('my-scope');
    expect(scope).toHaveTextContent('重庆市云阳县');
    expect(scope).toHaveTextContent('登记管理机关工作人员');
  });

  it('narrows the to-dos to overdue ones on request', async () => {
    const todo = (id: number, overdue: boolean) => ({
      id,
      kind: 'annual_report',
      title: overdue ? '逾期的待办' : '未逾期的待办',
      link: null,
      dueDate: overdue ? '2026-03-01' : '2026-12-01',
      priority: 0,
      overdue,
      assignee: 'unit',
      createdAt: '2026-02-01T01:00:00Z',
      updatedAt: '2026-02-01T01:00:00Z',
    });
    const { calls } = mockApi({
      'GET /api/me': { body: meFixture() },
      'GET /api/todos/counts': { body: { open: 2, overdue: 1, byKind: { annual_report: { open: 2, overdue: 1 } } } },
      'GET /api/todos': (call: Call) => ({
        body: { items: call.search.get('overdue') === 'true' ? [todo(1, true)] : [todo(1, true), todo(2, false)] },
      }),
    });
    renderApp(<AppRoutes />, { route: '/' });
    const list = await screen.findByTestId('todo-list');
    expect(await within(list).findByText('未逾期的待办')).toBeInTheDocument();

    fireEvent.click(within(list).getByText('只看逾期'));
    await waitFor(() => expect(within(list).queryByText('未逾期的待办')).not.toBeInTheDocument());
    expect(await within(list).findByText('逾期的待办')).toBeInTheDocument();
    expect(
      calls
        .filter((c) => c.path === '/api/todos')
        .at(-1)
        ?.search.get('overdue'),
    ).toBe('true');
  });

  it('shows the user’s region in figures: counts, shares and organizations per 10,000 residents', async () => {
    const share = (count: number, share: number) => ({ count, share });
    const { calls } = mockApi({
      'GET /api/me': { body: meFixture() },
      'GET /api/todos': { body: { items: [] } },
      'GET /api/public/stats': {
        body: {
          region: { code: '500235', name: '云阳县', fullName: '重庆市云阳县' },
          asOf: '2026-11-22T02:00:00Z',
          registered: {
            total: 492,
            byType: [
              { ...share(290, 58.94), type: 'social_group', name: '社会团体' },
              { ...share(202, 41.06), type: 'service_institution', name: '民办非企业单位' },
            ],
            byCategory: [
              { ...share(113, 22.97), code: 'industry_association', name: '行业协会商会' },
              { ...share(57, 11.59), code: 'culture', name: '文化类' },
            ],
            grade3aPlus: share(20, 4.07),
            charities: share(3, 0.61),
            population: null,
            per10k: null,
          },
          communityOrgs: {
            total: 0,
            urban: { count: 0, communities: 0, perCommunity: null },
            rural: { count: 0, communities: 0, perCommunity: null },
          },
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/' });
    const card = await screen.findByTestId('region-stats');
    expect(await within(card).findByTestId('stats-type-social_group')).toHaveTextContent('社会团体290 · 58.94%');
    expect(within(card).getByTestId('stats-type-service_institution')).toHaveTextContent('202 · 41.06%');
    expect(within(card).getByTestId('stats-total')).toHaveTextContent('492');
    expect(within(card).getByTestId('stats-per10k')).toHaveTextContent('暂无人口数据');
    expect(card).toHaveTextContent('行业协会商会 113（22.97%）');
    expect(calls.find((c) => c.path === '/api/public/stats')?.search.get('region')).toBe(meFixture().regionCode);
  });
});
