import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { clerkMe, requestFixture } from './testFixtures';

describe('移出与异议申请 (the authority’s queue)', () => {
  it('verifies (showing the day the listing must leave by), then approves with a reason', async () => {
    let current = requestFixture();
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: clerkMe() },
      'GET /api/credit-requests': () => ({ body: { items: [current], nextCursor: null } }),
      'POST /api/credit-requests/31/verify': () => {
        current = { ...current, status: 'verified', verifiedOn: '2026-09-29', removeBy: '2026-10-13', version: 2 };
        return { body: { ...current, calendarMissingYears: [] } };
      },
      'POST /api/credit-requests/31/approve': (call) => {
        current = { ...current, status: 'approved', decisionReason: (call.body as { reason: string }).reason };
        return { body: current };
      },
    });
    renderApp(<AppRoutes />, { route: '/credit-requests' });
    expect(await screen.findByTestId('credit-request-31')).toHaveTextContent('已补报2025年度工作报告');
    expect(screen.getByTestId('credit-request-status-31')).toHaveTextContent('已提交');

    fireEvent.click(screen.getByTestId('credit-verify-31'));
    fireEvent.click(await screen.findByTestId('credit-verify-ok-31'));
    expect(await screen.findByTestId('credit-request-remove-by-31')).toHaveTextContent('最迟2026年10月13日移出');
    expect(api.calls.find((c) => c.path.endsWith('/verify'))?.body).toEqual({ version: 1 });

    fireEvent.click(screen.getByTestId('credit-approve-31'));
    fireEvent.change(await screen.findByTestId('credit-decision-reason'), { target: { value: '核实无误，准予移出' } });
    fireEvent.click(screen.getByTestId('credit-decision-submit'));
    await waitFor(() => expect(screen.getByTestId('credit-request-status-31')).toHaveTextContent('已同意'));
    expect(api.calls.find((c) => c.path.endsWith('/approve'))?.body).toEqual({
      reason: '核实无误，准予移出',
      version: 2,
    });
  });
});
