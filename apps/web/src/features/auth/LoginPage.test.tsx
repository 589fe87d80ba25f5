import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi } from '../../test/fetchMock';
import { meFixture, renderApp } from '../../test/render';

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(document.getElementById('username')!, { target: { value: username } });
  fireEvent.change(document.getElementById('password')!, { target: { value: password } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

const formItemOf = (id: string) => document.getElementById(id)!.closest('.ant-form-item') as HTMLElement;

describe('login page', () => {
  it('shows a server field error beside its field', async () => {
    mockApi({
      'GET /api/me': apiError(401, 'UNAUTHENTICATED', '请先登录'),
      'POST /api/auth/login': apiError(400, 'VALIDATION_FAILED', '提交的内容有误：用户名过长', {
        username: '用户名不能超过64位',
      }),
    });
    renderApp(<AppRoutes />, { route: '/login' });
    await screen.findByTestId('login-submit');
    fillAndSubmit('someone', 'secret');

    await waitFor(() => expect(formItemOf('username')).toHaveTextContent('用户名不能超过64位'));
    expect(formItemOf('password')).not.toHaveTextContent('用户名不能超过64位');
    expect(formItemOf('username')).toHaveClass('ant-form-item-has-error');
  });

  it('says why a sign-in was refused (locked account) and clears the password', async () => {
    mockApi({
      'GET /api/me': apiError(401, 'UNAUTHENTICATED', '请先登录'),
      'POST /api/auth/login': apiError(429, 'ACCOUNT_LOCKED', '登录失败次数过多，账号已临时锁定，请15分钟后再试'),
    });
    renderApp(<AppRoutes />, { route: '/login' });
    await screen.findByTestId('login-submit');
    fillAndSubmit('yy-clerk', 'wrong');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('请15分钟后再试');
    expect(document.getElementById('password')).toHaveValue('');
  });

  it('translates the refusal by its code in English', async () => {
    mockApi({
      'GET /api/me': apiError(401, 'UNAUTHENTICATED', '请先登录'),
      'POST /api/auth/login': apiError(401, 'INVALID_CREDENTIALS', '用户名或密码错误'),
    });
    renderApp(<AppRoutes />, { route: '/login', lang: 'en' });
    await screen.findByTestId('login-submit');
    fillAndSubmit('yy-clerk', 'wrong');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Wrong username or password');
  });

  it('goes to the page first asked for after signing in', async () => {
    let signedIn = false;
    const { calls } = mockApi({
      'GET /api/me': () => (signedIn ? { body: meFixture() } : apiError(401, 'UNAUTHENTICATED', '请先登录')),
      'POST /api/auth/login': () => {
        signedIn = true;
        return { body: meFixture() };
      },
      'GET /api/regions/:code': {
        body: {
          code: '100000',
          name: '全国',
          fullName: '全国',
          level: 'national',
          parentCode: null,
          placeholder: false,
          population: null,
          hasChildren: true,
          gbCode: '100000',
          version: 1,
          ancestors: [],
        },
      },
      'GET /api/regions/:code/children': { body: [] },
    });
    renderApp(<AppRoutes />, { route: '/login?next=%2Fregions' });
    await screen.findByTestId('login-submit');
    fillAndSubmit(' yy-clerk ', 'Shezu@2026');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/regions$/));
    expect(calls.find((c) => c.path === '/api/auth/login')?.body).toEqual({
      username: 'yy-clerk',
      password: 'Shezu@2026',
    });
  });

  it('never follows a next link off the site', async () => {
    mockApi({
      'GET /api/me': apiError(401, 'UNAUTHENTICATED', '请先登录'),
      'POST /api/auth/login': { body: meFixture() },
      'GET /api/todos': { body: { items: [] } },
    });
    renderApp(<AppRoutes />, { route: '/login?next=%2F%2Fevil.example' });
    await screen.findByTestId('login-submit');
    fillAndSubmit('yy-clerk', 'Shezu@2026');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
  });
});
