import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { sampleReportValues } from '@shezu/contracts';
import { AppRoutes } from '../../../app/routes';
import { apiError } from '../../../test/fetchMock';
import { renderApp } from '../../../test/render';
import { detailFixture, savedFixture } from '../testFixtures';
import { confirmPopup, inputOf, issuesText, mockReport, openSection, puts, type } from './testSupport';

const ROUTE = '/annual-reports/31/fill';

describe('the annual report form', () => {
  it('renders the sections and indicators of the definition, with 行次, computed subtotals and help', async () => {
    mockReport(detailFixture());
    renderApp(<AppRoutes />, { route: ROUTE });
    const name = await screen.findByTestId('field-basic_name');
    expect(name).toHaveTextContent('组织名称');
    expect(inputOf('basic_name')).toHaveValue('示例市软件行业协会');
    // Only what applies: a social group is asked for its members, not a foundation's items.
    expect(screen.getByTestId('field-basic_individual_members')).toBeInTheDocument();
    for (const s of ['basic', 'balance_sheet', 'activity_statement', 'governance', 'attachments', 'submit'])
      expect(screen.getByTestId(`step-${s}`)).toBeInTheDocument();
    expect(screen.queryByTestId('step-charity')).not.toBeInTheDocument();

    await openSection('balance_sheet');
    expect(screen.getByTestId('field-bs_total_assets_end')).toHaveTextContent('行次 60');
    expect(inputOf('bs_total_assets_end')).toHaveValue('5000000.00');
    // A subtotal is computed from its lines, shown read-only.
    const computed = screen.getAllByText('自动计算');
    expect(computed.length).toBeGreaterThan(0);
    expect(screen.queryByTestId('field-basic_name')).not.toBeInTheDocument();
  });

  it('sends money typed in 元 as integer fen, only the changed value of the section, after the pause', async () => {
    const { calls } = mockReport(detailFixture(), {
      'PUT /api/annual-reports/31/sections/:section': { body: savedFixture() },
    });
    renderApp(<AppRoutes />, { route: ROUTE });
    await screen.findByTestId('field-basic_name');
    await openSection('balance_sheet');
    type('bs_cash_end', '1234.56');
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]!.path).toBe('/api/annual-reports/31/sections/balance_sheet');
    expect(puts(calls)[0]!.body).toEqual({ values: { bs_cash_end: 123456 } });
    // 06:30:15 UTC is 14:30:15 in China.
    expect(await screen.findByTestId('save-status')).toHaveTextContent('已自动保存 14:30:15');
  });

  it('shows a value the server refuses beside its field and keeps what was typed', async () => {
    const { calls } = mockReport(detailFixture(), {
      'PUT /api/annual-reports/31/sections/:section': apiError(400, 'VALIDATION_FAILED', '提交的数据有误', {
        basic_contact_phone: '联系电话格式不正确',
      }),
    });
    renderApp(<AppRoutes />, { route: ROUTE });
    await screen.findByTestId('field-basic_contact_phone');
    type('basic_contact_phone', '12345');
    await waitFor(() => expect(issuesText('basic_contact_phone')).toHaveTextContent('联系电话格式不正确'));
    expect(inputOf('basic_contact_phone')).toHaveValue('12345');
    expect(puts(calls)).toHaveLength(1);
    expect(screen.getByTestId('save-status')).toHaveTextContent('有1项未能保存');
    // The unconfirmed input survives a reload on this device.
    expect(JSON.parse(localStorage.getItem('shezu.annualDraft.31.basic') ?? '{}')).toEqual({
      basic_contact_phone: '12345',
    });
  });

  it('shows an unbalanced balance sheet’s rule beside the total before anything is sent', async () => {
    const { calls } = mockReport(detailFixture());
    renderApp(<AppRoutes />, { route: ROUTE });
    await screen.findByTestId('field-basic_name');
    await openSection('balance_sheet');
    type('bs_total_assets_end', '4000000');
    expect(issuesText('bs_total_assets_end')).toHaveTextContent(
      '资产总计的期末数与负债和净资产总计的期末数不相等，请核对！',
    );
    expect(within(screen.getByTestId('step-balance_sheet')).getByTestId('step-badge-balance_sheet')).toBeVisible();
    expect(puts(calls)).toHaveLength(0);
  });

  it('keeps the submit button disabled while the checks find errors', async () => {
    const values = { ...sampleReportValues('social_group'), bs_total_assets_end: 400_000_000 };
    mockReport(detailFixture({ values }));
    renderApp(<AppRoutes />, { route: ROUTE });
    await screen.findByTestId('field-basic_name');
    await openSection('submit');
    expect(screen.getByTestId('summary-errors')).not.toHaveTextContent('错误 0');
    expect(screen.getByTestId('summary-errors-list')).toHaveTextContent('资产负债表 · 资产总计的期末数');
    expect(screen.getByTestId('report-submit')).toBeDisabled();
  });

  it('submits a clean report with its version, then shows it read-only under review', async () => {
    const submitted = detailFixture({
      status: 'in_review',
      step: 'authority',
      version: 5,
      can: { fill: false, submit: false, review: false, conclude: false },
    });
    submitted.history = [
      {
        action: 'submitted',
        step: null,
        comment: null,
        indicatorComments: {},
        actorName: '云阳县建筑业协会',
        at: '2026-03-02T07:00:00Z',
        submissionNo: 1,
      },
    ];
    const { calls } = mockReport(detailFixture(), { 'POST /api/annual-reports/31/submit': { body: submitted } });
    renderApp(<AppRoutes />, { route: ROUTE });
    await screen.findByTestId('field-basic_name');
    await openSection('submit');
    expect(screen.getByTestId('summary-errors')).toHaveTextContent('错误 0');
    fireEvent.click(screen.getByTestId('report-submit'));
    await confirmPopup();
    await waitFor(() => expect(screen.getByTestId('report-status')).toHaveTextContent('审查中'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 4 });
    expect(screen.getByTestId('report-timeline')).toHaveTextContent('提交年度报告');
    expect(inputOf('basic_name')).toBeDisabled();
    expect(screen.queryByTestId('step-submit')).not.toBeInTheDocument();
  });

  it('shows the reviewer’s return comment at the top and the indicator comments beside their fields', async () => {
    const detail = detailFixture({
      status: 'returned',
      submissionNo: 1,
      history: [
        {
          action: 'supervisor_returned',
          step: 'supervisor',
          comment: '请核对联系人信息',
          indicatorComments: { basic_contact_phone: '电话无法接通' },
          actorName: '云阳县住房和城乡建设委员会 李娜',
          at: '2026-04-02T02:00:00Z',
          submissionNo: 1,
        },
      ],
    });
    mockReport(detail);
    renderApp(<AppRoutes />, { route: ROUTE });
    const notice = await screen.findByTestId('report-returned');
    expect(notice).toHaveTextContent('云阳县住房和城乡建设委员会 李娜');
    expect(notice).toHaveTextContent('退回意见：请核对联系人信息');
    expect(screen.getByTestId('indicator-comment-basic_contact_phone')).toHaveTextContent('审查意见：电话无法接通');
    expect(
      within(screen.getByTestId('field-basic_contact_phone')).getByTestId('indicator-comment-basic_contact_phone'),
    ).toBeVisible();
  });
});
