import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TApplicationDetail, TMe } from '@shezu/contracts';
import { AppRoutes } from '../../../app/routes';
import { apiError, mockApi, type Call } from '../../../test/fetchMock';
import { categoriesFixture, orgFixture, shellRoutes } from '../../../test/orgFixtures';
import { renderApp } from '../../../test/render';
import { applicantMe, detailFixture, orgMe } from '../testFixtures';

function mockDetail(app: TApplicationDetail, me: TMe = applicantMe(), extra: Record<string, unknown> = {}) {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: me },
    'GET /api/org-categories': { body: categoriesFixture },
    'GET /api/regions/:code': { status: 404, body: { code: 'NOT_FOUND', message: '未找到' } },
    'GET /api/supervisor-units': {
      body: [{ id: 3, name: '云阳县文化和旅游发展委员会', regionCode: '500235', regionName: '重庆市云阳县' }],
    },
    [`GET /api/applications/${app.id}`]: { body: app },
    ...extra,
  });
}

/** Presses OK in the open confirmation bubble. */
async function confirmPopup() {
  const ok = await waitFor(() => {
    const button = document.querySelector<HTMLElement>('.ant-popconfirm-buttons .ant-btn-primary');
    if (!button) throw new Error('no confirmation open');
    return button;
  });
  fireEvent.click(ok);
}

const returnedEntry = {
  id: 3,
  action: 'supervisor_returned',
  status: 'returned' as const,
  step: 'supervisor' as const,
  comment: '请补充会员名册',
  actorName: '云阳县文化和旅游发展委员会 李娜',
  submissionNo: 1,
  at: '2026-03-05T02:00:00Z',
};

