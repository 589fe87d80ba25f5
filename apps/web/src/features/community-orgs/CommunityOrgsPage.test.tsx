import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { chooseOption } from '../../test/antd';
import { mockApi, type Call } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';
import { communityOrgFixture } from './testFixtures';

const township = meFixture({
  roles: ['township_staff'],
  permissions: ['account.self', 'community_orgs.read', 'community_orgs.manage'],
  regionCode: '330802001',
  regionName: '浙江省衢州市柯城区府山街道',
});
const lastList = (calls: Call[]) =>
  Object.fromEntries(calls.filter((c) => c.path === '/api/community-orgs').at(-1)!.search);

describe('社区社会组织 list and detail', () => {
  it('turns filters into the API’s query, pages by cursor, and exports the columns shown', async () => {
    const { calls } = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: township },
      'GET /api/community-orgs': (call: Call) => ({
        body: call.search.has('cursor')
          ? { items: [communityOrgFixture({ id: 14, name: '府山街道棋牌队' })], nextCursor: null }
          : {
              items: [
                communityOrgFixture(),
                communityOrgFixture({ id: 13, name: '府山街道书画社', status: 'cancelled', cancelledOn: '2025-06-30' }),
              ],
              nextCursor: 'c2',
            },
      }),
      'GET /api/community-orgs/export': { raw: 'xlsx', headers: { 'content-type': 'application/octet-stream' } },
    });
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => undefined;
    renderApp(<AppRoutes />, { route: '/community-orgs' });
    const table = await screen.findByTestId('community-table');
    const cancelled = (await within(table).findByText('府山街道书画社')).closest('tr')!;
    expect(within(cancelled).getByText('已注销备案')).toBeInTheDocument();
    expect(within(cancelled).getByText('2025年6月30日')).toBeInTheDocument();
    expect(screen.getByTestId('community-create')).toBeInTheDocument();

    await chooseOption('community-filter-category', '公益慈善类');
    await waitFor(() => expect(lastList(calls)).toEqual({ categoryCode: 'charity', limit: '50' }));
    await chooseOption('community-filter-status', '已备案');
    await waitFor(() => expect(lastList(calls)).toMatchObject({ categoryCode: 'charity', status: 'filed' }));
    fireEvent.click(screen.getByTestId('load-more'));
    await waitFor(() => expect(lastList(calls)).toMatchObject({ cursor: 'c2', status: 'filed' }));
    expect(await within(table).findByText('府山街道棋牌队')).toBeInTheDocument();

    fireEvent.click(screen.getByTestId('community-export'));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/community-orgs/export')).toBe(true));
    const exported = Object.fromEntries(calls.find((c) => c.path === '/api/community-orgs/export')!.search);
    expect(exported).toEqual({
      categoryCode: 'charity',
      status: 'filed',
      columns: 'name,regionName,communityName,categoryName,responsibleName,memberCount,filedOn,status,cancelledOn',
    });
  }, 60_000);

  it('cancels a filing with its reason and shows it as cancelled, date and reason kept', async () => {
    let cancelled = false;
    const { calls } = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: township },
      'GET /api/community-orgs/:id': () => ({
        body: cancelled
          ? communityOrgFixture({
              status: 'cancelled',
              cancelledOn: '2026-03-02',
              cancelReason: '成员已解散，停止活动',
              version: 4,
            })
          : communityOrgFixture({ version: 3 }),
      }),
      'POST /api/community-orgs/:id/cancel': () => {
        cancelled = true;
        return {
          body: communityOrgFixture({
            status: 'cancelled',
            cancelledOn: '2026-03-02',
            cancelReason: '成员已解散，停止活动',
            version: 4,
          }),
        };
      },
    });
    renderApp(<AppRoutes />, { route: '/community-orgs/12' });
    expect(await screen.findByTestId('community-org-name')).toHaveTextContent('府山街道夕阳红志愿服务队');
    expect(screen.getByTestId('community-org-detail')).toHaveTextContent('2,000.00 元');
    fireEvent.click(screen.getByTestId('community-org-cancel'));

    // A reason is required before anything is sent.
    fireEvent.click(await screen.findByTestId('community-cancel-submit'));
    expect(await screen.findByText('请填写注销备案的原因（至少4个字）')).toBeInTheDocument();
    const reason = screen.getByTestId('community-cancel-reason');
    const box = reason.tagName === 'TEXTAREA' ? reason : within(reason).getByRole('textbox');
    fireEvent.change(box, { target: { value: '成员已解散，停止活动' } });
    fireEvent.click(screen.getByTestId('community-cancel-submit'));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ reason: '成员已解散，停止活动', version: 3 });
    expect(await screen.findByTestId('community-org-cancelled')).toHaveTextContent('该组织已于2026年3月2日注销备案');
    expect(screen.getByTestId('community-org-cancelled')).toHaveTextContent('原因：成员已解散，停止活动');
    expect(screen.queryByTestId('community-org-edit')).not.toBeInTheDocument();
  }, 60_000);
});
