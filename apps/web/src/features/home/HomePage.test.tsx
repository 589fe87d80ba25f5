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
});
