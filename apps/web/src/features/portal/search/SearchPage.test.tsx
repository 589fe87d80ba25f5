import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../../app/routes';
import { mockApi, type Call } from '../../../test/fetchMock';
import { renderApp } from '../../../test/render';
import { announcementFixture, publicOrgFixture, statsFixture } from '../test/fixtures';

const searches = (calls: Call[]) => calls.filter((c) => c.path === '/api/public/orgs');
const lastSearch = (calls: Call[]) => Object.fromEntries(searches(calls).at(-1)!.search);
const box = () => within(screen.getByTestId('portal-search-input')).getByRole('searchbox');
// The input locks Enter until the key comes up again, as it does in a browser.
const pressEnter = (el: HTMLElement) => {
  fireEvent.keyDown(el, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.keyUp(el, { key: 'Enter', code: 'Enter', keyCode: 13 });
};

const revoked = publicOrgFixture({
  uscc: '52500235MJB00002XA',
  name: '云阳县文化艺术培训中心',
  type: 'service_institution',
  status: 'revoked',
  statusName: '已撤销登记',
  statusDate: '2026-03-02',
  foundedOn: '2018-05-09',
});

describe('portal home', () => {
  it('explains the two-character minimum instead of sending one character, then searches', async () => {
    const { calls } = mockApi({
      'GET /api/public/stats': { body: statsFixture({ region: { code: '100000', name: '全国', fullName: '全国' } }) },
      'GET /api/public/announcements': { body: { items: [announcementFixture()], nextCursor: null } },
      'GET /api/public/orgs': { body: { items: [publicOrgFixture()], nextCursor: null } },
    });
    renderApp(<AppRoutes />, { route: '/portal' });
    expect(await screen.findByTestId('portal-search-help')).toHaveTextContent('任意连续的2个以上的字');
    // The headline figures and the latest announcements are there without anyone signed in.
    expect(await screen.findByTestId('stats-total-value')).toHaveTextContent('3,424');
    expect(await screen.findByText('云阳县民政局成立登记公告')).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/me')).toBe(false);
    const latest = calls.find((c) => c.path === '/api/public/announcements')!;
    expect(latest.search.get('limit')).toBe('5');

    fireEvent.change(box(), { target: { value: '文' } });
    pressEnter(box());
    expect(await screen.findByTestId('portal-search-problem')).toHaveTextContent('请至少输入2个字');
    expect(searches(calls)).toHaveLength(0);
    expect(box()).toHaveValue('文');

    fireEvent.change(box(), { target: { value: '文化' } });
    pressEnter(box());
    await waitFor(() =>
      expect(decodeURIComponent(screen.getByTestId('location').textContent!)).toBe('/portal/search?q=文化'),
    );
    await waitFor(() => expect(lastSearch(calls)).toEqual({ q: '文化', limit: '20' }));
  });

  it('links the staff sign-in page to the portal', async () => {
    mockApi({ 'GET /api/me': { status: 401, body: { code: 'UNAUTHENTICATED', message: '请先登录' } } });
    renderApp(<AppRoutes />, { route: '/login' });
    const link = await screen.findByTestId('login-portal-link');
    expect(link).toHaveTextContent('公众服务门户');
    expect(link).toHaveAttribute('href', '/portal');
  });

  it('answers an unknown portal address inside the portal, not with the staff sign-in', async () => {
    const { calls } = mockApi({});
    renderApp(<AppRoutes />, { route: '/portal/nothing-here' });
    expect(await screen.findByTestId('portal-not-found')).toHaveTextContent('您访问的页面不存在');
    expect(screen.getByTestId('portal-nav-login')).toHaveAttribute('href', '/login');
    expect(screen.getByTestId('location')).toHaveTextContent('/portal/nothing-here');
    expect(calls).toHaveLength(0);
  });
});

describe('portal search', () => {
  it('lists name, code, type, status, authority and founding date, and pages with the cursor', async () => {
    const { calls } = mockApi({
      'GET /api/public/orgs': (call) =>
        call.search.get('cursor') === 'c2'
          ? {
              body: {
                items: [publicOrgFixture({ uscc: '51500235MJB000034K', name: '云阳县文化协会' })],
                nextCursor: null,
              },
            }
          : { body: { items: [publicOrgFixture(), revoked], nextCursor: 'c2' } },
    });
    renderApp(<AppRoutes />, { route: '/portal/search?q=%E6%96%87%E5%8C%96&region=500235' });

    const list = await screen.findByTestId('portal-results');
    expect(lastSearch(calls)).toEqual({ q: '文化', region: '500235', limit: '20' });
    const first = within(list).getByTestId('portal-result-51500235MJB000018U');
    expect(within(first).getByRole('link', { name: '云阳县建筑业协会' })).toHaveAttribute(
      'href',
      '/org/51500235MJB000018U',
    );
    expect(first).toHaveTextContent('51500235MJB000018U');
    expect(first).toHaveTextContent('社会团体');
    expect(first).toHaveTextContent('云阳县民政局');
    expect(first).toHaveTextContent('成立于2019年7月28日');
    expect(first).toHaveTextContent('正常');
    const removed = within(list).getByTestId('portal-result-52500235MJB00002XA');
    expect(removed).toHaveTextContent('已撤销登记');
    expect(removed).toHaveTextContent('2026年3月2日');

    fireEvent.click(screen.getByTestId('load-more'));
    expect(await within(list).findByText('云阳县文化协会')).toBeInTheDocument();
    expect(lastSearch(calls)).toEqual({ q: '文化', region: '500235', cursor: 'c2', limit: '20' });
    expect(screen.getByTestId('load-more-bar')).toHaveTextContent('已全部加载');

    // A one-character change is refused on this page too, and the results stay.
    fireEvent.change(box(), { target: { value: '文' } });
    pressEnter(box());
    expect(await screen.findByTestId('portal-search-problem')).toBeInTheDocument();
    expect(searches(calls)).toHaveLength(2);
    expect(screen.getByTestId('portal-results')).toBeInTheDocument();
  });

  it('says so when nothing matches, and asks for a criterion on an empty page', async () => {
    const { calls } = mockApi({ 'GET /api/public/orgs': { body: { items: [], nextCursor: null } } });
    const { unmount } = renderApp(<AppRoutes />, { route: '/portal/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8' });
    expect(await screen.findByTestId('portal-results-empty')).toHaveTextContent('未找到符合条件的社会组织');
    unmount();

    renderApp(<AppRoutes />, { route: '/portal/search' });
    expect(await screen.findByTestId('portal-search-prompt')).toBeInTheDocument();
    expect(searches(calls)).toHaveLength(1);
  });

  it('shows the API’s reason when it refuses (rate limit) and keeps the text', async () => {
    mockApi({
      'GET /api/public/orgs': {
        status: 429,
        body: { code: 'RATE_LIMITED', message: '请求过于频繁，请1分钟后再试', requestId: 'r1' },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/search?q=%E5%8D%8F%E4%BC%9A' });
    expect(await screen.findByTestId('portal-load-error')).toHaveTextContent('请求过于频繁，请1分钟后再试');
    expect(box()).toHaveValue('协会');
  });
});
