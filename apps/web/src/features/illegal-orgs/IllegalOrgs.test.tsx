import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { renderApp } from '../../test/render';

describe('非法社会组织警示曝光 (portal)', () => {
  it('lists the published bans with the deciding bureau and the decision number', async () => {
    mockApi({
      'GET /api/me': { status: 401, body: { code: 'UNAUTHENTICATED', message: '请先登录' } },
      'GET /api/public/illegal-org-warnings': {
        body: {
          items: [
            {
              id: 3,
              name: '衢州国学文化研究总会',
              regionCode: '330802005',
              regionName: '府山街道',
              summary: '未经登记擅自以社会团体名义收取会费',
              bannedOn: '2026-05-04',
              authorityName: '柯城区民政局',
              documentNumber: '柯民取缔〔2026〕1号',
            },
          ],
          nextCursor: null,
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/illegal-orgs' });
    const item = await screen.findByTestId('public-illegal-org');
    expect(item).toHaveTextContent('衢州国学文化研究总会');
    expect(item).toHaveTextContent('柯城区民政局于2026-05-04依法取缔');
    expect(item).toHaveTextContent('柯民取缔〔2026〕1号');
  });
});
