import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { chooseOption } from '../../test/antd';
import { apiError, mockApi, type Call } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';
import { communityOrgFixture } from './testFixtures';

const me = meFixture({
  username: 'fs-staff',
  displayName: '府山街道工作人员',
  roles: ['township_staff'],
  permissions: ['account.self', 'community_orgs.read', 'community_orgs.manage', 'ledgers.import', 'files.upload'],
  regionCode: '330802001',
  regionName: '浙江省衢州市柯城区府山街道',
  unitId: null,
  unitName: null,
});

const input = (testId: string) => {
  const el = screen.getByTestId(testId);
  if (el.tagName === 'INPUT') return el;
  return within(el).queryByRole('textbox') ?? within(el).getByRole('spinbutton');
};
const type = (testId: string, value: string) => fireEvent.change(input(testId), { target: { value } });
/** The form item (label, control, message) a control sits in. */
const itemOf = (testId: string) => screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;

describe('社区社会组织备案 form', () => {
  it('shows the API’s field error beside its field, keeps what was typed, and files on the next try', async () => {
    let posts = 0;
    const { calls } = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: me },
      'POST /api/community-orgs': (call: Call) =>
        ++posts === 1
          ? apiError(409, 'DUPLICATE', '提交的内容有误：本乡镇（街道）已有同名的社区社会组织', {
              name: '本乡镇（街道）已有同名的社区社会组织',
            })
          : { status: 201, body: communityOrgFixture({ id: 99, ...(call.body as object) }) },
      'GET /api/community-orgs/:id': { body: communityOrgFixture({ id: 99 }) },
    });
    renderApp(<AppRoutes />, { route: '/community-orgs/new' });
    await screen.findByTestId('community-form');
    expect(screen.getByText('备案到：浙江省衢州市柯城区府山街道')).toBeInTheDocument();

    type('community-form-name', '府山街道夕阳红志愿服务队');
    await chooseOption('community-form-category', '公益慈善类');
    fireEvent.click(within(screen.getByTestId('community-form-area-kind')).getByText('城市社区'));
    type('community-form-community', '府山社区');
    const date = input('community-form-filed-on');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2024-03-15' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter', keyCode: 13 });
    type('community-form-responsible', '李四');
    type('community-form-phone', '12345');
    type('community-form-members', '25');
    type('community-form-funds', '2000.5');
    fireEvent.blur(input('community-form-funds'));
    type('community-form-venue', '府山社区党群服务中心二楼');
    type('community-form-activity-area', '府山社区');

    // The browser's own check first: a bad phone number is named beside the phone field.
    fireEvent.click(screen.getByTestId('community-form-submit'));
    expect(
      await within(itemOf('community-form-phone')).findByText('电话应为11位手机号或带区号的座机号'),
    ).toBeInTheDocument();
    expect(posts).toBe(0);
    type('community-form-phone', '13905700001');

    // The API refuses the name: its message sits under the name, and nothing typed is lost.
    fireEvent.click(screen.getByTestId('community-form-submit'));
    expect(
      await within(itemOf('community-form-name')).findByText('本乡镇（街道）已有同名的社区社会组织'),
    ).toBeInTheDocument();
    expect(input('community-form-venue')).toHaveValue('府山社区党群服务中心二楼');
    const first = calls.find((c) => c.method === 'POST')!.body;
    expect(first).toEqual({
      name: '府山街道夕阳红志愿服务队',
      communityName: '府山社区',
      areaKind: 'urban',
      categoryCode: 'charity',
      responsibleName: '李四',
      responsiblePhone: '13905700001',
      venue: '府山社区党群服务中心二楼',
      activityArea: '府山社区',
      memberCount: 25,
      fundsFen: 200050,
      filedOn: '2024-03-15',
    });

    type('community-form-name', '府山街道银龄志愿服务队');
    fireEvent.click(screen.getByTestId('community-form-submit'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/community-orgs/99'));
  }, 60_000);
});
