import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TMe } from '@shezu/contracts';
import { AppRoutes } from '../../../app/routes';
import { apiError, mockApi, type Call } from '../../../test/fetchMock';
import { categoriesFixture, eventFixture, orgFixture, shellRoutes } from '../../../test/orgFixtures';
import { meFixture, renderApp } from '../../../test/render';

const CLERK = ['account.self', 'orgs.read', 'orgs.manage', 'orgs.pii', 'units.read', 'documents.read'];

function mockOrg(me: TMe, org = orgFixture(), extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: me },
    'GET /api/orgs/:id': { body: org },
    'GET /api/org-categories': { body: categoriesFixture },
    'GET /api/units': { body: { items: [], nextCursor: null } },
    ...extra,
  });
}

describe('the organization page', () => {
  it('offers 更正, 撤销登记 and 吊销 to the registering bureau only', async () => {
    const county = meFixture({ regionCode: '330802', regionName: '浙江省衢州市柯城区', permissions: CLERK });
    const org = orgFixture({ authorityRegionCode: '330802', authorityName: '衢州市柯城区民政局' });
    mockOrg(county, org);
    const { unmount } = renderApp(<AppRoutes />, { route: '/orgs/7' });
    expect(await screen.findByTestId('org-correct')).toBeInTheDocument();
    expect(screen.getByTestId('org-revoke')).toBeInTheDocument();
    expect(screen.getByTestId('org-withdraw')).toBeInTheDocument();
    unmount();

    // The city bureau reads the county's organization but decides nothing on it.
    mockOrg(meFixture({ regionCode: '3308', regionName: '浙江省衢州市', permissions: CLERK }), org);
    renderApp(<AppRoutes />, { route: '/orgs/7' });
    expect(await screen.findByTestId('org-name')).toHaveTextContent('云阳县建筑业协会');
    await screen.findByTestId('org-section-registration');
    expect(screen.queryByTestId('org-correct')).not.toBeInTheDocument();
    expect(screen.queryByTestId('org-revoke')).not.toBeInTheDocument();
    expect(screen.queryByTestId('org-withdraw')).not.toBeInTheDocument();
  });

  it('puts a removed organization’s status, date and reason first, and offers no second removal', async () => {
    const me = meFixture({ permissions: CLERK });
    mockOrg(
      me,
      orgFixture({
        status: 'withdrawn',
        statusDate: '2026-03-02',
        statusReason: '《条例》第三十条（云民罚决字〔2026〕3号）',
      }),
    );
    renderApp(<AppRoutes />, { route: '/orgs/7' });
    const notice = await screen.findByTestId('org-removed');
    expect(notice).toHaveTextContent('该组织已于2026年3月2日被吊销登记证书');
    expect(notice).toHaveTextContent('依据：《条例》第三十条（云民罚决字〔2026〕3号）');
    expect(screen.getByTestId('org-status')).toHaveTextContent('已吊销登记证书');
    expect(screen.getByTestId('org-correct')).toBeInTheDocument();
    expect(screen.queryByTestId('org-revoke')).not.toBeInTheDocument();
  });

  it('still answers a refusal out of decision scope (403) with the API’s reason', async () => {
    const { calls } = mockOrg(meFixture({ permissions: CLERK }), orgFixture(), {
      'POST /api/orgs/:id/revoke': apiError(403, 'OUT_OF_DECISION_SCOPE', '该记录不属于本级管辖，只能查看，不能办理'),
    });
    renderApp(<AppRoutes />, { route: '/orgs/7' });
    fireEvent.click(await screen.findByTestId('org-revoke'));
    const dialog = await screen.findByTestId('org-decision-dialog');
    fireEvent.change(within(dialog).getByTestId('org-decision-basis'), {
      target: { value: '《社会团体登记管理条例》第三十条' },
    });
    fireEvent.change(within(dialog).getByTestId('org-decision-ref'), { target: { value: '云民罚决字〔2026〕3号' } });
    fireEvent.click(screen.getByTestId('org-decision-submit'));
    fireEvent.click(await screen.findByTestId('org-decision-confirm'));
    expect(await screen.findByText('该记录不属于本级管辖，只能查看，不能办理')).toBeInTheDocument();
    const sent = calls.find((c) => c.path === '/api/orgs/7/revoke')!;
    expect(sent.body).toMatchObject({
      basis: '《社会团体登记管理条例》第三十条',
      decisionRef: '云民罚决字〔2026〕3号',
    });
    expect((sent.body as { date: string }).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows the timeline with labels, old → new values, grounds and tags, personal data masked', async () => {
    mockOrg(meFixture({ permissions: CLERK }), orgFixture(), {
      'GET /api/orgs/:id/events': {
        body: [
          eventFixture({
            id: 3,
            kind: 'corrected',
            occurredOn: '2026-03-02',
            actorName: '云阳县民政局登记员',
            basis: '依据登记档案更正',
            summary: '登记信息更正',
            public: false,
            changes: [
              { field: 'address', before: '沿江路66号', after: '复兴路1号' },
              { field: 'registeredFundsFen', before: 17000000, after: 20000000 },
              // Even were the API to send it, personal data stays hidden.
              { field: 'legalRepIdNumber', before: '500235199001011234', after: '***' },
            ],
          }),
          eventFixture(),
        ],
      },
    });
    renderApp(<AppRoutes />, { route: '/orgs/7?tab=timeline' });
    const corrected = await screen.findByTestId('org-event-3');
    const lines = within(within(corrected).getByTestId('org-event-changes')).getAllByRole('listitem');
    expect(lines.map((l) => l.textContent)).toEqual([
      '住所：沿江路66号 → 复兴路1号',
      '注册资金：170,000.00 元 → 200,000.00 元',
      '法定代表人身份证号码：*** → ***',
    ]);
    expect(corrected).not.toHaveTextContent('500235199001011234');
    expect(within(corrected).getByTestId('org-event-internal')).toHaveTextContent('内部');
    expect(within(corrected).getByTestId('org-event-basis')).toHaveTextContent('依据：依据登记档案更正');
    expect(corrected).toHaveTextContent('经办：云阳县民政局登记员');
    expect(within(screen.getByTestId('org-event-1')).getByTestId('org-event-public')).toHaveTextContent('公开');
  });

  it('reveals the legal representative’s full details on request, and corrects only what changed', async () => {
    const { calls } = mockOrg(meFixture({ permissions: CLERK }), orgFixture(), {
      'GET /api/orgs/:id/personal-data': {
        body: { legalRepIdNumber: '11010519491231002X', legalRepPhone: '13800000000' },
      },
      'PUT /api/orgs/:id': (call: Call) => ({
        body: orgFixture({ ...(call.body as object), version: 4 }),
      }),
    });
    renderApp(<AppRoutes />, { route: '/orgs/7' });
    expect(await screen.findByTestId('org-pii-id')).toHaveTextContent('500***********999X');
    fireEvent.click(screen.getByTestId('org-pii-reveal'));
    await waitFor(() => expect(screen.getByTestId('org-pii-id')).toHaveTextContent('11010519491231002X'));
    expect(screen.getByTestId('org-pii-phone')).toHaveTextContent('13800000000');
    expect(screen.getByTestId('org-pii-audited')).toBeInTheDocument();

    fireEvent.click(screen.getByTestId('org-correct'));
    const drawer = await screen.findByTestId('org-correct-drawer');
    fireEvent.change(within(drawer).getByTestId('org-form-address'), {
      target: { value: '重庆市云阳县青龙街道复兴路1号' },
    });
    fireEvent.click(screen.getByTestId('org-correct-submit'));
    expect(await screen.findByText('请填写更正依据（至少2个字）')).toBeInTheDocument();
    fireEvent.change(within(drawer).getByTestId('org-correct-basis'), { target: { value: '依据登记档案' } });
    fireEvent.click(screen.getByTestId('org-correct-submit'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      address: '重庆市云阳县青龙街道复兴路1号',
      version: 3,
      basis: '依据登记档案',
    });
  });
});
