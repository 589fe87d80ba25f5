import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
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
              createdAt: '2026-03-01T01:00:00Z',
            },
            {
              id: 2,
              kind: 'case',
              title: '反馈整改情况',
              link: null,
              dueDate: '2026-12-15',
              priority: 0,
              overdue: false,
              createdAt: '2026-03-02T01:00:00Z',
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

    const scope = screen.getByTestId('my-scope');
    expect(scope).toHaveTextContent('重庆市云阳县');
    expect(scope).toHaveTextContent('登记管理机关工作人员');
  });
});
