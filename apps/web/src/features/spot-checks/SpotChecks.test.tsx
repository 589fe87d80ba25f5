import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';

const clerk = meFixture({ permissions: ['account.self', 'todos.read', 'supervision.read', 'supervision.manage'] });

describe('双随机抽查计划', () => {
  it('shows the floor refusal beside the share field and sends the share in basis points', async () => {
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: clerk },
      'GET /api/spot-check-plans': { body: { items: [], nextCursor: null } },
      'POST /api/spot-check-plans': {
        status: 400,
        body: {
          code: 'VALIDATION_FAILED',
          message: '定期抽查比例不得低于3%（民发〔2017〕45号）',
          fields: { shareBp: '定期抽查比例不得低于3%（民发〔2017〕45号）' },
          requestId: 'r1',
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/spot-check-plans' });
    fireEvent.click(await screen.findByTestId('spot-plans-new'));
    fireEvent.change(screen.getByTestId('spot-plan-title'), { target: { value: '2026年度定期抽查' } });
    fireEvent.change(screen.getByTestId('spot-plan-share'), { target: { value: '2.5' } });
    fireEvent.click(screen.getByTestId('spot-plan-submit'));
    expect(
      await screen.findByText('定期抽查比例不得低于3%（民发〔2017〕45号）', {
        selector: '.ant-form-item-explain-error',
      }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(api.calls.find((c) => c.method === 'POST')?.body).toMatchObject({ shareBp: 250, kind: 'regular' }),
    );
  });
});

describe('双随机抽查结果公示 (portal)', () => {
  it('lists concluded checks with pass or fail per item', async () => {
    mockApi({
      'GET /api/me': { status: 401, body: { code: 'UNAUTHENTICATED', message: '请先登录' } },
      'GET /api/public/spot-check-results': {
        body: {
          items: [
            {
              id: 4,
              year: 2026,
              planTitle: '2026年度定期抽查',
              orgName: '江山市测试协会',
              uscc: '51330881MJ0000001X',
              concludedOn: '2026-05-04',
              problemsFound: true,
              items: [
                { item: 'annual_report', passed: true },
                { item: 'finances', passed: false },
              ],
            },
          ],
          nextCursor: null,
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/spot-check-results' });
    const item = await screen.findByTestId('public-spot-check-result');
    expect(item).toHaveTextContent('江山市测试协会');
    expect(item).toHaveTextContent('发现问题，已责令整改');
    expect(item).toHaveTextContent('财务管理');
  });
});
