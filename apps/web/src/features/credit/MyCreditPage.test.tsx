import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { listingFixture, orgMe, requestFixture } from './testFixtures';

const profile = (
  requests = [
    requestFixture({
      status: 'rejected',
      decisionReason: '未见补报材料',
      decidedAt: '2026-04-03T02:00:00Z',
      decidedByName: '登记员',
    }),
  ],
) => ({
  org: { id: 7, name: '云阳县建筑业协会', uscc: '51500235MJB000018U', orgType: 'social_group' },
  listings: [
    listingFixture(),
    listingFixture({ id: 9, status: 'removed', removedOn: '2025-09-01', removalReason: 'auto_six_months' }),
    listingFixture({
      id: 13,
      autoRemoveOn: '2026-11-06',
      grounds: [{ ...listingFixture().grounds[0]!, id: 23, ground: 'minor_penalty', item: 5, label: '受到警告' }],
    }),
  ],
  records: [],
  requests,
});

async function openRemoval() {
  fireEvent.click(await screen.findByTestId('my-credit-apply-removal-11'));
  const form = await screen.findByTestId('credit-request-form');
  expect(screen.getByTestId('credit-request-help')).toHaveTextContent('已履行义务或完成整改的，可申请移出');
  fireEvent.change(within(form).getByTestId('credit-request-reason'), { target: { value: '已补报年度工作报告' } });
  fireEvent.click(screen.getByTestId('credit-request-submit'));
  return form;
}

describe('信用信息 (organization account)', () => {
  it('lists current and past listings and the requests with their decisions; only the active one offers requests', async () => {
    mockApi({ ...shellRoutes, 'GET /api/me': { body: orgMe() }, 'GET /api/credit-profiles/7': { body: profile() } });
    renderApp(<AppRoutes />, { route: '/my-credit' });
    expect(await screen.findByTestId('my-credit-status-11')).toHaveTextContent('在列');
    expect(screen.getByTestId('my-credit-status-9')).toHaveTextContent('已移出');
    expect(screen.getByTestId('my-credit-listing-9')).toHaveTextContent('列入满6个月，自动移出');
    expect(screen.queryByTestId('my-credit-apply-removal-9')).toBeNull();
    expect(screen.getByTestId('my-credit-apply-objection-11')).toBeInTheDocument();
    expect(screen.getByTestId('credit-request-decision-31')).toHaveTextContent('未见补报材料');
    // A warning leaves by time alone: nothing to apply for but an objection.
    expect(screen.queryByTestId('my-credit-apply-removal-13')).toBeNull();
    expect(screen.getByTestId('my-credit-apply-objection-13')).toBeInTheDocument();
    expect(screen.getByTestId('my-credit-auto-13')).toHaveTextContent('列入满6个月自动移出（2026年11月6日）');
  });

  it('shows the API’s refusal beside the request type, and a field message beside its field', async () => {
    let answer = apiError(409, 'CREDIT_NOT_REMOVABLE', '列入事由尚未履行，暂不能申请移出');
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: orgMe() },
      'GET /api/credit-profiles/7': { body: profile([]) },
      'POST /api/credit-requests': () => answer,
    });
    renderApp(<AppRoutes />, { route: '/my-credit' });
    const form = await openRemoval();
    await waitFor(() => expect(form).toHaveTextContent('列入事由尚未履行，暂不能申请移出'));
    const kindItem = within(form).getByTestId('credit-request-kind').closest('.ant-form-item')!;
    expect(kindItem).toHaveTextContent('列入事由尚未履行，暂不能申请移出');
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({
      listingId: 11,
      kind: 'removal',
      reason: '已补报年度工作报告',
      evidence: [],
    });

    answer = apiError(400, 'VALIDATION_FAILED', '请求参数不正确', { reason: '请写明履行义务的方式' });
    fireEvent.click(screen.getByTestId('credit-request-submit'));
    await waitFor(() => {
      const reasonItem = within(form).getByTestId('credit-request-reason').closest('.ant-form-item')!;
      expect(reasonItem).toHaveTextContent('请写明履行义务的方式');
    });
  });

  it('submits and closes on success', async () => {
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: orgMe() },
      'GET /api/credit-profiles/7': { body: profile([]) },
      'POST /api/credit-requests': { status: 201, body: requestFixture() },
    });
    renderApp(<AppRoutes />, { route: '/my-credit' });
    await openRemoval();
    expect(await screen.findByText('申请已提交')).toBeInTheDocument();
    await waitFor(() => expect(api.calls.filter((c) => c.path === '/api/credit-profiles/7')).toHaveLength(2));
  });
});
