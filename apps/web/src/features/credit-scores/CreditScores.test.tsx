import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';
import { CreditScoreCard } from './CreditScoreCard';
import { distributionFixture, schemeFixture, scoreFixture } from './testFixtures';

const staff = meFixture({ permissions: ['credit.read', 'credit.decide', 'orgs.read', 'todos.read'] });

describe('CreditScoreCard', () => {
  it('shows score, level, every indicator with its facts, 暂无数据 marked, and the history', async () => {
    mockApi({ 'GET /api/credit-scores/7': { body: scoreFixture() } });
    renderApp(<CreditScoreCard orgId={7} />);
    expect(await screen.findByTestId('credit-score-total')).toHaveTextContent('784分');
    expect(screen.getByTestId('credit-score-level')).toHaveTextContent('C级');
    expect(screen.getByTestId('credit-score-points-penalties')).toHaveTextContent('120');
    expect(screen.getByText('2026-02-20受到行政处罚：警告（云民罚〔2026〕3号）')).toBeInTheDocument();
    expect(screen.getByTestId('credit-score-nodata-activities')).toHaveTextContent('暂无数据');
    const table = screen.getByTestId('credit-score-breakdown');
    // The total row adds the points up to the score and the maximums to 1000.
    expect(within(table).getByText('784')).toBeInTheDocument();
    expect(within(table).getByText('1000')).toBeInTheDocument();
    const history = screen.getByTestId('credit-score-history');
    expect(history).toHaveTextContent('行政处罚决定');
    expect(history).toHaveTextContent('922分');
  });

  it('an organization without a score (not registered) reads so, not as an error', async () => {
    mockApi({ 'GET /api/credit-scores/7': apiError(404, 'NOT_FOUND', '该组织不在正常登记状态，没有信用评分') });
    renderApp(<CreditScoreCard orgId={7} />);
    expect(await screen.findByTestId('credit-score-error')).toHaveTextContent('没有信用评分');
  });
});

describe('信用等级分布', () => {
  it('shows counts and shares per level by region and type; a region row goes down a level', async () => {
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: staff },
      'GET /api/credit-scores/distribution': { body: distributionFixture() },
    });
    renderApp(<AppRoutes />, { route: '/credit-scores' });
    expect(await screen.findByTestId('credit-dist-summary')).toHaveTextContent('重庆市云阳县：共100家组织有信用评分');
    const regions = screen.getByTestId('credit-dist-regions');
    expect(within(regions).getByText('40 (80.0%)')).toBeInTheDocument();
    expect(within(screen.getByTestId('credit-dist-types')).getByText('50 (55.6%)')).toBeInTheDocument();
    fireEvent.click(within(regions).getByText('青龙街道'));
    await waitFor(() =>
      expect(
        api.calls.some((c) => c.path === '/api/credit-scores/distribution' && c.search.get('region') === '500235002'),
      ).toBe(true),
    );
  });
});

describe('信用评分方案', () => {
  const admin = meFixture({
    roles: ['system_admin'],
    permissions: ['credit.read', 'credit.scheme', 'todos.read'],
    regionCode: '50',
  });

  it("shows the sum live and puts the server's message beside the sum", async () => {
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: admin },
      'GET /api/credit-score-schemes': { body: schemeFixture() },
      'PUT /api/credit-score-schemes': apiError(400, 'VALIDATION_FAILED', '各指标满分之和应为1000分，当前为999分', {
        'definition.indicators': '各指标满分之和应为1000分，当前为999分',
      }),
    });
    renderApp(<AppRoutes />, { route: '/admin/credit-scheme' });
    expect(await screen.findByTestId('scheme-sum')).toHaveTextContent('合计 1000 分');
    const input = screen.getByTestId('scheme-max-registration');
    fireEvent.change(input, { target: { value: '139' } });
    await waitFor(() => expect(screen.getByTestId('scheme-sum')).toHaveTextContent('合计 999 分，应为1000分'));
    fireEvent.click(screen.getByTestId('scheme-save'));
    expect(await screen.findAllByText('各指标满分之和应为1000分，当前为999分')).not.toHaveLength(0);
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toMatchObject({
      baseVersion: 1,
      definition: {
        indicators: expect.arrayContaining([expect.objectContaining({ code: 'registration', maxPoints: 139 })]),
      },
    });
  });

  it('a county administrator sees the scheme read only', async () => {
    mockApi({
      ...shellRoutes,
      'GET /api/me': { body: { ...admin, regionCode: '500235' } },
      'GET /api/credit-score-schemes': { body: schemeFixture() },
    });
    renderApp(<AppRoutes />, { route: '/admin/credit-scheme' });
    expect(await screen.findByText('评分方案由省级及以上系统管理员维护，此处仅供查看')).toBeInTheDocument();
    expect(screen.queryByTestId('scheme-save')).toBeNull();
  });
});
