import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi } from '../../test/fetchMock';
import { meFixture, renderApp } from '../../test/render';

const user = {
  id: 2,
  username: 'yy-clerk',
  displayName: '云阳县民政局登记员',
  roles: ['authority_staff'],
  regionCode: '500235',
  regionName: '重庆市云阳县',
  unitId: 1,
  unitName: '云阳县民政局',
  orgId: null,
  phoneMasked: '138****0000',
  idNumberMasked: null,
  disabled: false,
  lockedUntil: null,
  mustChangePassword: false,
  lastLoginAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  version: 1,
};

const me = meFixture({ permissions: ['account.self', 'users.read', 'users.export'] });
const saved: string[] = [];

beforeEach(() => {
  saved.length = 0;
  // jsdom has no object URLs; the download itself is the browser's business.
  URL.createObjectURL = vi.fn(() => 'blob:export');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

describe('exporting the account list', () => {
  it('downloads the list with the current filter and only the columns shown, under the API’s file name', async () => {
    const { calls } = mockApi({
      'GET /api/me': { body: me },
      'GET /api/todos/counts': { body: { open: 0, overdue: 0, byKind: {} } },
      'GET /api/users': { body: { items: [user], nextCursor: null } },
      'GET /api/users/export': {
        raw: 'PK-xlsx-bytes',
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="export.xlsx"; filename*=UTF-8''%E8%B4%A6%E5%8F%B7%E5%88%97%E8%A1%A8.xlsx`,
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/users' });
    await screen.findByText('yy-clerk');

    fireEvent.change(screen.getByPlaceholderText('用户名或姓名'), { target: { value: '登记' } });
    fireEvent.keyDown(screen.getByPlaceholderText('用户名或姓名'), { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.click(screen.getByTestId('users-columns'));
    fireEvent.click(await screen.findByTestId('column-toggle-phone'));
    await waitFor(() => expect(screen.queryByRole('columnheader', { name: '手机号码' })).not.toBeInTheDocument());

    fireEvent.click(screen.getByTestId('users-export'));
    await waitFor(() => expect(saved).toEqual(['账号列表.xlsx']));
    const call = calls.find((c) => c.path === '/api/users/export')!;
    expect(call.search.get('q')).toBe('登记');
    expect(call.search.get('columns')).toBe('displayName,username,roles,regionName,unitName,status,lastLoginAt');
  });

  it('reports a refused export as any other error', async () => {
    mockApi({
      'GET /api/me': { body: me },
      'GET /api/todos/counts': { body: { open: 0, overdue: 0, byKind: {} } },
      'GET /api/users': { body: { items: [user], nextCursor: null } },
      'GET /api/users/export': apiError(400, 'VALIDATION_FAILED', '不能导出的列：secret', {
        columns: '不能导出的列：secret',
      }),
    });
    renderApp(<AppRoutes />, { route: '/users' });
    fireEvent.click(await screen.findByTestId('users-export'));
    expect(await screen.findByText('不能导出的列：secret')).toBeInTheDocument();
    expect(saved).toEqual([]);
  });
});
