import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';
import { ActivityForm } from './ActivityForm';
import { MeContext } from '../../app/session';
import { StepButtons } from './StepButtons';
import { detailFixture } from './testFixtures';

const orgAccount = meFixture({
  roles: ['org_account'],
  orgId: 7,
  permissions: ['account.self', 'activities.read', 'activities.post', 'todos.read', 'notifications.read'],
});
const clerk = meFixture({
  permissions: [
    'account.self',
    'orgs.read',
    'activities.read',
    'activities.decide',
    'todos.read',
    'notifications.read',
  ],
});
// Without a signed-in user (or when the read fails) the form falls back to the defaults.
const noSettings = { 'GET /api/activity-settings': { status: 403, body: { code: 'FORBIDDEN', message: '无权限' } } };

describe('the activity form', () => {
  it('shows the contract’s Chinese messages beside the fields and sends nothing', async () => {
    mockApi(noSettings);
    const onSubmit = vi.fn();
    renderApp(<ActivityForm onSubmit={onSubmit} />);
    fireEvent.click(screen.getByTestId('act-save'));
    expect(await screen.findByText('请填写活动名称')).toBeInTheDocument();
    expect(screen.getByText('请选择活动类型')).toBeInTheDocument();
    expect(screen.getByText('请填写预算')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the budget in fen and warns when a large gathering’s approval is due', async () => {
    mockApi(noSettings);
    const onSubmit = vi.fn();
    renderApp(
      <ActivityForm
        today="2026-04-01"
        onSubmit={onSubmit}
        initial={{
          title: '广场文艺汇演',
          kind: 'large_gathering',
          startsOn: dayjs('2026-05-10'),
          endsOn: dayjs('2026-05-10'),
          place: '滨江广场',
          expectedParticipants: 3000,
          budgetYuan: '1',
          partners: [],
          description: '社区文艺汇演',
        }}
      />,
    );
    expect(await screen.findByTestId('act-approval-hint')).toHaveTextContent('2026-04-20');
    fireEvent.change(screen.getByTestId('act-budget'), { target: { value: '12345.67' } });
    fireEvent.click(screen.getByTestId('act-save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ budgetFen: 1234567, kind: 'large_gathering' });
  });

  it("an organization account's form follows its bureau's settings, not the defaults", async () => {
    const api = mockApi({
      'GET /api/activity-settings': {
        body: {
          regionCode: '500235',
          approvalKinds: { training: 10 },
          reviewBeforePublish: true,
          majorMatterDays: 15,
          version: 2,
        },
      },
    });
    const org = meFixture({ roles: ['org_account'], orgId: 1, permissions: ['activities.read', 'activities.post'] });
    renderApp(
      <MeContext value={org}>
        <ActivityForm
          today="2026-04-01"
          onSubmit={vi.fn()}
          initial={{ kind: 'training', startsOn: dayjs('2026-05-10'), endsOn: dayjs('2026-05-10'), partners: [] }}
        />
      </MeContext>,
    );
    // 10 days before 2026-05-10 by the bureau's setting (training needs no approval by default).
    expect(await screen.findByTestId('act-approval-hint')).toHaveTextContent('2026-04-30');
    expect(api.calls.some((c) => c.path === '/api/activity-settings')).toBe(true);
  });

  it('refuses a budget with more than two decimals', async () => {
    mockApi(noSettings);
    renderApp(<ActivityForm onSubmit={vi.fn()} />);
    fireEvent.change(screen.getByTestId('act-budget'), { target: { value: '1.234' } });
    expect(await screen.findByText('金额最多两位小数')).toBeInTheDocument();
  });
});

describe('the step buttons', () => {
  it('shows exactly the steps the API allows, in order', () => {
    renderApp(<StepButtons actions={['cancel', 'finish', 'edit']} onAction={vi.fn()} />);
    const ids = [...screen.getByTestId('act-steps').querySelectorAll('button')].map((b) => b.dataset.testid);
    expect(ids).toEqual(['act-step-finish', 'act-step-edit', 'act-step-cancel']);
    expect(screen.queryByTestId('act-step-submit')).toBeNull();
  });

  it('shows nothing when no step is open', () => {
    renderApp(<StepButtons actions={[]} onAction={vi.fn()} />);
    expect(screen.queryByTestId('act-steps')).toBeNull();
  });

  it('lets the organization submit a returned activity and shows why it came back', async () => {
    let current = detailFixture({
      status: 'returned',
      returnReason: '照片不清晰',
      actions: ['edit', 'finish', 'submit'],
    });
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: orgAccount },
      'GET /api/activities/11': () => ({ body: current }),
      'POST /api/activities/11/submit': () => {
        current = { ...current, status: 'awaiting_review', actions: [] };
        return { body: { ok: true } };
      },
    });
    renderApp(<AppRoutes />, { route: '/my-activities/11' });
    expect(await screen.findByTestId('act-reason')).toHaveTextContent('照片不清晰');
    expect(screen.getByTestId('act-photos')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('act-step-submit'));
    await waitFor(() => expect(screen.getByTestId('act-status')).toHaveTextContent('待审核'));
    expect(screen.queryByTestId('act-steps')).toBeNull();
    expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/activities/11/submit')).toBe(true);
  });

  it('lets staff return an activity in review only with a reason', async () => {
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: clerk },
      'GET /api/activities/11': { body: detailFixture({ status: 'awaiting_review', actions: ['review'] }) },
      'POST /api/activities/11/review': { body: { ok: true } },
    });
    renderApp(<AppRoutes />, { route: '/activities/11' });
    fireEvent.click(await screen.findByTestId('act-step-review'));
    fireEvent.click(await screen.findByRole('radio', { name: '退回修改' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: '退回修改' })).toBeChecked());
    fireEvent.click(screen.getByTestId('act-decision-ok'));
    expect(await screen.findByText('请填写理由')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('act-decision-reason'), { target: { value: '缺少活动总结' } });
    fireEvent.click(screen.getByTestId('act-decision-ok'));
    await waitFor(() =>
      expect(api.calls.find((c) => c.path.endsWith('/review'))?.body).toEqual({
        approved: false,
        reason: '缺少活动总结',
      }),
    );
  });
});
