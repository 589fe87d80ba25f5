import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../../app/routes';
import { mockApi } from '../../../test/fetchMock';
import { categoriesFixture } from '../../../test/orgFixtures';
import { renderApp } from '../../../test/render';
import { publicOrgPageFixture } from '../test/fixtures';
import { activityFixture, cardFixture } from './testFixtures';

describe('the public activity feed', () => {
  it('lists cards newest first and loads the next page with the cursor', async () => {
    const { calls } = mockApi({
      'GET /api/public/activities': (call) =>
        call.search.get('cursor') === 'c2'
          ? { body: { items: [cardFixture({ id: 3, title: '植树活动', coverThumbUrl: null })], nextCursor: null } }
          : {
              body: {
                items: [cardFixture({ id: 1 }), cardFixture({ id: 2, title: '法律知识讲座', kind: 'training' })],
                nextCursor: 'c2',
              },
            },
      'GET /api/org-categories': { body: categoriesFixture },
    });
    renderApp(<AppRoutes />, { route: '/portal/activities?region=500235' });

    const list = await screen.findByTestId('portal-act-list');
    const titles = () =>
      within(list)
        .getAllByTestId('portal-act-card-title')
        .map((n) => n.textContent);
    expect(titles()).toEqual(['重阳节敬老义诊', '法律知识讲座']);
    expect(within(list).getAllByTestId('portal-act-card')[0]).toHaveAttribute('href', '/portal/activities/1');
    expect(within(list).getAllByTestId('portal-act-counts')[0]).toHaveTextContent('120');
    const first = calls.find((c) => c.path === '/api/public/activities')!;
    expect(first.search.get('region')).toBe('500235');
    expect(first.search.get('cursor')).toBeNull();

    fireEvent.click(screen.getByTestId('load-more'));
    await waitFor(() => expect(titles()).toEqual(['重阳节敬老义诊', '法律知识讲座', '植树活动']));
    expect(screen.getByText('暂无照片')).toBeInTheDocument();
    expect(calls.filter((c) => c.path === '/api/public/activities').map((c) => c.search.get('cursor'))).toEqual([
      null,
      'c2',
    ]);
  });

  it('says so when nothing is published', async () => {
    mockApi({
      'GET /api/public/activities': { body: { items: [], nextCursor: null } },
      'GET /api/org-categories': { body: categoriesFixture },
    });
    renderApp(<AppRoutes />, { route: '/portal/activities' });
    expect(await screen.findByTestId('portal-act-empty')).toHaveTextContent('暂无公开的活动');
  });
});

describe('an activity page', () => {
  it('likes once: the button turns liked with the server count and is not offered again', async () => {
    const { calls } = mockApi({
      'GET /api/public/activities/:id': { body: activityFixture() },
      'POST /api/public/activities/:id/likes': { body: { liked: true, likeCount: 16, counted: true } },
    });
    renderApp(<AppRoutes />, { route: '/portal/activities/1' });

    const like = await screen.findByTestId('portal-act-like');
    expect(screen.getByTestId('portal-act-title')).toHaveTextContent('重阳节敬老义诊');
    expect(like).toHaveTextContent('点赞 15');
    expect(like).toHaveAttribute('data-liked', 'false');
    fireEvent.click(like);
    await waitFor(() => expect(like).toHaveAttribute('data-liked', 'true'));
    expect(like).toHaveTextContent('已点赞 16');
    expect(like).toBeDisabled();
    fireEvent.click(like);
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/public/activities/1/likes']);
    expect(screen.getByTestId('portal-act-qr')).toHaveAttribute('src', '/api/public/activities/1/qr.png');
    expect(screen.getByTestId('portal-act-org')).toHaveAttribute('href', '/org/51500235MJB000018U');
  });

  it('shows an activity this visitor already liked as liked', async () => {
    mockApi({ 'GET /api/public/activities/:id': { body: activityFixture({ liked: true, likeCount: 16 }) } });
    renderApp(<AppRoutes />, { route: '/portal/activities/1' });
    const like = await screen.findByTestId('portal-act-like');
    expect(like).toHaveTextContent('已点赞 16');
    expect(like).toBeDisabled();
  });

  it('answers an unknown or withdrawn activity with a not-found page', async () => {
    mockApi({
      'GET /api/public/activities/:id': {
        status: 404,
        body: { code: 'NOT_FOUND', message: '活动不存在或未公开', requestId: 't' },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/activities/9' });
    expect(await screen.findByTestId('portal-act-missing')).toHaveTextContent('活动不存在或已撤下');
  });
});

describe('an organization’s public page', () => {
  it('lists its published activities with the totals', async () => {
    const uscc = '51500235MJB000018U';
    const { calls } = mockApi({
      [`GET /api/public/orgs/${uscc}`]: { body: publicOrgPageFixture() },
      [`GET /api/public/orgs/${uscc}/activity-totals`]: { body: { published: 2, views: 300, shares: 41, likes: 57 } },
      'GET /api/public/activities': { body: { items: [cardFixture(), cardFixture({ id: 2 })], nextCursor: null } },
      'GET /api/org-categories': { body: categoriesFixture },
    });
    renderApp(<AppRoutes />, { route: `/org/${uscc}` });
    const section = await screen.findByTestId('portal-org-activities');
    expect(within(section).getByTestId('portal-org-activity-totals')).toHaveTextContent(
      '已公开活动2次，浏览300次，分享41次，点赞57次',
    );
    expect(await within(section).findAllByTestId('portal-act-card')).toHaveLength(2);
    expect(calls.find((c) => c.path === '/api/public/activities')!.search.get('orgUscc')).toBe(uscc);
  });
});
