import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../../app/routes';
import { mockApi } from '../../../test/fetchMock';
import { categoriesFixture } from '../../../test/orgFixtures';
import { renderApp } from '../../../test/render';
import { publicOrgPageFixture } from '../../portal/test/fixtures';
import { publicResultFixture } from '../testFixtures';
import { latestReportYear } from './useLatestYear';

const USCC = '51500235MJB000018U';

describe('published inspection results', () => {
  it('show each year’s conclusion on the organization’s page, with the public part of the report', async () => {
    mockApi({
      [`GET /api/public/orgs/${USCC}`]: { body: publicOrgPageFixture() },
      [`GET /api/public/orgs/${USCC}/annual-inspections`]: {
        body: {
          items: [
            publicResultFixture({ reportId: 21, year: 2024, conclusion: 'basic_pass', concludedOn: '2025-06-20' }),
            publicResultFixture(),
          ],
        },
      },
      'GET /api/org-categories': { body: categoriesFixture },
    });
    renderApp(<AppRoutes />, { route: `/org/${USCC}` });
    const section = await screen.findByTestId('portal-org-inspections');
    expect(section).toHaveTextContent('年检结论');
    const items = await within(section).findAllByTestId(/^inspection-\d+$/);
    expect(items[0]).toHaveTextContent('2025年度');
    expect(within(items[0]!).getByTestId('inspection-conclusion-31')).toHaveTextContent('合格');
    expect(items[0]).toHaveTextContent('云阳县民政局 · 2026年6月10日');
    expect(within(items[1]!).getByTestId('inspection-conclusion-21')).toHaveTextContent('基本合格');

    fireEvent.click(within(items[0]!).getByText('年度报告公开部分'));
    expect(await within(items[0]!).findByTestId('public-value-bs_total_assets_end')).toHaveTextContent(
      '5,000,000.00 元',
    );
    expect(within(items[0]!).getByTestId('public-value-basic_name')).toHaveTextContent('云阳县建筑业协会');
    expect(within(items[0]!).getByTestId('public-value-party_org_form')).toHaveTextContent('党支部');
  });

  it('list a year’s conclusions on the portal, newest year with results first, paged by cursor', async () => {
    const lastYear = latestReportYear();
    const { calls } = mockApi({
      'GET /api/public/annual-inspections': (call) => {
        const year = Number(call.search.get('year'));
        // Only the year before last has results: the page opens on it.
        if (year !== lastYear - 1) return { body: { items: [], nextCursor: null } };
        if (call.search.get('limit') === '1') return { body: { items: [publicResultFixture()], nextCursor: 'c1' } };
        return call.search.get('cursor')
          ? { body: { items: [publicResultFixture({ reportId: 40, orgName: '云阳县摄影家协会' })], nextCursor: null } }
          : { body: { items: [publicResultFixture()], nextCursor: 'c1' } };
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/annual-inspections' });
    expect(await screen.findByTestId('portal-nav-annual-inspections')).toBeInTheDocument();
    const list = await screen.findByTestId('public-inspections');
    expect(within(list).getByText('云阳县建筑业协会')).toHaveAttribute('href', `/org/${USCC}`);
    expect(screen.getByTestId('public-inspections-year')).toHaveTextContent(`${lastYear - 1}年度`);
    fireEvent.click(screen.getByTestId('load-more'));
    expect(await screen.findByText('云阳县摄影家协会')).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.search.get('cursor') === 'c1')).toBe(true));
  });
});
