import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { categoriesFixture, orgFixture, shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { clerkMe, listingFixture, requestFixture } from './testFixtures';

describe('信用 tab of the staff org page', () => {
  it('shows every listing with its grounds, the credit records and the requests, with the entry forms', async () => {
    mockApi({
      ...shellRoutes,
      'GET /api/me': { body: clerkMe() },
      'GET /api/orgs/:id': { body: orgFixture() },
      'GET /api/org-categories': { body: categoriesFixture },
      'GET /api/credit-profiles/7': {
        body: {
          org: { id: 7, name: '云阳县建筑业协会', uscc: '51500235MJB000018U', orgType: 'social_group' },
          listings: [listingFixture()],
          records: [
            {
              id: 5,
              orgId: 7,
              kind: 'annual_report',
              kindLabel: '年报信息',
              subtype: 'annual_overdue',
              subtypeLabel: '年度报告逾期未报',
              occurredOn: '2026-03-01',
              title: '2025年度工作报告逾期未报',
              data: {},
              public: true,
              createdByName: null,
              createdAt: '2026-03-01T16:00:00Z',
            },
          ],
          requests: [requestFixture()],
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/orgs/7?tab=credit' });
    const listings = await screen.findByTestId('org-credit-listings');
    expect(within(listings).getByTestId('credit-ground-21')).toHaveTextContent('列入活动异常名录情形（一）');
    expect(screen.getByTestId('org-credit-records')).toHaveTextContent('2025年度工作报告逾期未报');
    expect(screen.getByTestId('org-credit-requests')).toHaveTextContent('已补报2025年度工作报告');
    expect(screen.getByTestId('credit-penalty')).toBeInTheDocument();
  });
});
