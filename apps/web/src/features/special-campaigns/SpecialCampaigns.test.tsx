import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi, type Call } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { MySelfInspectionsTab } from './MySelfInspectionsTab';
import { campaignFixture, campaignOrgFixture, districtClerk, orgUser, selfInspectionFixture } from './testFixtures';

type Routes = Parameters<typeof mockApi>[0];
const writes = (calls: Call[]) => calls.filter((c) => c.method === 'POST' || c.method === 'PUT');

function mock(extra: Routes = {}, me = districtClerk) {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: me },
    'GET /api/regions/:code/children': { body: { items: [] } },
    'GET /api/special-campaigns': { body: { items: [campaignFixture()] } },
    'GET /api/special-campaigns/:id': { body: campaignFixture() },
    'GET /api/special-campaigns/:id/orgs': { body: { items: [campaignOrgFixture()], nextCursor: null } },
    'GET /api/special-campaigns/:id/problems': { body: { items: [] } },
    ...extra,
  });
}

const pages = <AppRoutes />;

describe('special campaigns (web)', () => {
  it('lists campaigns and shows the API’s field errors beside the create form’s fields', async () => {
    const { calls } = mock({
      'POST /api/special-campaigns': apiError(400, 'VALIDATION_FAILED', '提交的内容有误，请按提示修改', {
        'scope.types': '范围内没有本机关登记的社会组织',
      }),
    });
    renderApp(pages, { route: '/special-campaigns' });
    expect(await screen.findByTestId('sc-link-7')).toHaveTextContent('涉企收费专项清理整治');
    fireEvent.click(screen.getByTestId('sc-new'));
    const drawer = await screen.findByTestId('sc-drawer');
    fireEvent.click(within(drawer).getByTestId('sc-submit'));
    expect(await within(drawer).findByText('请填写名称')).toBeInTheDocument();
    expect(within(drawer).getByText('请填写题目')).toBeInTheDocument();
    expect(writes(calls)).toHaveLength(0);

    fireEvent.change(within(drawer).getByTestId('sc-title'), { target: { value: '涉企收费专项清理整治' } });
    fireEvent.change(within(drawer).getByTestId('sc-basis'), { target: { value: '国办发〔2020〕21号' } });
    fireEvent.change(within(drawer).getByTestId('sc-question-0-text'), { target: { value: '是否自定收费项目' } });
    fireEvent.click(within(drawer).getByTestId('sc-submit'));
    expect(await within(drawer).findByText('范围内没有本机关登记的社会组织')).toBeInTheDocument();
    expect(writes(calls)[0]!.body).toMatchObject({
      title: '涉企收费专项清理整治',
      scope: { regionCode: '330802', types: ['social_group'], categoryCodes: [] },
      form: { questions: [{ key: 'q1', text: '是否自定收费项目', kind: 'yes_no', required: true }] },
    });
  });

  it('shows the figures and confirms a reported rectification', async () => {
    const { calls } = mock({
      'POST /api/special-campaigns/:id/orgs/:rowId/confirm-rectification': {
        body: campaignOrgFixture({ rectification: 'confirmed', version: 4 }),
      },
    });
    renderApp(pages, { route: '/special-campaigns/7' });
    expect(await screen.findByTestId('sc-fig-inScope')).toHaveTextContent('321');
    expect(screen.getByTestId('sc-fig-checked')).toHaveTextContent('102');
    expect(screen.getByTestId('sc-fig-audited')).toHaveTextContent('57');
    expect(screen.getByTestId('sc-fig-withProblems')).toHaveTextContent('58');
    expect(screen.getByTestId('sc-fig-rectified')).toHaveTextContent('53');
    expect(screen.getByTestId('sc-new-plan')).toHaveAttribute('href', '/spot-check-plans?campaignId=7');
    expect(screen.getByTestId('sc-export')).toHaveTextContent('导出Excel');
    expect(await screen.findByTestId('sc-rect-11')).toHaveTextContent('已报整改，待确认');
    expect(screen.getByTestId('sc-evidence-file-91')).toHaveTextContent('会员大会决议.pdf');
    fireEvent.click(screen.getByTestId('sc-confirm-11'));
    await waitFor(() => expect(writes(calls)).toHaveLength(1));
    expect(writes(calls)[0]!.path).toBe('/api/special-campaigns/7/orgs/11/confirm-rectification');
    expect(writes(calls)[0]!.body).toEqual({ version: 3 });
  });

  it('closes the campaign after a confirmation, then shows it closed without the managing buttons', async () => {
    let closed = false;
    const detail = () => campaignFixture(closed ? { status: 'closed', canManage: false } : {});
    const { calls } = mock({
      'GET /api/special-campaigns/:id': () => ({ body: detail() }),
      'POST /api/special-campaigns/:id/close': () => ((closed = true), { body: detail() }),
    });
    renderApp(pages, { route: '/special-campaigns/7' });
    fireEvent.click(await screen.findByTestId('sc-close'));
    expect(writes(calls)).toHaveLength(0);
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(writes(calls).map((c) => c.path)).toEqual(['/api/special-campaigns/7/close']));
    await waitFor(() => expect(screen.queryByTestId('sc-close')).toBeNull());
    expect(screen.getByText('已结束')).toBeInTheDocument();
    expect(screen.queryByTestId('sc-new-plan')).toBeNull();
  });
});

describe('the organization’s self-inspection tab', () => {
  it('submits the answers and shows the API’s field errors beside the question', async () => {
    const { calls } = mock(
      {
        'GET /api/campaign-self-inspections': { body: { items: [selfInspectionFixture()] } },
        'PUT /api/campaign-self-inspections/:id': apiError(400, 'VALIDATION_FAILED', '提交的内容有误，请按提示修改', {
          'answers.q1.note': '发现问题的，请填写整改说明',
        }),
      },
      orgUser,
    );
    renderApp(<MySelfInspectionsTab />, { route: '/my-supervision' });
    const q1 = await screen.findByTestId('si-q-q1');
    fireEvent.click(within(q1).getByText('否'));
    fireEvent.click(within(q1).getByTestId('si-q1-problem'));
    fireEvent.change(screen.getByTestId('si-q2-value'), { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('si-submit-11'));
    expect(await screen.findByText('发现问题的，请填写整改说明')).toBeInTheDocument();
    expect(writes(calls)[0]!.path).toBe('/api/campaign-self-inspections/11');
    expect(writes(calls)[0]!.body).toEqual({
      answers: [
        { key: 'q1', value: false, problem: true, note: '' },
        { key: 'q2', value: 3, problem: false, note: '' },
      ],
      version: 1,
    });
  });

  it('reports a found problem rectified', async () => {
    const si = selfInspectionFixture({ status: 'submitted', problemFound: true, rectification: 'pending', version: 2 });
    const { calls } = mock(
      {
        'GET /api/campaign-self-inspections': { body: { items: [si] } },
        'POST /api/campaign-self-inspections/:id/rectified': { body: { ...si, rectification: 'claimed' } },
      },
      orgUser,
    );
    renderApp(<MySelfInspectionsTab />, { route: '/my-supervision' });
    fireEvent.change(await screen.findByTestId('si-evidence-11'), { target: { value: '已召开会员大会表决' } });
    fireEvent.click(screen.getByTestId('si-rectify-submit-11'));
    await waitFor(() => expect(writes(calls)).toHaveLength(1));
    expect(writes(calls)[0]!.body).toEqual({ evidence: '已召开会员大会表决', files: [], version: 2 });
  });
});
