import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { AppRoutes } from '../../../app/routes';
import { apiError, mockApi } from '../../../test/fetchMock';
import { categoriesFixture } from '../../../test/orgFixtures';
import { renderApp } from '../../../test/render';
import { publicOrgPageFixture } from '../test/fixtures';

const USCC = '51500235MJB000018U';

describe('an organization’s public page', () => {
  it('shows every public field, the grade with its validity and the public timeline', async () => {
    const { paths } = mockApi({
      [`GET /api/public/orgs/${USCC}`]: {
        body: publicOrgPageFixture({
          charityRecognized: true,
          charityRecognizedOn: '2021-09-01',
          taxExemptUntil: '2020-12-31',
          website: 'javascript:alert(1)',
          timeline: [
            {
              kind: 'changed',
              occurredOn: '2024-05-06',
              summary: '变更登记',
              basis: '云民社变〔2024〕8号',
              changes: [
                { field: 'categoryCode', before: 'culture', after: 'industry_association' },
                { field: 'registeredFundsFen', before: 3000000, after: 17000000 },
              ],
            },
            { kind: 'registered', occurredOn: '2019-07-28', summary: '成立登记', basis: null, changes: [] },
          ],
        }),
      },
      'GET /api/org-categories': { body: categoriesFixture },
    });
    renderApp(<AppRoutes />, { route: `/org/${USCC.toLowerCase()}` });

    expect(await screen.findByTestId('portal-org-name')).toHaveTextContent('云阳县建筑业协会');
    expect(screen.getByTestId('portal-org-status')).toHaveTextContent('正常');
    expect(screen.queryByTestId('portal-org-removed')).not.toBeInTheDocument();
    const facts = screen.getByTestId('portal-org-registration');
    for (const text of [
      USCC,
      '社会团体',
      '县级',
      '行业协会商会',
      '云阳县民政局',
      '无（直接登记）',
      '林明伟',
      '170,000.00 元',
      '2019年7月28日',
      '有效期至2029年7月28日',
      '重庆市云阳县龙洞镇沿江路66号',
      '行业自律、行业调研、业务培训',
    ]) {
      expect(facts).toHaveTextContent(text);
    }
    // Funds are named as the type's regulation names them (活动资金 for a social group).
    expect(within(facts).getByText('活动资金')).toBeInTheDocument();
    // A stored value that is not a web address is shown, never made a link.
    expect(within(facts).queryByRole('link', { name: /javascript/ })).not.toBeInTheDocument();

    const quals = screen.getByTestId('portal-org-qualifications');
    expect(within(quals).getByTestId('portal-org-grade')).toHaveTextContent('3A级');
    expect(within(quals).getByTestId('portal-org-grade-validity')).toHaveTextContent('有效期至2099年12月31日');
    expect(quals).toHaveTextContent('已认定（2021年9月1日）');
    expect(quals).toHaveTextContent('已建立');
    // A lapsed qualification says so.
    expect(within(quals).getByText('已过期')).toBeInTheDocument();

    const events = await screen.findAllByTestId('portal-event');
    expect(events.map((e) => e.getAttribute('data-kind'))).toEqual(['changed', 'registered']);
    expect(events[0]).toHaveTextContent('2024年5月6日');
    expect(events[0]).toHaveTextContent('注册资金：30,000.00 元 → 170,000.00 元');
    expect(events[0]).toHaveTextContent('依据：云民社变〔2024〕8号');
    expect(await within(events[0]!).findByText('领域类别：文化类 → 行业协会商会')).toBeInTheDocument();
    // The code in the address is read in capitals; nothing but public routes is asked for.
    expect(paths()).toContain(`GET /api/public/orgs/${USCC}`);
    expect(paths().every((p) => p.startsWith('GET /api/public/') || p.startsWith('GET /api/org-categories'))).toBe(
      true,
    );
  });

  it('marks a deregistered organization clearly, with date and reason', async () => {
    mockApi({
      [`GET /api/public/orgs/${USCC}`]: {
        body: publicOrgPageFixture({
          status: 'deregistered',
          statusName: '已注销',
          statusDate: '2026-03-02',
          statusReason: '准予注销登记（云民社注〔2026〕2号）',
          evaluationGrade: null,
          gradeValidUntil: null,
        }),
      },
    });
    renderApp(<AppRoutes />, { route: `/org/${USCC}` });
    const notice = await screen.findByTestId('portal-org-removed');
    expect(notice).toHaveTextContent('该组织已于2026年3月2日注销登记');
    expect(notice).toHaveTextContent('依据：准予注销登记（云民社注〔2026〕2号）');
    expect(screen.getByTestId('portal-org-status')).toHaveTextContent('已注销');
    expect(screen.getByTestId('portal-org-qualifications')).toHaveTextContent('未评估或等级已失效');
    expect(screen.getByTestId('portal-org-timeline')).toHaveTextContent('暂无公开的登记事项');
  });

  it('renders sections added by later modules without knowing them', async () => {
    mockApi({
      [`GET /api/public/orgs/${USCC}`]: {
        body: publicOrgPageFixture({
          sections: [
            {
              key: 'inspections',
              title: '年度检查结果',
              data: [{ year: 2025, conclusion: '合格', concludedOn: '2026-04-30' }],
            },
            { key: 'lists', title: '信用信息', data: [{ label: '活动异常名录', value: false }] },
          ],
        }),
      },
    });
    renderApp(<AppRoutes />, { route: `/org/${USCC}` });
    const inspections = await screen.findByTestId('portal-section-inspections');
    expect(inspections).toHaveTextContent('年度检查结果');
    expect(within(inspections).getByText('2025')).toBeInTheDocument();
    expect(inspections).toHaveTextContent('合格');
    expect(inspections).toHaveTextContent('2026年4月30日');
    const lists = screen.getByTestId('portal-section-lists');
    expect(within(lists).getByText('活动异常名录')).toBeInTheDocument();
    expect(within(lists).getByText('否')).toBeInTheDocument();
  });

  it('answers 未找到该社会组织 for an unknown code, inside the portal', async () => {
    mockApi({ 'GET /api/public/orgs/:uscc': apiError(404, 'NOT_FOUND', '未找到该社会组织') });
    renderApp(<AppRoutes />, { route: '/org/51500235MJB0000999' });
    const missing = await screen.findByTestId('portal-org-not-found');
    expect(missing).toHaveTextContent('未找到该社会组织');
    expect(missing).toHaveTextContent('51500235MJB0000999');
    expect(screen.getByTestId('portal-nav')).toBeInTheDocument();
    expect(screen.queryByTestId('portal-org-name')).not.toBeInTheDocument();
  });

  it('shows a filed community organization', async () => {
    mockApi({
      'GET /api/public/community-orgs/5': {
        body: {
          id: 5,
          name: '龙洞镇老年协会',
          townshipCode: '500235144',
          townshipName: '龙洞镇',
          communityName: '沿江社区',
          areaKind: 'urban',
          activityArea: '沿江社区',
          categoryCode: 'mutual_aid',
          categoryName: '居民互助类',
          filedOn: '2023-04-01',
          status: 'cancelled',
          cancelledOn: '2025-12-01',
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/community-org/5' });
    expect(await screen.findByTestId('portal-community-name')).toHaveTextContent('龙洞镇老年协会');
    expect(screen.getByTestId('portal-community-status')).toHaveTextContent('已注销备案');
    expect(screen.getByTestId('portal-community-cancelled')).toHaveTextContent('2025年12月1日');
    expect(screen.getByTestId('portal-community-facts')).toHaveTextContent('城市社区');
    expect(screen.getByTestId('portal-community-facts')).toHaveTextContent('2023年4月1日');
  });
});
