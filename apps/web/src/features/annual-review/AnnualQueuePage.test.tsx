import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi, type Call } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { summaryFixture, unitReviewer } from './testFixtures';

const QUEUE = [
  summaryFixture({ id: 31, orgName: '云阳县餐饮行业协会', riskScore: 60, errorCount: 2, riskCount: 3, late: true }),
  summaryFixture({ id: 32, orgName: '云阳县书法家协会', riskScore: 10, errorCount: 0, riskCount: 1 }),
  summaryFixture({ id: 33, orgName: '云阳县摄影家协会', version: 7 }),
  summaryFixture({ id: 34, orgName: '云阳县音乐家协会', version: 2 }),
];

function mockQueue() {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: unitReviewer },
    'GET /api/annual-reports': { body: { items: QUEUE, nextCursor: 'c2' } },
    'POST /api/annual-reports/batch-approve': {
      body: {
        results: [
          { id: 33, ok: true, code: null },
          { id: 34, ok: false, code: 'STALE_VERSION' },
        ],
      },
    },
  });
}

const queueCalls = (calls: Call[]) => calls.filter((c) => c.method === 'GET' && c.path === '/api/annual-reports');
const checkbox = (id: number) => within(screen.getByTestId(`annual-row-${id}`)).getByRole('checkbox');

describe('the annual report review queue', () => {
  it('lists what waits for the user, riskiest first, with the findings and the deadline', async () => {
    const { calls } = mockQueue();
    renderApp(<AppRoutes />, { route: '/annual-reports' });
    await screen.findByTestId('annual-row-31');
    expect(Object.fromEntries(queueCalls(calls)[0]!.search)).toEqual({ mine: 'true', limit: '50' });
    const risky = screen.getByTestId('annual-row-31');
    expect(within(risky).getByTestId('annual-risk-31')).toHaveTextContent('60');
    expect(within(risky).getByTestId('annual-risk-31').className).toMatch(/red/);
    expect(within(risky).getByTestId('annual-findings-31')).toHaveTextContent('2');
    expect(within(risky).getByTestId('annual-risks-31')).toHaveTextContent('3');
    expect(risky).toHaveTextContent('业务主管单位审查');
    expect(risky).toHaveTextContent('2026年3月31日');
    expect(risky).toHaveTextContent('迟报');
    expect(screen.getByTestId('annual-risk-33').className).toMatch(/green/);
    expect(screen.getByTestId('load-more')).toBeInTheDocument();
  });

  it('lets only clean reports into the batch approval and shows what happened to each', async () => {
    const { calls } = mockQueue();
    renderApp(<AppRoutes />, { route: '/annual-reports' });
    await screen.findByTestId('annual-row-31');
    expect(checkbox(31)).toBeDisabled();
    expect(checkbox(32)).toBeDisabled();
    expect(checkbox(33)).toBeEnabled();
    expect(screen.getByTestId('annual-batch')).toBeDisabled();

    fireEvent.click(checkbox(33));
    fireEvent.click(checkbox(34));
    await waitFor(() => expect(screen.getByTestId('annual-batch')).toHaveTextContent('批量通过（2份）'));
    fireEvent.click(screen.getByTestId('annual-batch'));
    fireEvent.change(await screen.findByTestId('annual-batch-comment'), { target: { value: '同意' } });
    fireEvent.click(screen.getByTestId('annual-batch-confirm'));

    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      items: [
        { id: 33, version: 7 },
        { id: 34, version: 2 },
      ],
      comment: '同意',
    });
    const outcome = await screen.findByTestId('annual-batch-outcome');
    expect(outcome).toHaveTextContent('已通过 1 份，未通过 1 份');
    expect(outcome).toHaveTextContent('云阳县音乐家协会：该记录已被他人修改，请刷新后再编辑');
    expect(await screen.findByTestId('annual-result-34')).toHaveTextContent('未通过');
    expect(screen.getByTestId('annual-result-33')).toHaveTextContent('已通过');
  });

  it('sends the filters of the full list to the API and keeps them in the URL', async () => {
    const { calls } = mockQueue();
    renderApp(<AppRoutes />, { route: '/annual-reports?tab=all&cycleId=3&status=in_review&step=party' });
    await screen.findByTestId('annual-row-31');
    expect(Object.fromEntries(queueCalls(calls).at(-1)!.search)).toEqual({
      cycleId: '3',
      status: 'in_review',
      step: 'party',
      limit: '50',
    });
    // The full list has no batch action: reports there wait at other steps too.
    expect(screen.queryByTestId('annual-batch')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('annual-filter-overdue'));
    await waitFor(() =>
      expect(Object.fromEntries(queueCalls(calls).at(-1)!.search)).toMatchObject({ overdue: 'true' }),
    );
    const box = within(screen.getByTestId('annual-filter-search')).getByRole('searchbox');
    fireEvent.change(box, { target: { value: '5150023' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(Object.fromEntries(queueCalls(calls).at(-1)!.search)).toMatchObject({ q: '5150023' }));
    expect(screen.getByTestId('location')).toHaveTextContent('overdue=true');
  });
});

vi.setConfig({ testTimeout: 20_000 });
