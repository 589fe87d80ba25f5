import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TAnnualReportDetail, TMe } from '@shezu/contracts';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi, type Call } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { bureauClerk, detailFixture, unitReviewer } from './testFixtures';

type Routes = Parameters<typeof mockApi>[0];

function mockDetail(me: TMe, detail: () => TAnnualReportDetail, extra: Routes = {}) {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: me },
    'GET /api/annual-reports/:id': () => ({ body: detail() }),
    ...extra,
  });
}

const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST');
// antd puts the test id on the radio input itself.
const choose = (decision: string) => fireEvent.click(screen.getByTestId(`annual-decision-${decision}`));

describe('the annual report review page', () => {
  it('shows the report by section with last year beside it, and the risk flags with their numbers, heaviest first', async () => {
    mockDetail(unitReviewer, () => detailFixture());
    renderApp(<AppRoutes />, { route: '/annual-reports/21' });
    expect(await screen.findByTestId('annual-title')).toHaveTextContent('云阳县建筑业协会');
    expect(screen.getByTestId('annual-subtitle')).toHaveTextContent('2025年度');
    expect(screen.getByTestId('annual-subtitle')).toHaveTextContent('截止 2026年3月31日');

    const assets = screen.getByTestId('annual-value-bs_total_assets_end');
    expect(assets).toHaveTextContent('60');
    expect(assets).toHaveTextContent('5,000,000.00 元');
    expect(assets).toHaveTextContent('4,000,000.00 元');
    expect(screen.getByTestId('annual-change-bs_total_assets_end')).toHaveTextContent('+25.0%');
    expect(screen.getByTestId('annual-rows-act_major')).toHaveTextContent('建筑安全培训');
    expect(screen.getByTestId('annual-rows-act_major')).toHaveTextContent('35,000.00 元');

    const check = screen.getByTestId('annual-check');
    expect(within(check).getByTestId('annual-check-score')).toHaveTextContent('风险分 35');
    const flags = within(check)
      .getAllByTestId(/^annual-risk-flag-/)
      .map((el) => el.dataset.testid);
    expect(flags).toEqual(['annual-risk-flag-risk_negative_net_assets', 'annual-risk-flag-risk_expense_swing']);
    const negative = screen.getByTestId('annual-risk-flag-risk_negative_net_assets');
    expect(negative).toHaveTextContent('负债超过资产');
    expect(negative).toHaveTextContent('依据：民间非营利组织会计制度 资产负债表 第110行');
    expect(screen.getByTestId('annual-risk-number-risk_negative_net_assets-0')).toHaveTextContent('-12,345.00 元');
    expect(screen.getByTestId('annual-risk-number-risk_expense_swing-0')).toHaveTextContent('1,800,000.00 元');
    expect(screen.getByTestId('annual-risk-number-risk_expense_swing-1')).toHaveTextContent('80.0%');
    // A rule finding names its basis and shows the figures it compared.
    const issue = screen.getByTestId('annual-issue-bs_balance');
    expect(issue).toHaveTextContent('资产总计应等于负债和净资产合计');
    expect(issue).toHaveTextContent('依据：民间非营利组织会计制度 资产负债表');
    expect(issue).toHaveTextContent('5,012,345.00 元');
    expect(screen.getByTestId('annual-history')).toHaveTextContent('提交报告');
  });

  it('asks for a comment before returning, and sends the comments attached to indicators', async () => {
    const { calls } = mockDetail(unitReviewer, () => detailFixture(), {
      'POST /api/annual-reports/:id/supervisor-return': {
        body: detailFixture({
          status: 'returned',
          step: null,
          version: 5,
          can: { fill: false, submit: false, review: false, conclude: false },
        }),
      },
    });
    renderApp(<AppRoutes />, { route: '/annual-reports/21' });
    await screen.findByTestId('annual-action-form');
    choose('return');
    await screen.findByTestId('annual-comment');
    fireEvent.click(screen.getByTestId('annual-decision-submit'));
    expect(await screen.findByText('请填写退回修改的意见（至少2个字）')).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(0);

    fireEvent.click(screen.getByTestId('annual-comment-bs_net_assets_end'));
    fireEvent.change(await screen.findByTestId('annual-comment-input-bs_net_assets_end'), {
      target: { value: '净资产为负，请核对负债明细' },
    });
    fireEvent.click(screen.getByTestId('annual-comment-save-bs_net_assets_end'));
    expect(await screen.findByTestId('annual-comment-text-bs_net_assets_end')).toHaveTextContent('请核对负债明细');
    expect(screen.getByTestId('annual-indicator-comments')).toHaveTextContent('净资产合计（期末）：净资产为负');

    fireEvent.change(screen.getByTestId('annual-comment'), { target: { value: '请核对资产负债表后重新提交' } });
    fireEvent.click(screen.getByTestId('annual-decision-submit'));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]).toMatchObject({
      path: '/api/annual-reports/21/supervisor-return',
      body: {
        version: 4,
        comment: '请核对资产负债表后重新提交',
        indicatorComments: { bs_net_assets_end: '净资产为负，请核对负债明细' },
      },
    });
    expect(await screen.findByText('退回修改：云阳县建筑业协会')).toBeInTheDocument();
    expect(await screen.findByTestId('annual-no-actions')).toBeInTheDocument();
  });

  it('requires reasons and a rectification item for 基本合格 before sending anything', async () => {
    const atBureau = () =>
      detailFixture({ step: 'authority', can: { fill: false, submit: false, review: false, conclude: true } });
    const { calls } = mockDetail(bureauClerk, atBureau);
    renderApp(<AppRoutes />, { route: '/annual-reports/21' });
    await screen.findByTestId('annual-action-form');
    expect(screen.getByTestId('annual-decision')).toHaveTextContent('合格基本合格不合格退回修改');
    choose('basic_pass');
    fireEvent.change(await screen.findByTestId('annual-reasons'), { target: { value: '净资产为负' } });
    fireEvent.click(screen.getByTestId('annual-decision-submit'));
    expect(await screen.findByText('基本合格须列明至少一项整改事项和整改期限')).toBeInTheDocument();

    // An item without its deadline is not enough either.
    fireEvent.click(screen.getByTestId('annual-rect-add'));
    fireEvent.change(await screen.findByTestId('annual-rect-item-0'), { target: { value: '补足净资产' } });
    fireEvent.click(screen.getByTestId('annual-decision-submit'));
    expect(await screen.findByText('请选择整改期限')).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(0);
  });

  it('says so and reloads when someone else acted first (409)', async () => {
    let loads = 0;
    const { calls } = mockDetail(
      unitReviewer,
      () => {
        loads += 1;
        return loads === 1
          ? detailFixture()
          : detailFixture({
              step: 'party',
              version: 5,
              can: { fill: false, submit: false, review: false, conclude: false },
            });
      },
      { 'POST /api/annual-reports/:id/supervisor-approve': apiError(409, 'STALE_VERSION', '该记录已被他人修改') },
    );
    renderApp(<AppRoutes />, { route: '/annual-reports/21' });
    await screen.findByTestId('annual-action-form');
    choose('approve');
    fireEvent.click(screen.getByTestId('annual-decision-submit'));
    expect(await screen.findByText('该报告已被他人处理，已刷新')).toBeInTheDocument();
    expect(posts(calls)[0]!.body).toEqual({ version: 4 });
    await waitFor(() => expect(loads).toBe(2));
    expect(await screen.findByTestId('annual-no-actions')).toBeInTheDocument();
    expect(screen.getByTestId('annual-stage-21')).toHaveTextContent('党建工作机构审查');
  });

  it('sends the organization itself to its fill page', async () => {
    mockDetail(unitReviewer, () =>
      detailFixture({ status: 'draft', step: null, can: { fill: true, submit: true, review: false, conclude: false } }),
    );
    renderApp(<AppRoutes />, { route: '/annual-reports/21' });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/annual-reports/21/fill'));
  });
});

vi.setConfig({ testTimeout: 20_000 });
