import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi, type Call } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { zhCN } from '../../lib/i18n/catalogue';
import { signalFacts } from './signalText';
import { campaignFixture, candidateFixture, districtClerk, previewFixture } from './testFixtures';

type Routes = Parameters<typeof mockApi>[0];
const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST');

function mockDormant(extra: Routes = {}) {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: districtClerk },
    'GET /api/dormant-campaigns': { body: { items: [campaignFixture()] } },
    'GET /api/dormant-campaigns/:id': { body: campaignFixture() },
    'GET /api/dormant-campaigns/:id/candidates': { body: { items: [candidateFixture()], nextCursor: null } },
    'GET /api/dormant-candidates/preview': { body: previewFixture() },
    ...extra,
  });
}

describe('signal facts in words', () => {
  const t = (key: string, vars: Record<string, unknown> = {}) =>
    (zhCN as Record<string, string>)[key]!.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
  const date = (d: string) => d;
  it('names the years, dates and months behind each signal', () => {
    expect(signalFacts({ code: 'annual_missed', years: [2024, 2025] }, t, date)).toBe('2024、2025年度未参加年检');
    expect(
      signalFacts({ code: 'unreachable', listedOn: null, unsignedLetters: ['2026-01-05', '2026-02-10'] }, t, date),
    ).toBe('专用信函2026-01-05、2026-02-10两次无人签收');
    expect(
      signalFacts(
        {
          code: 'no_activity',
          lastActivityOn: '2024-03-02',
          since: '2024-03-02',
          dormantFrom: '2026-03-02',
          months: 24,
        },
        t,
        date,
      ),
    ).toBe('最近公开活动2024-03-02，已满24个月');
    expect(
      signalFacts(
        {
          code: 'council_overdue',
          lastRenewedOn: null,
          foundedOn: '2015-05-10',
          termYears: 5,
          dueOn: '2020-05-10',
          overdueFrom: '2021-05-11',
        },
        t,
        date,
      ),
    ).toBe('成立于2015-05-10，未见换届记录，届期5年，2020-05-10届满');
  });
});

describe('dormant clean-up campaigns', () => {
  it('lists campaigns with their completion rate and previews candidates before creating one', async () => {
    const { calls } = mockDormant({
      'POST /api/dormant-campaigns': { status: 201, body: campaignFixture({ id: 9 }) },
    });
    renderApp(<AppRoutes />, { route: '/dormant-campaigns' });
    expect(await screen.findByTestId('campaign-link-7')).toHaveTextContent('2026年柯城区僵尸型社会组织清理整治');
    expect(screen.getByTestId('campaign-rate-7')).toHaveTextContent('82.08%');

    fireEvent.click(screen.getByTestId('campaign-new'));
    const drawer = await screen.findByTestId('campaign-drawer');
    fireEvent.click(within(drawer).getByTestId('campaign-preview'));
    const list = await within(drawer).findByTestId('campaign-preview-list');
    expect(within(list).getByTestId('campaign-preview-summary')).toHaveTextContent('检查120家，符合条件1家');
    const org = within(list).getByTestId('preview-org-44');
    expect(within(org).getByTestId('signal-annual_missed')).toHaveTextContent('连续未年检2024、2025年度未参加年检');
    expect(within(org).getByTestId('signal-unreachable')).toHaveTextContent('两次无人签收');
    expect(within(list).getByTestId('dormant-no-data')).toHaveTextContent('暂无数据：长期未开展活动、逾期未换届');
    const preview = calls.find((c) => c.path === '/api/dormant-candidates/preview')!;
    expect(preview.search.get('missedYears')).toBe('2');
    expect(preview.search.getAll('signals')).toEqual([
      'annual_missed',
      'unreachable',
      'no_activity',
      'council_overdue',
    ]);

    fireEvent.change(within(drawer).getByTestId('campaign-title'), { target: { value: '柯城区清理整治' } });
    fireEvent.click(within(drawer).getByTestId('campaign-submit'));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]!.body).toMatchObject({
      title: '柯城区清理整治',
      scope: { regionCode: '330802', types: ['social_group', 'service_institution', 'foundation'] },
      params: { missedYears: 2, inactiveMonths: 24, councilTermYears: 5, councilGraceMonths: 12, minSignals: 1 },
    });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/dormant-campaigns/9'));
  });

  it('shows counts, the revocations announced, and disposes a candidate by revocation with its decision', async () => {
    const { calls } = mockDormant({
      'POST /api/dormant-campaigns/:id/candidates/:candidateId/dispose': {
        body: candidateFixture({ disposal: 'revoke', version: 4 }),
      },
    });
    renderApp(<AppRoutes />, { route: '/dormant-campaigns/7' });
    expect(await screen.findByTestId('campaign-title')).toHaveTextContent('2026年柯城区僵尸型社会组织清理整治');
    expect(screen.getByTestId('campaign-count-listed')).toHaveTextContent('614');
    expect(screen.getByTestId('campaign-count-rate')).toHaveTextContent('82.08%');
    expect(screen.getByTestId('campaign-count-reactivate')).toHaveTextContent('60');
    expect(screen.getByTestId('revocation-33')).toHaveTextContent('柯城区某某协会');
    expect(screen.getByTestId('revocation-33')).toHaveTextContent('柯民撤〔2026〕1号');

    fireEvent.click(await screen.findByTestId('candidate-dispose-11'));
    const dialog = await screen.findByTestId('dispose-dialog');
    fireEvent.click(within(dialog).getByText('撤销'));
    await within(dialog).findByTestId('dispose-decisionRef');
    fireEvent.click(screen.getByTestId('dispose-submit'));
    expect(await within(dialog).findByText('撤销、注销须填写决定书文号')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByTestId('dispose-decisionRef'), { target: { value: '柯民撤〔2026〕2号' } });
    fireEvent.change(within(dialog).getByTestId('dispose-basis'), {
      target: { value: '《社会团体登记管理条例》第三十条' },
    });
    fireEvent.change(within(dialog).getByTestId('dispose-note'), { target: { value: '两年未年检且无法联系' } });
    fireEvent.click(screen.getByTestId('dispose-submit'));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]!.path).toBe('/api/dormant-campaigns/7/candidates/11/dispose');
    expect(posts(calls)[0]!.body).toEqual({
      disposal: 'revoke',
      note: '两年未年检且无法联系',
      evidence: [],
      decisionRef: '柯民撤〔2026〕2号',
      basis: '《社会团体登记管理条例》第三十条',
      version: 3,
    });
  });

  it('asks for evidence before recording a rectification', async () => {
    const { calls } = mockDormant();
    renderApp(<AppRoutes />, { route: '/dormant-campaigns/7' });
    fireEvent.click(await screen.findByTestId('candidate-dispose-11'));
    const dialog = await screen.findByTestId('dispose-dialog');
    fireEvent.click(within(dialog).getByText('整改'));
    fireEvent.change(within(dialog).getByTestId('dispose-note'), { target: { value: '限期整改' } });
    fireEvent.click(screen.getByTestId('dispose-submit'));
    expect(await within(dialog).findByText('整改、激活须上传证明材料')).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(0);
  });

  it('says 404 for a campaign outside the bureau’s scope', async () => {
    mockDormant({ 'GET /api/dormant-campaigns/:id': apiError(404, 'NOT_FOUND', '记录不存在或不在您的查看范围内') });
    renderApp(<AppRoutes />, { route: '/dormant-campaigns/8' });
    expect(await screen.findByText('404')).toBeInTheDocument();
  });
});
