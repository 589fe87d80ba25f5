import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TRegion } from '@shezu/contracts';
import { AppRoutes } from '../../../app/routes';
import { chooseOption } from '../../../test/antd';
import { apiError, mockApi, type Call } from '../../../test/fetchMock';
import { categoriesFixture, shellRoutes } from '../../../test/orgFixtures';
import { renderApp } from '../../../test/render';
import { applicantMe, detailFixture, summaryFixture } from '../testFixtures';

const region = (code: string, name: string, fullName: string, over: Partial<TRegion> = {}): TRegion => ({
  code,
  gbCode: code.padEnd(6, '0'),
  name,
  fullName,
  level: code.length === 2 ? 'province' : code.length === 4 ? 'city' : 'county',
  parentCode: null,
  placeholder: false,
  population: null,
  hasChildren: true,
  ...over,
});
const yunyang = {
  ...region('500235', '云阳县', '重庆市云阳县'),
  version: 1,
  ancestors: [region('50', '重庆市', '重庆市'), region('5002', '县', '重庆市', { placeholder: true, level: 'city' })],
};
// Approved yesterday: the 6-month window is open.
const approvedAt = new Date(Date.now() - 86_400_000).toISOString();

function mockForm() {
  let submits = 0;
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: applicantMe() },
    'GET /api/regions/500235': { body: yunyang },
    'GET /api/regions/:code/children': { body: [] },
    'GET /api/org-categories': { body: categoriesFixture },
    'GET /api/supervisor-units': {
      body: [{ id: 3, name: '云阳县文化和旅游发展委员会', regionCode: '500235', regionName: '重庆市云阳县' }],
    },
    'GET /api/registration-settings/:code': {
      body: {
        regionCode: '500235',
        preparationRequired: true,
        supervisorDays: 20,
        authorityDays: 20,
        signUpApproval: false,
        definedIn: 'default',
        version: null,
      },
    },
    'GET /api/applications': {
      body: {
        items: [summaryFixture({ id: 5, kind: 'preparation', status: 'approved', decidedAt: approvedAt })],
        nextCursor: null,
      },
    },
    'POST /api/applications': (call: Call) => ({
      status: 201,
      body: detailFixture({ data: (call.body as { data: Record<string, unknown> }).data }),
    }),
    'PUT /api/applications/12': (call: Call) => ({
      body: detailFixture({ version: 2, data: (call.body as { data: Record<string, unknown> }).data }),
    }),
    'POST /api/applications/12/submit': () =>
      ++submits === 1
        ? apiError(400, 'VALIDATION_FAILED', '提交的内容有误：请填写法定代表人身份证号码', {
            'data.legalRepIdNumber': '请填写法定代表人身份证号码',
            'data.registeredFundsFen': '活动资金须与验资报告一致',
          })
        : { body: detailFixture({ status: 'submitted', step: 'supervisor', version: 3, submissionNo: 1 }) },
    'GET /api/applications/12': { body: detailFixture({ status: 'submitted', step: 'supervisor', version: 3 }) },
  });
}

const input = (testId: string) => {
  const el = screen.getByTestId(testId);
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : within(el).getByRole('textbox');
};
const type = (testId: string, value: string) => fireEvent.change(input(testId), { target: { value } });
/** The form item (label, input, messages) holding a control. */
const itemOf = (testId: string) => screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;

