import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TApplicationDetail, TMe } from '@shezu/contracts';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi, type Call } from '../../test/fetchMock';
import { orgFixture, shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { clerk, detailFixture, supervisor } from './testFixtures';

type Routes = Parameters<typeof mockApi>[0];

function mockDetail(me: TMe, detail: TApplicationDetail | (() => TApplicationDetail), extra: Routes = {}) {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: me },
    'GET /api/applications/:id': () => ({ body: typeof detail === 'function' ? detail() : detail }),
    'GET /api/calendar/years/:year/days': { body: [] },
    'GET /api/regions/:code': { status: 404, body: { code: 'NOT_FOUND', message: '行政区划不存在' } },
    'GET /api/org-categories': { body: [] },
    'GET /api/units/:id': { body: { id: 5, name: '云阳县文化和旅游发展委员会' } },
    'GET /api/orgs/:id': { body: orgFixture() },
    ...extra,
  });
}

const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST');
const actionButtons = () =>
  [...screen.getByTestId('review-actions').querySelectorAll('[data-testid^="review-action-"]')].map(
    (b) => (b as HTMLElement).dataset.testid,
  );

describe('the review page', () => {
  it('offers each user only the decisions the API allows them in this state', async () => {
    const atSupervisor = detailFixture({
      step: 'supervisor',
      allowedActions: ['supervisor-approve', 'supervisor-return'],
    });
    const first = mockDetail(supervisor, atSupervisor);
    const { unmount } = renderApp(<AppRoutes />, { route: '/reviews/11' });
    await screen.findByTestId('review-actions');
    expect(actionButtons()).toEqual(['review-action-supervisor-approve', 'review-action-supervisor-return']);
    expect(first.paths()).toContain('GET /api/applications/11');
    unmount();

    // The county bureau decides; an owner's action in the list is never a reviewer's button.
    mockDetail(clerk, detailFixture({ allowedActions: ['approve', 'reject', 'return', 'withdraw'] }));
    const second = renderApp(<AppRoutes />, { route: '/reviews/11' });
    await screen.findByTestId('review-actions');
    expect(actionButtons()).toEqual(['review-action-approve', 'review-action-return', 'review-action-reject']);
    second.unmount();

    // Still at the supervising unit: the bureau reads it but has nothing to do yet.
    mockDetail(clerk, detailFixture({ step: 'supervisor', allowedActions: [] }));
    renderApp(<AppRoutes />, { route: '/reviews/11' });
    expect(await screen.findByTestId('review-no-actions')).toHaveTextContent('当前状态下您无需办理，仅可查看');
    expect(screen.queryByTestId('review-actions')).not.toBeInTheDocument();
  });

  it('shows the application, its materials and its history', async () => {
    mockDetail(clerk, detailFixture());
    renderApp(<AppRoutes />, { route: '/reviews/11' });
    expect(await screen.findByTestId('review-title')).toHaveTextContent('云阳县书法家协会');
    expect(screen.getByTestId('application-data')).toHaveTextContent('书法交流、培训、展览');
    expect(screen.getByTestId('review-attachment-301')).toHaveTextContent('章程');
    expect(screen.getByTestId('review-attachment-301')).toHaveTextContent('章程.pdf');
    expect(screen.getByTestId('review-attachment-view-301')).toBeInTheDocument();
    expect(screen.queryByTestId('review-attachment-view-302')).not.toBeInTheDocument();
    const step = screen.getByTestId('review-history-3');
    expect(step).toHaveTextContent('业务主管单位审查同意');
    expect(step).toHaveTextContent('意见：同意成立');
    expect(step).toHaveTextContent('云阳县文旅委审查员');
    expect(screen.getByTestId('review-summary')).toHaveTextContent('云阳县文化和旅游发展委员会');
  });

  it('asks for a comment before returning an application, and sends it with the version', async () => {
    const { calls } = mockDetail(
      supervisor,
      detailFixture({ step: 'supervisor', allowedActions: ['supervisor-return'] }),
      {
        'POST /api/applications/:id/supervisor-return': {
          body: detailFixture({ status: 'returned', step: null, allowedActions: [], version: 4 }),
        },
      },
    );
    renderApp(<AppRoutes />, { route: '/reviews/11' });
    fireEvent.click(await screen.findByTestId('review-action-supervisor-return'));
    const dialog = await screen.findByTestId('review-decision-dialog');
    fireEvent.click(screen.getByTestId('review-decision-submit'));
    expect(await within(dialog).findByText('请填写退回修改的意见（至少2个字）')).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(0);

    fireEvent.change(within(dialog).getByTestId('review-decision-comment'), {
      target: { value: '请补充会员名册中单位会员的盖章' },
    });
    fireEvent.click(screen.getByTestId('review-decision-submit'));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]).toMatchObject({
      path: '/api/applications/11/supervisor-return',
      body: { version: 3, comment: '请补充会员名册中单位会员的盖章' },
    });
    expect(await screen.findByText('已退回修改：云阳县书法家协会')).toBeInTheDocument();
    expect(await screen.findByTestId('review-no-actions')).toBeInTheDocument();
  });

  it('tells the reviewer when someone else acted first (409), reloads, and keeps what was typed', async () => {
    let loads = 0;
    const change = detailFixture({ kind: 'change', orgId: 7, orgName: '云阳县建筑业协会' });
    const { calls } = mockDetail(
      clerk,
      () => {
        loads += 1;
        const data = { address: '重庆市云阳县青龙街道复兴路1号', reason: '办公地点搬迁' };
        return loads === 1
          ? { ...change, data }
          : { ...change, data, status: 'approved', step: null, allowedActions: [], version: 4 };
      },
      {
        'POST /api/applications/:id/approve': apiError(409, 'STALE_VERSION', '该记录已被他人修改，请刷新后再编辑'),
      },
    );
    renderApp(<AppRoutes />, { route: '/reviews/11' });

    // A change is read against the register.
    const register = await screen.findByTestId('review-register-diff');
    const row = register.querySelector('[data-field="address"]') as HTMLElement;
    expect(row).toHaveTextContent('重庆市云阳县龙洞镇沿江路66号');
    expect(row).toHaveTextContent('重庆市云阳县青龙街道复兴路1号');

    fireEvent.click(screen.getByTestId('review-action-approve'));
    const dialog = await screen.findByTestId('review-decision-dialog');
    fireEvent.change(within(dialog).getByTestId('review-decision-comment'), { target: { value: '材料齐全' } });
    fireEvent.click(screen.getByTestId('review-decision-submit'));

    const conflict = await within(dialog).findByTestId('review-conflict');
    expect(conflict).toHaveTextContent('该申请已由他人办理或已更新：该记录已被他人修改，请刷新后再编辑');
    await waitFor(() => expect(conflict).toHaveTextContent('在当前状态下已不能“批准”'));
    expect(loads).toBe(2);
    expect(posts(calls)[0]!.body).toEqual({ version: 3, comment: '材料齐全' });
    expect(within(dialog).getByTestId('review-decision-comment')).toHaveValue('材料齐全');
    expect(screen.getByTestId('review-decision-submit')).toBeDisabled();
  });

  it('records the credit code on approving an establishment, then links the organization and its certificate', async () => {
    const { calls } = mockDetail(clerk, detailFixture(), {
      'POST /api/applications/:id/approve': {
        body: detailFixture({
          status: 'approved',
          step: null,
          orgId: 77,
          allowedActions: [],
          version: 4,
          certificateDocumentId: 901,
        }),
      },
    });
    renderApp(<AppRoutes />, { route: '/reviews/11' });
    fireEvent.click(await screen.findByTestId('review-action-approve'));
    const dialog = await screen.findByTestId('review-decision-dialog');
    expect(dialog).toHaveTextContent('批准后将登记该组织、颁发登记证书');
    fireEvent.click(screen.getByTestId('review-decision-submit'));
    expect(await within(dialog).findByText('请填写统一社会信用代码')).toBeInTheDocument();

    fireEvent.change(within(dialog).getByTestId('org-form-uscc'), { target: { value: '51500235MJB000018U' } });
    fireEvent.click(screen.getByTestId('review-decision-submit'));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]!.body).toEqual({ version: 3, uscc: '51500235MJB000018U' });

    const outcome = await screen.findByTestId('review-outcome');
    expect(outcome).toHaveTextContent('已批准成立登记，登记证书已颁发');
    expect(within(outcome).getByTestId('review-outcome-certificate')).toBeInTheDocument();
    fireEvent.click(within(outcome).getByTestId('review-outcome-org'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/orgs/77'));
  });
});

vi.setConfig({ testTimeout: 20_000 });
