import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from './routes';
import { apiError, mockApi } from '../test/fetchMock';
import { meFixture, renderApp } from '../test/render';

describe('auth guard', () => {
  it('sends an anonymous visitor of a staff page to the login page and remembers the page', async () => {
    const { paths } = mockApi({ 'GET /api/me': apiError(401, 'UNAUTHENTICATED', '请先登录') });
    renderApp(<AppRoutes />, { route: '/users?q=li' });

    expect(await screen.findByRole('button', { name: /登\s*录/ })).toBeInTheDocument();
    expect(document.getElementById('username')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login?next=%2Fusers%3Fq%3Dli');
    expect(paths()).toEqual(['GET /api/me']);
    // No notice: the visitor was never signed in.
    expect(screen.queryByTestId('login-notice')).not.toBeInTheDocument();
  });

  it('sends a user who must change the initial password to that page first', async () => {
    mockApi({ 'GET /api/me': { body: meFixture({ mustChangePassword: true }) } });
    renderApp(<AppRoutes />, { route: '/units' });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/change-password$/));
    expect(await screen.findByText('首次登录或密码已被重置，请先设置新密码后继续使用。')).toBeInTheDocument();
  });

  it('shows a signed-in user only the menu entries their permissions open', async () => {
    mockApi({
      'GET /api/me': { body: meFixture({ permissions: ['account.self', 'todos.read', 'regions.read', 'units.read'] }) },
      'GET /api/todos': { body: { items: [] } },
    });
    renderApp(<AppRoutes />, { route: '/' });
    const menu = await screen.findByTestId('main-menu');
    expect(within(menu).getByText('工作台')).toBeInTheDocument();
    expect(within(menu).getByText('单位管理')).toBeInTheDocument();
    expect(within(menu).queryByText('账号管理')).not.toBeInTheDocument();
    expect(within(menu).queryByText('操作日志')).not.toBeInTheDocument();
    expect(await screen.findByText('暂无待办')).toBeInTheDocument();
  });

  it('answers 403 on a page the permissions do not open', async () => {
    mockApi({
      'GET /api/me': { body: meFixture({ permissions: ['account.self', 'todos.read'] }) },
    });
    renderApp(<AppRoutes />, { route: '/audit-logs' });
    expect(await screen.findByText('抱歉，您没有访问此页面的权限。')).toBeInTheDocument();
  });

  it('ends the session on a 401 from any call and says so on the login page', async () => {
    mockApi({
      'GET /api/me': { body: meFixture() },
      'GET /api/todos': apiError(401, 'SESSION_EXPIRED', '长时间未操作，登录已失效，请重新登录'),
    });
    const { queryClient } = renderApp(<AppRoutes />, { route: '/' });
    expect(await screen.findByText('登录已失效，请重新登录。')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login?reason=expired');
    expect(queryClient.getQueryData(['me'])).toBeNull();
  });
});