describe('成立登记: the founder’s establishment form', () => {
  it('shows the founding rules live, sends 元 as fen, and puts the API’s submission errors beside the fields', async () => {
    const { calls } = mockForm();
    renderApp(<AppRoutes />, { route: '/applications/new/establishment' });
    await screen.findByTestId('application-form');

    // The bureau defaults to the founder's own county; 民政部 and 重庆市 are offered, the placeholder 县 is not.
    await waitFor(() => expect(itemOf('application-authority')).toHaveTextContent('云阳县民政局'));
    await chooseOption('application-type', '社会团体');
    expect(await screen.findByTestId('application-rules')).toHaveTextContent(
      '个人会员不少于50个，或单位会员不少于30个',
    );
    await chooseOption('application-category', '文化类');
    await chooseOption('application-supervisor', '云阳县文化和旅游发展委员会');

    type('application-name', '云阳县摄影家协会');
    fireEvent.mouseDown(within(screen.getByTestId('application-region')).getByRole('combobox'));
    fireEvent.click(await screen.findByText('云阳县', { selector: '.ant-cascader-menu-item-content' }));
    type('application-address', '重庆市云阳县双江街道滨江大道88号');
    type('application-scope', '摄影交流、培训');
    type('application-legal-rep', '林明伟');

    // Regulation minimums appear beside the figures as they are typed.
    type('application-funds', '20000');
    expect(await screen.findByTestId('rule-registeredFundsYuan')).toHaveTextContent(
      '地方性社会团体的活动资金应不少于3万元，当前2万元',
    );
    type('application-funds', '30000.5');
    await waitFor(() => expect(screen.queryByTestId('rule-registeredFundsYuan')).not.toBeInTheDocument());
    type('application-members', '40');
    expect(await screen.findByTestId('rule-memberCount')).toHaveTextContent('个人会员应不少于50个，当前40个');
    type('application-members', '60');
    await waitFor(() => expect(screen.queryByTestId('rule-memberCount')).not.toBeInTheDocument());

    // The approved preparation and its 6-month deadline.
    await chooseOption('application-preparation', '云阳县摄影家协会（第5号');
    expect(await screen.findByTestId('application-preparation-deadline')).toHaveTextContent(
      /应在\d{4}年\d+月\d+日前申请成立登记/,
    );

    fireEvent.click(screen.getByTestId('application-submit'));
    // The API's messages stand beside their fields: the ID number, and the 元 field for the fen amount.
    await waitFor(() => expect(itemOf('application-legal-rep-id')).toHaveTextContent('请填写法定代表人身份证号码'));
    expect(itemOf('application-funds')).toHaveTextContent('活动资金须与验资报告一致');
    const created = calls.find((c) => c.method === 'POST' && c.path === '/api/applications')!.body;
    expect(created).toEqual({
      kind: 'establishment',
      attachments: [],
      data: {
        authorityRegionCode: '500235',
        name: '云阳县摄影家协会',
        type: 'social_group',
        categoryCode: 'culture',
        supervisorUnitId: 3,
        regionCode: '500235',
        address: '重庆市云阳县双江街道滨江大道88号',
        legalRepName: '林明伟',
        businessScope: '摄影交流、培训',
        registeredFundsFen: 3_000_050,
        memberCount: 60,
        unitMemberCount: null,
        publicFundraising: false,
        preparationId: 5,
      },
    });
    // The draft now exists: the address says so, and nothing typed was lost.
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/applications/12/edit'));
    expect(input('application-name')).toHaveValue('云阳县摄影家协会');
    expect(itemOf('application-legal-rep-id')).toHaveTextContent('请填写法定代表人身份证号码');

    type('application-legal-rep-id', '11010519491231002x');
    fireEvent.click(screen.getByTestId('application-submit'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/applications\/12$/));
    const put = calls.find((c) => c.method === 'PUT')!.body as { version: number; data: Record<string, unknown> };
    expect(put.version).toBe(1);
    expect(put.data.legalRepIdNumber).toBe('11010519491231002X');
    expect(calls.filter((c) => c.path === '/api/applications/12/submit').map((c) => c.body)).toEqual([
      { version: 1 },
      { version: 2 },
    ]);
  });

  it('refuses kinds the account may not file', async () => {
    mockForm();
    renderApp(<AppRoutes />, { route: '/applications/new/deregistration' });
    expect(await screen.findByTestId('application-kind-refused')).toBeInTheDocument();
    expect(screen.queryByTestId('application-form')).not.toBeInTheDocument();
  });
});
