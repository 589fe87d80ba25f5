import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { clerkMe, listingFixture } from './testFixtures';

describe('信用名录 (staff list)', () => {
  it('shows each listing with its ground and date, filters on the server and pages by cursor', async () => {
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: clerkMe() },
      'GET /api/credit-listings': (call) => {
        if (call.search.get('cursor') === 'c1')
          return { body: { items: [listingFixture({ id: 12, orgName: '云阳县书法家协会' })], nextCursor: null } };
        if (call.search.get('list') === 'dishonest') return { body: { items: [], nextCursor: null } };
        return { body: { items: [listingFixture()], nextCursor: 'c1' } };
      },
    });
    renderApp(<AppRoutes />, { route: '/credit-listings' });
    expect(await screen.findByTestId('nav-credit-listings')).toHaveTextContent('信用名录');
    const row = await screen.findByTestId('credit-row-11');
    expect(row).toHaveTextContent('云阳县建筑业协会');
    expect(row).toHaveTextContent('未按照规定时限和要求向登记管理机关报送年度工作报告');
    expect(within(row).getByTestId('credit-status-11')).toHaveTextContent('在列');
    expect(api.calls.find((c) => c.path === '/api/credit-listings')?.search.get('list')).toBe('abnormal');

    fireEvent.click(screen.getByTestId('load-more'));
    expect(await screen.findByTestId('credit-row-12')).toHaveTextContent('云阳县书法家协会');
    expect(
      api.calls
        .filter((c) => c.path === '/api/credit-listings')
        .at(-1)
        ?.search.get('cursor'),
    ).toBe('c1');

    fireEvent.click(screen.getByTestId('credit-tab-dishonest'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('list=dishonest'));
    expect(await screen.findByText('没有符合条件的记录')).toBeInTheDocument();

    const search = within(screen.getByTestId('credit-filter-search')).getByRole('searchbox');
    fireEvent.change(search, { target: { value: '建筑' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() =>
      expect(
        api.calls
          .filter((c) => c.path === '/api/credit-listings')
          .at(-1)
          ?.search.get('q'),
      ).toBe('建筑'),
    );
    // The entry forms are the authority's: the clerk sees them.
    expect(screen.getByTestId('credit-new')).toBeInTheDocument();
  });
});
