import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { detailFixture, orgAccountMe, summaryFixture } from './testFixtures';

describe('我的年度报告', () => {
  it('lists the organization’s reports by year with status, due date, lateness and conclusion', async () => {
    mockApi({
      ...shellRoutes,
      'GET /api/me': { body: orgAccountMe() },
      'GET /api/annual-reports': {
        body: {
          items: [
            summaryFixture({ id: 21, year: 2024, status: 'concluded', conclusion: 'basic_pass', late: true }),
            summaryFixture({ id: 31, year: 2025, status: 'draft', overdue: true }),
          ],
          nextCursor: null,
        },
      },
      'GET /api/annual-reports/31': { body: detailFixture() },
    });
    renderApp(<AppRoutes />, { route: '/my-annual-reports' });
    expect(await screen.findByTestId('nav-my-annual-reports')).toHaveTextContent('年度报告');
    const rows = await screen.findAllByTestId(/^annual-report-row-/);
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual(['annual-report-row-31', 'annual-report-row-21']);
    const current = rows[0]!;
    expect(within(current).getByTestId('annual-report-status-31')).toHaveTextContent('填报中');
    expect(current).toHaveTextContent('报送截止2026年5月31日');
    expect(current).toHaveTextContent('已逾期未报');
    expect(within(rows[1]!).getByTestId('annual-report-conclusion-21')).toHaveTextContent('基本合格');
    expect(rows[1]).toHaveTextContent('逾期提交');

    fireEvent.click(within(current).getByText('继续填报'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/annual-reports/31/fill'));
  });
});
