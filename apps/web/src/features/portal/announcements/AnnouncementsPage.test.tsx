import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AppRoutes } from '../../../app/routes';
import { apiError, mockApi, type Call } from '../../../test/fetchMock';
import { renderApp } from '../../../test/render';
import { announcementFixture } from '../test/fixtures';

const lastList = (calls: Call[]) =>
  Object.fromEntries(calls.filter((c) => c.path === '/api/public/announcements').at(-1)!.search);

describe('announcements', () => {
  it('lists them newest first, filters by kind and pages with the cursor', async () => {
    const { calls } = mockApi({
      'GET /api/public/announcements': (call) =>
        call.search.get('cursor')
          ? { body: { items: [announcementFixture({ id: 3, title: '更早的公告' })], nextCursor: null } }
          : { body: { items: [announcementFixture()], nextCursor: 'n1' } },
    });
    renderApp(<AppRoutes />, { route: '/portal/announcements' });
    const card = await screen.findByTestId('portal-announcement-11');
    expect(card).toHaveTextContent('成立登记');
    expect(card).toHaveTextContent('2019年7月28日');
    expect(lastList(calls)).toEqual({ limit: '20' });

    fireEvent.click(screen.getByTestId('portal-announcements-kind-revoked'));
    await waitFor(() => expect(lastList(calls)).toEqual({ kind: 'revoked', limit: '20' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/portal/announcements?kind=revoked');

    fireEvent.click(await screen.findByTestId('load-more'));
    await waitFor(() => expect(lastList(calls)).toEqual({ kind: 'revoked', cursor: 'n1', limit: '20' }));
    expect(await screen.findByText('更早的公告')).toBeInTheDocument();
  });

  it('shows one announcement in full with the way to the organization', async () => {
    mockApi({ 'GET /api/public/announcements/11': { body: announcementFixture() } });
    renderApp(<AppRoutes />, { route: '/portal/announcements/11' });
    expect(await screen.findByTestId('portal-announcement-title')).toHaveTextContent('云阳县民政局成立登记公告');
    expect(screen.getByTestId('portal-announcement')).toHaveTextContent('经核准成立登记');
    expect(screen.getByTestId('portal-announcement-org')).toHaveAttribute('href', '/org/51500235MJB000018U');
  });

  it('answers 公告不存在 for an unknown one', async () => {
    mockApi({ 'GET /api/public/announcements/:id': apiError(404, 'NOT_FOUND', '公告不存在') });
    renderApp(<AppRoutes />, { route: '/portal/announcements/999' });
    expect(await screen.findByTestId('portal-announcement-not-found')).toHaveTextContent('公告不存在');
  });
});
