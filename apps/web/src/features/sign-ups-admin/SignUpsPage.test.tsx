import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TSignUp } from '@shezu/contracts';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi, type Call } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';

const admin = meFixture({
  username: 'yy-admin',
  displayName: '云阳县民政局管理员',
  roles: ['system_admin'],
  permissions: ['account.self', 'users.read', 'users.manage', 'applications.settings'],
});

const signUp = (over: Partial<TSignUp> = {}): TSignUp => ({
  id: 21,
  userId: 140,
  username: 'zhangming',
  displayName: '张明',
  phoneMasked: '138****0000',
  regionCode: '500235',
  regionName: '重庆市云阳县',
  status: 'pending',
  reason: null,
  decidedByName: null,
  decidedAt: null,
  version: 1,
  createdAt: '2026-05-08T01:30:00Z',
  ...over,
});

function mockSignUps(extra: Parameters<typeof mockApi>[0] = {}) {
  let decided = false;
  const api = mockApi({
    ...shellRoutes,
    'GET /api/me': { body: admin },
    'GET /api/registration-settings/:region': {
      body: {
        regionCode: '500235',
        preparationRequired: true,
        supervisorDays: 20,
        authorityDays: 20,
        signUpApproval: true,
        definedIn: '500235',
        version: 2,
      },
    },
    'GET /api/sign-ups': (call: Call) => ({
      body: {
        items:
          call.search.get('status') === 'pending' && !decided
            ? [signUp(), signUp({ id: 22, username: 'lihua', displayName: '李华', version: 3 })]
            : [],
        nextCursor: null,
      },
    }),
    'POST /api/sign-ups/:id/approve': () => {
      decided = true;
      return { body: signUp({ status: 'approved', version: 2, decidedByName: '云阳县民政局管理员' }) };
    },
    ...extra,
  });
  return api;
}

const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST');

describe('sign-up approval', () => {
  it('approves a pending sign-up with the version shown, then reloads the list', async () => {
    const { calls } = mockSignUps();
    renderApp(<AppRoutes />, { route: '/sign-ups' });
    const row = (await screen.findByText('张明')).closest('tr')!;
    expect(row).toHaveTextContent('138****0000');
    expect(row).toHaveTextContent('重庆市云阳县');
    expect(row).toHaveTextContent('2026年5月8日 09:30');
    expect(calls.find((c) => c.path === '/api/sign-ups')!.search.get('status')).toBe('pending');

    fireEvent.click(within(row).getByTestId('sign-up-approve-21'));
    fireEvent.click(await screen.findByTestId('sign-up-approve-confirm'));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]).toMatchObject({ path: '/api/sign-ups/21/approve', body: { version: 1 } });
    expect(await screen.findByText('已通过 张明 的注册')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('李华')).not.toBeInTheDocument());
    expect(screen.queryByTestId('sign-ups-approval-off')).not.toBeInTheDocument();
  });

  it('requires a reason to reject, and says so when another administrator decided first', async () => {
    const { calls } = mockSignUps({
      'POST /api/sign-ups/:id/reject': apiError(409, 'CONFLICT', '该注册申请已处理'),
    });
    renderApp(<AppRoutes />, { route: '/sign-ups' });
    fireEvent.click(await screen.findByTestId('sign-up-reject-22'));
    const dialog = await screen.findByTestId('sign-up-reject-dialog');
    expect(dialog).toHaveTextContent('不通过注册：李华（lihua）');
    fireEvent.click(screen.getByTestId('sign-up-reject-submit'));
    expect(await within(dialog).findByText('请填写不予通过的理由（至少2个字）')).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(0);

    fireEvent.change(within(dialog).getByTestId('sign-up-reject-reason'), {
      target: { value: '请使用本人手机号码重新注册' },
    });
    fireEvent.click(screen.getByTestId('sign-up-reject-submit'));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]).toMatchObject({
      path: '/api/sign-ups/22/reject',
      body: { version: 3, reason: '请使用本人手机号码重新注册' },
    });
    expect(await screen.findByText('该注册已由他人处理，列表已刷新')).toBeInTheDocument();
  });
});
