import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { chooseOption } from '../../test/antd';
import { mockApi, type Call } from '../../test/fetchMock';
import { categoriesFixture, orgFixture, shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';

const me = meFixture({ permissions: ['account.self', 'orgs.read', 'orgs.export', 'units.read'] });

function mockRegister(count = { count: 2, capped: false }) {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: me },
    'GET /api/orgs': {
      body: {
        items: [
          orgFixture(),
          orgFixture({
            id: 8,
            name: '云阳县武术协会',
            status: 'revoked',
            statusDate: '2026-03-02',
            registeredFundsFen: 1999,
          }),
        ],
        nextCursor: 'c2',
      },
    },
    'GET /api/orgs/count': { body: count },
    'GET /api/org-categories': { body: categoriesFixture },
    'GET /api/units': { body: { items: [], nextCursor: null } },
  });
}

// The input locks Enter until the key comes up again, as it does in a browser.
const pressEnter = (el: HTMLElement) => {
  fireEvent.keyDown(el, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.keyUp(el, { key: 'Enter', code: 'Enter', keyCode: 13 });
};
const listCalls = (calls: Call[]) => calls.filter((c) => c.path === '/api/orgs');
const lastList = (calls: Call[]) => Object.fromEntries(listCalls(calls).at(-1)!.search);

describe('the register list', () => {
  it('shows the count, status tags, 元 and dates, and turns each filter into the API’s query', async () => {
    const { calls } = mockRegister();
    renderApp(<AppRoutes />, { route: '/orgs' });
    const table = await screen.findByTestId('orgs-table');
    const revoked = (await within(table).findByText('云阳县武术协会')).closest('tr')!;
    expect(within(revoked).getByText('已撤销登记')).toBeInTheDocument();
    expect(within(revoked).getByText('2026年3月2日')).toBeInTheDocument();
    expect(within(revoked).getByText('19.99 元')).toBeInTheDocument();
    expect(within(table).getByText('170,000.00 元')).toBeInTheDocument();
    expect(within(table).getAllByText('2019年7月28日')).toHaveLength(2);
    expect(await screen.findByTestId('orgs-count')).toHaveTextContent('共 2 家');
    expect(lastList(calls)).toEqual({ limit: '50' });

    await chooseOption('orgs-filter-type', '基金会');
    await waitFor(() => expect(lastList(calls)).toEqual({ type: 'foundation', limit: '50' }));
    await chooseOption('orgs-filter-category', '文化类');
    await waitFor(() => expect(lastList(calls)).toMatchObject({ type: 'foundation', categoryCode: 'culture' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/orgs?type=foundation&categoryCode=culture');
    const count = calls.filter((c) => c.path === '/api/orgs/count').at(-1)!;
    expect(Object.fromEntries(count.search)).toEqual({ type: 'foundation', categoryCode: 'culture' });

    // Sorting by a column asks the API for that order.
    fireEvent.click(within(table).getAllByText('成立登记日期')[0]!);
    await waitFor(() => expect(lastList(calls)).toMatchObject({ sort: 'foundedOn', order: 'asc' }));

    // Keyset paging: the next page follows the cursor the API gave.
    fireEvent.click(screen.getByTestId('load-more'));
    await waitFor(() => expect(lastList(calls)).toMatchObject({ cursor: 'c2', sort: 'foundedOn' }));
  }, 60_000);

  it('explains the two-character minimum instead of sending a one-character search', async () => {
    const { calls } = mockRegister();
    renderApp(<AppRoutes />, { route: '/orgs' });
    await screen.findByTestId('orgs-table');
    const box = () => within(screen.getByTestId('orgs-search')).getByRole('searchbox');
    fireEvent.change(box(), { target: { value: '文' } });
    pressEnter(box());
    expect(await screen.findByText(/请至少输入2个字/)).toBeInTheDocument();
    expect(listCalls(calls).some((c) => c.search.has('q'))).toBe(false);

    fireEvent.change(box(), { target: { value: '文化' } });
    pressEnter(box());
    await waitFor(() => expect(lastList(calls)).toEqual({ q: '文化', limit: '50' }));
    expect(screen.getByTestId('orgs-search-help')).toHaveTextContent('任意连续的2个以上的字');
  });

  it('says “1万+” when the API stopped counting, and “10,000+” in English', async () => {
    mockRegister({ count: 10_000, capped: true });
    const { unmount } = renderApp(<AppRoutes />, { route: '/orgs' });
    await waitFor(() => expect(screen.getByTestId('orgs-count')).toHaveTextContent('共 1万+ 家'));
    unmount();
    renderApp(<AppRoutes />, { route: '/orgs', lang: 'en' });
    await waitFor(() => expect(screen.getByTestId('orgs-count')).toHaveTextContent('10,000+ organizations'));
  });
});
