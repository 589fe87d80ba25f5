import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TIndicatorSet, TIndicatorSetDefinition } from '@shezu/contracts';
import { AppRoutes } from '../../../app/routes';
import { apiError, mockApi, type Call } from '../../../test/fetchMock';
import { shellRoutes } from '../../../test/orgFixtures';
import { meFixture, renderApp } from '../../../test/render';
import { definitionFixture } from '../../annual-review/testFixtures';

const admin = meFixture({
  regionCode: '50',
  regionName: '重庆市',
  roles: ['system_admin'],
  permissions: ['account.self', 'todos.read', 'annual.read', 'annual.indicators'],
});

const setFixture = (): TIndicatorSet => ({
  id: 4,
  year: 2025,
  version: 3,
  note: '增加费用波动风险',
  createdAt: '2026-01-10T02:00:00Z',
  createdByName: '重庆市民政局管理员',
  definition: definitionFixture(),
});

describe('the indicator set editor', () => {
  it('saves the whole definition as a new version and puts the server’s messages on the right rows and fields', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T02:00:00Z'));
    const { calls } = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: admin },
      'GET /api/annual-indicator-sets/:year': { body: setFixture() },
      'PUT /api/annual-indicator-sets/:year': apiError(400, 'VALIDATION_FAILED', '请求参数不正确', {
        'definition.indicators[1].max': '最大值不能小于最小值',
        'definition.rules.0.assert': '引用了不存在的指标“bs_total”',
      }),
    });
    renderApp(<AppRoutes />, { route: '/admin/annual-indicators' });
    expect(await screen.findByTestId('indicator-version')).toHaveTextContent('第3版');
    expect(screen.getByTestId('indicator-version')).toHaveTextContent('增加费用波动风险');

    fireEvent.click(screen.getByTestId('indicator-edit-basic_name'));
    const drawer = await screen.findByTestId('indicator-drawer');
    fireEvent.change(within(drawer).getByTestId('indicator-labelZh'), { target: { value: '社会组织名称' } });
    fireEvent.click(screen.getByTestId('indicator-drawer-apply'));
    expect(await screen.findByTestId('indicator-save-bar')).toHaveTextContent('有1处未保存的修改');
    fireEvent.change(screen.getByTestId('indicator-note'), { target: { value: '名称改为社会组织名称' } });
    fireEvent.click(screen.getByTestId('indicator-save'));

    await waitFor(() => expect(calls.filter((c: Call) => c.method === 'PUT')).toHaveLength(1));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.path).toBe('/api/annual-indicator-sets/2025');
    const body = put.body as { definition: TIndicatorSetDefinition; baseVersion: number; note: string };
    expect(body.baseVersion).toBe(3);
    expect(body.note).toBe('名称改为社会组织名称');
    expect(body.definition.indicators[0]!.labelZh).toBe('社会组织名称');
    expect(body.definition.rules).toEqual(definitionFixture().rules);

    expect(await screen.findByTestId('indicator-problems')).toHaveTextContent('有2处问题，未保存');
    expect(await screen.findByTestId('indicator-problem-bs_total_assets_end')).toHaveTextContent(
      '最大值不能小于最小值',
    );

    fireEvent.click(screen.getByRole('tab', { name: /校验规则/ }));
    expect(await screen.findByTestId('rule-problem-bs_balance')).toHaveTextContent('引用了不存在的指标');
    fireEvent.click(screen.getByTestId('rule-edit-bs_balance'));
    const ruleDrawer = await screen.findByTestId('rule-drawer');
    expect(await within(ruleDrawer).findByText('引用了不存在的指标“bs_total”')).toBeInTheDocument();
    vi.useRealTimers();
  });
});

vi.setConfig({ testTimeout: 20_000 });
