import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { meFixture, renderApp } from '../../test/render';

const notification = (id: number, over: Record<string, unknown> = {}) => ({
  id,
  kind: 'org_registered',
  title: `云阳县青少年体育协会成立登记 ${id}`,
  body: '已准予成立登记',
  link: `/orgs/${id}`,
  eventId: id,
  regionCode: '500235',
  read: false,
  readAt: null,
  createdAt: '2026-03-02T01:00:00Z',
  ...over,
});

const me = meFixture({ permissions: ['account.self', 'todos.read', 'notifications.read'] });

describe('top bar and menu badges', () => {
  it('shows the unread count on the bell and the latest notifications in its dropdown', async () => {
    const { calls } = mockApi({
      'GET /api/me': { body: me },
      'GET /api/todos': { body: { items: [] } },
      'GET /api/todos/counts': { body: { open: 0, overdue: 0, byKind: {} } },
      'GET /api/notifications/unread-count': { body: { count: 7 } },
      'GET /api/notifications': {
        body: { items: [notification(12), notification(11, { read: true })], nextCursor: null },
      },
      'POST /api/notifications/:id/read': { body: notification(12, { read: true }) },
    });
    renderApp(<AppRoutes />, { route: '/' });

    const badge = await screen.findByTestId('notification-badge');
    await waitFor(() => expect(badge).toHaveTextContent('7'));
    expect(screen.getByTestId('notification-bell')).toHaveAccessibleName('7 条未读通知');

    fireEvent.click(screen.getByTestId('notification-bell'));
    const dropdown = await screen.findByTestId('notification-dropdown');
    const first = await within(dropdown).findByText('云阳县青少年体育协会成立登记 12');
    expect(calls.find((c) => c.path === '/api/notifications')?.search.get('limit')).toBe('5');

    // Opening a notification marks it read and goes to its page.
    fireEvent.click(first);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/orgs/12'));
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/notifications/12/read')).toBe(true);
  });

  it('shows open to-dos beside 工作台, with the overdue ones apart in red', async () => {
    mockApi({
      'GET /api/me': { body: me },
      'GET /api/todos': { body: { items: [] } },
      'GET /api/todos/counts': {
        body: { open: 5, overdue: 2, byKind: { annual_report: { open: 5, overdue: 2 } } },
      },
      'GET /api/notifications/unread-count': { body: { count: 0 } },
    });
    renderApp(<AppRoutes />, { route: '/' });

    const home = await screen.findByTestId('nav-home');
    await waitFor(() => expect(within(home).getByTestId('todo-badge-open')).toHaveTextContent('5'));
    expect(within(home).getByTestId('todo-badge-overdue')).toHaveTextContent('2');
    expect(within(home).getByTitle('待办 5 项，其中逾期 2 项')).toBeInTheDocument();
    // No unread notifications: no number on the bell.
    expect(screen.getByTestId('notification-bell')).toHaveAccessibleName('通知');
  });
});