describe('the applicant’s application page', () => {
  it('offers edit, submit and withdraw on a draft, and submits with the version seen', async () => {
    const { calls } = mockDetail(detailFixture(), applicantMe(), {
      'POST /api/applications/12/submit': {
        body: detailFixture({
          status: 'submitted',
          step: 'supervisor',
          dueDate: '2026-03-30',
          version: 2,
          submissionNo: 1,
          allowedActions: ['withdraw'],
        }),
      },
    });
    renderApp(<AppRoutes />, { route: '/applications/12' });
    expect(await screen.findByTestId('application-status-tag')).toHaveTextContent('草稿');
    expect(screen.getByTestId('application-edit')).toBeInTheDocument();
    expect(screen.getByTestId('application-withdraw')).toBeInTheDocument();
    // The form's content, read-only: money in 元, masked ID as the API gave it, the unit by name.
    expect(screen.getByTestId('application-data-registeredFundsFen')).toHaveTextContent('30,000.50 元');
    expect(screen.getByTestId('application-data-legalRepIdNumber')).toHaveTextContent('500***********999X');
    await waitFor(() =>
      expect(screen.getByTestId('application-data-supervisorUnitId')).toHaveTextContent('云阳县文化和旅游发展委员会'),
    );
    expect(screen.getByTestId('application-data-categoryCode')).toHaveTextContent('文化类');

    fireEvent.click(screen.getByTestId('application-submit'));
    await confirmPopup();
    await waitFor(() => expect(screen.getByTestId('application-status-tag')).toHaveTextContent('审查中'));
    expect(calls.find((c) => c.path === '/api/applications/12/submit')!.body).toEqual({ version: 1 });
    expect(screen.getByTestId('application-step')).toHaveTextContent('业务主管单位审查');
    expect(screen.getByTestId('application-due')).toHaveTextContent('2026年3月30日');
    expect(screen.queryByTestId('application-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('application-submit')).not.toBeInTheDocument();
  });

  it('shows the return comment, and withdraws with a reason', async () => {
    const app = detailFixture({
      status: 'returned',
      submissionNo: 1,
      version: 4,
      history: [...detailFixture().history, returnedEntry],
      versions: [{ no: 1, submittedAt: '2026-03-03T02:00:00Z', submittedByName: '张伟', attachments: [], changes: [] }],
    });
    const { calls } = mockDetail(app, applicantMe(), {
      'GET /api/applications/12/diff': { body: [{ field: 'memberCount', before: 40, after: 60 }] },
      'POST /api/applications/12/withdraw': (call: Call) => ({
        body: { ...app, status: 'withdrawn', allowedActions: [], version: 5, ...(call.body as object) },
      }),
    });
    renderApp(<AppRoutes />, { route: '/applications/12' });
    const notice = await screen.findByTestId('application-returned');
    expect(notice).toHaveTextContent('申请已被云阳县文化和旅游发展委员会 李娜退回修改');
    expect(notice).toHaveTextContent('请补充会员名册');

    fireEvent.click(screen.getByTestId('application-tab-history'));
    expect(await screen.findByTestId('history-3')).toHaveTextContent('业务主管单位退回修改');
    expect(screen.getByTestId('history-3')).toHaveTextContent('意见：请补充会员名册');
    fireEvent.click(screen.getByTestId('application-tab-versions'));
    expect(await screen.findByTestId('application-draft-diff')).toHaveTextContent('个人会员数：40 → 60');

    fireEvent.click(screen.getByTestId('application-withdraw'));
    fireEvent.change(await screen.findByTestId('application-withdraw-comment'), { target: { value: '发起人变更' } });
    fireEvent.click(screen.getByTestId('application-withdraw-confirm'));
    await waitFor(() => expect(screen.getByTestId('application-status-tag')).toHaveTextContent('已撤回'));
    expect(calls.find((c) => c.path.endsWith('/withdraw'))!.body).toEqual({ version: 4, comment: '发起人变更' });
    expect(screen.queryByTestId('application-withdraw')).not.toBeInTheDocument();
  });

  it('sends a refused submission back to the form with the messages beside the fields', async () => {
    mockDetail(detailFixture(), applicantMe(), {
      'GET /api/regions/500235': {
        body: {
          code: '500235',
          name: '云阳县',
          fullName: '重庆市云阳县',
          level: 'county',
          gbCode: '500235',
          parentCode: '5002',
          placeholder: false,
          population: null,
          hasChildren: true,
          version: 1,
          ancestors: [],
        },
      },
      'GET /api/registration-settings/:code': {
        body: {
          regionCode: '500235',
          preparationRequired: false,
          supervisorDays: 20,
          authorityDays: 20,
          signUpApproval: false,
          definedIn: 'default',
          version: null,
        },
      },
      'POST /api/applications/12/submit': apiError(400, 'VALIDATION_FAILED', '提交的内容有误：个人会员应不少于50个', {
        'data.memberCount': '个人会员应不少于50个，当前40个',
      }),
    });
    renderApp(<AppRoutes />, { route: '/applications/12' });
    fireEvent.click(await screen.findByTestId('application-submit'));
    await confirmPopup();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/applications/12/edit'));
    const item = (await screen.findByTestId('application-members')).closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(item).toHaveTextContent('个人会员应不少于50个，当前40个'));
  });

  it('after approval offers the certificate and the new organization, and no actions', async () => {
    const app = detailFixture({
      status: 'approved',
      orgId: 7,
      decidedAt: '2026-04-01T03:00:00Z',
      submissionNo: 1,
      allowedActions: [],
      certificateDocumentId: 31,
    });
    const { calls } = mockDetail(app, orgMe(), {
      'GET /api/documents/31/pdf': {
        raw: '%PDF-1.7',
        headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="c.pdf"' },
      },
    });
    URL.createObjectURL = () => 'blob:cert';
    URL.revokeObjectURL = () => undefined;
    renderApp(<AppRoutes />, { route: '/applications/12' });
    const notice = await screen.findByTestId('application-approved');
    expect(notice).toHaveTextContent('已准予成立登记（2026年4月1日）');
    expect(screen.queryByTestId('application-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('application-withdraw')).not.toBeInTheDocument();
    expect(within(notice).getByTestId('application-org-link')).toHaveAttribute('href', '/orgs/7');
    fireEvent.click(within(notice).getByTestId('application-certificate'));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/documents/31/pdf')).toBe(true));
  });

  it('compares a change with the register while it is pending', async () => {
    const app = detailFixture({
      kind: 'change',
      orgId: 7,
      orgName: '云阳县建筑业协会',
      authorityRegionCode: '500235',
      status: 'submitted',
      step: 'authority',
      submissionNo: 1,
      allowedActions: ['withdraw'],
      data: { address: '重庆市云阳县青龙街道1号', registeredFundsFen: 50_000_000, reason: '搬迁并增加活动资金' },
    });
    mockDetail(app, orgMe(), { 'GET /api/orgs/7': { body: orgFixture() } });
    renderApp(<AppRoutes />, { route: '/applications/12' });
    const table = await screen.findByTestId('application-change-comparison');
    await waitFor(() => expect(table).toHaveTextContent('重庆市云阳县龙洞镇沿江路66号'));
    expect(table).toHaveTextContent('170,000.00 元');
    expect(screen.getByTestId('change-next-address')).toHaveTextContent('重庆市云阳县青龙街道1号');
    expect(screen.getByTestId('change-next-registeredFundsFen')).toHaveTextContent('500,000.00 元');
    expect(screen.getByTestId('application-data-reason')).toHaveTextContent('搬迁并增加活动资金');
    expect(screen.queryByTestId('application-submit')).not.toBeInTheDocument();
    expect(screen.getByTestId('application-withdraw')).toBeInTheDocument();
  });
});
