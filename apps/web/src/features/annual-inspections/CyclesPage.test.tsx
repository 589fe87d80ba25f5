import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi, type Call } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { bureauClerk } from '../annual-review/testFixtures';
import { cycleFixture, dashboardFixture } from './testFixtures';

type Routes = Parameters<typeof mockApi>[0];

function mockCycles(extra: Routes = {}) {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: bureauClerk },
    'GET /api/annual-inspection-cycles': { body: { items: [cycleFixture({ id: 2, year: 2024, status: 'closed' })] } },
    'GET /api/annual-inspection-cycles/:id/dashboard': { body: dashboardFixture() },
    ...extra,
  });
}
const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST');

describe('annual inspection cycles', () => {
  it('opens last year’s inspection with the regulations’ deadlines and shows a server message beside its field', async () => {
    // 10 March 2026 in China: the inspection opened now is for 2025.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T02:00:00Z'));
    let attempt = 0;
    const { calls } = mockCycles({
      'POST /api/annual-inspection-cycles': () =>
        ++attempt === 1
          ? apiError(400, 'VALIDATION_FAILED', '请求参数不正确', {
              authorityDue: '报登记管理机关的截止日期不能早于报业务主管单位的',
            })
          : { status: 201, body: cycleFixture() },
    });
    renderApp(<AppRoutes />, { route: '/annual-inspections' });
    expect(await screen.findByTestId('cycle-link-2')).toHaveTextContent('2024年度');

    fireEvent.click(screen.getByTestId('cycle-open'));
    const dialog = await screen.findByTestId('cycle-open-dialog');
    expect(within(dialog).getByTestId('cycle-open-year')).toHaveValue('2025');
    expect(within(dialog).getByTestId('cycle-open-authorityDue')).toHaveValue('2026年5月31日');
    fireEvent.click(screen.getByTestId('cycle-open-submit'));

    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]!.body).toEqual({
      year: 2025,
      supervisorDue: '2026-03-31',
      authorityDue: '2026-05-31',
      foundationDue: '2026-03-31',
    });
    expect(await within(dialog).findByText('报登记管理机关的截止日期不能早于报业务主管单位的')).toBeInTheDocument();

    fireEvent.click(screen.getByTestId('cycle-open-submit'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/annual-inspections/3'));
    vi.useRealTimers();
  });

  it('shows a cycle’s counts as cards, each linked to the reports behind it, and progress by supervising unit', async () => {
    mockCycles();
    renderApp(<AppRoutes />, { route: '/annual-inspections/3' });
    expect(await screen.findByTestId('cycle-title')).toHaveTextContent('云阳县民政局2025年度年检');
    expect(screen.getByTestId('cycle-count-due')).toHaveTextContent('492');
    expect(screen.getByTestId('cycle-count-submitted')).toHaveTextContent('400');
    expect(screen.getByTestId('cycle-card-submitted')).toHaveTextContent('占应报 81.3%');
    expect(screen.getByTestId('cycle-count-inReview')).toHaveTextContent('230');
    expect(screen.getByTestId('cycle-count-atParty')).toHaveTextContent('60');
    expect(screen.getByTestId('cycle-count-basicPass')).toHaveTextContent('12');
    expect(screen.getByTestId('cycle-count-overdue')).toHaveTextContent('35');
    expect(screen.getByTestId('cycle-count-late')).toHaveTextContent('18');
    expect(screen.getByTestId('cycle-count-link-atParty')).toHaveAttribute(
      'href',
      '/annual-reports?tab=all&status=in_review&step=party&cycleId=3',
    );
    expect(screen.getByTestId('cycle-count-link-overdue')).toHaveAttribute(
      'href',
      '/annual-reports?tab=all&cycleId=3&overdue=true',
    );
    expect(screen.getByTestId('cycle-unit-5')).toHaveAttribute(
      'href',
      '/annual-reports?tab=all&cycleId=3&supervisorUnitId=5',
    );
    expect(screen.getByTestId('cycle-by-supervisor')).toHaveTextContent('直接登记');
  });
});

vi.setConfig({ testTimeout: 20_000 });
