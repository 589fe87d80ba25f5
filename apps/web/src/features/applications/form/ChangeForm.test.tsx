import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../../app/routes';
import { mockApi, type Call } from '../../../test/fetchMock';
import { orgFixture, shellRoutes } from '../../../test/orgFixtures';
import { renderApp } from '../../../test/render';
import { detailFixture, orgMe } from '../testFixtures';

const input = (testId: string) => {
  const el = screen.getByTestId(testId);
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : within(el).getByRole('textbox');
};
const type = (testId: string, value: string) => fireEvent.change(input(testId), { target: { value } });
const tick = (testId: string) => {
  const el = screen.getByTestId(testId);
  fireEvent.click(el.tagName === 'INPUT' ? el : within(el).getByRole('checkbox'));
};

describe('变更登记: the organization picks what changes', () => {
  it('shows the registered value beside each new one, checks the funds floor, and sends only the picked fields', async () => {
    const { calls } = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: orgMe() },
      'GET /api/orgs/7': { body: orgFixture() },
      'POST /api/applications': (call: Call) => ({
        status: 201,
        body: detailFixture({ id: 15, kind: 'change', orgId: 7, data: (call.body as { data: object }).data as never }),
      }),
    });
    renderApp(<AppRoutes />, { route: '/applications/new/change' });
    await screen.findByTestId('application-form');

    tick('application-change-address');
    tick('application-change-registeredFundsFen');
    expect(await screen.findByTestId('application-current-address')).toHaveTextContent(
      '现登记：重庆市云阳县龙洞镇沿江路66号',
    );
    expect(screen.getByTestId('application-current-registeredFundsFen')).toHaveTextContent('170,000.00 元');

    await screen.findByTestId('application-value-address');
    type('application-value-address', '重庆市云阳县青龙街道1号');
    type('application-value-registeredFundsFen', '20000');
    expect(await screen.findByTestId('rule-registeredFundsYuan')).toHaveTextContent('应不少于3万元');
    type('application-value-registeredFundsFen', '50000');
    await waitFor(() => expect(screen.queryByTestId('rule-registeredFundsYuan')).not.toBeInTheDocument());
    // A field picked and dropped again is not sent.
    tick('application-change-name');
    await screen.findByTestId('application-value-name');
    type('application-value-name', '云阳县建筑行业协会');
    tick('application-change-name');
    type('application-reason', '办公地点搬迁，增加活动资金');

    fireEvent.click(screen.getByTestId('application-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      kind: 'change',
      orgId: 7,
      attachments: [],
      data: { address: '重庆市云阳县青龙街道1号', registeredFundsFen: 5_000_000, reason: '办公地点搬迁，增加活动资金' },
    });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/applications/15/edit'));
  });
});
