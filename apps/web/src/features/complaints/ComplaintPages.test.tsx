import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { chooseOption } from '../../test/antd';
import { mockApi } from '../../test/fetchMock';
import { renderApp } from '../../test/render';

const USCC = '51500235MJP123456X';

describe('portal complaint form', () => {
  it('files about a registered organization and shows the tracking number and code once', async () => {
    const { calls } = mockApi({
      'GET /api/public/orgs': { body: { items: [{ uscc: USCC, name: '云阳县建筑业协会' }], nextCursor: null } },
      'POST /api/public/complaints': {
        status: 201,
        body: {
          trackingNo: 'TS202612345678',
          lookupCode: 'ABCD2345',
          receivedOn: '2026-05-04',
          authorityName: '云阳县民政局',
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/complaints/new' });
    const org = await screen.findByTestId('complaint-org');
    fireEvent.change(within(org).getByRole('combobox'), { target: { value: '建筑业' } });
    await chooseOption('complaint-org', '云阳县建筑业协会');
    await chooseOption('complaint-category', '违规收费');
    fireEvent.change(screen.getByTestId('complaint-content'), {
      target: { value: '强制会员企业缴纳赞助费，每家五千元。' },
    });
    fireEvent.change(screen.getByTestId('complaint-contact-phone'), { target: { value: '13912345678' } });
    fireEvent.click(screen.getByTestId('complaint-submit'));

    expect(await screen.findByTestId('complaint-tracking-no')).toHaveTextContent('TS202612345678');
    expect(screen.getByTestId('complaint-lookup-code')).toHaveTextContent('ABCD2345');
    const sent = calls.find((c) => c.method === 'POST' && c.path === '/api/public/complaints')!.body;
    expect(sent).toEqual({
      orgUscc: USCC,
      category: 'illegal_fees',
      content: '强制会员企业缴纳赞助费，每家五千元。',
      contactPhone: '13912345678',
      attachments: [],
    });
  });

  it('checks the required fields before anything is sent', async () => {
    const { calls } = mockApi({});
    renderApp(<AppRoutes />, { route: '/portal/complaints/new' });
    fireEvent.click(await screen.findByTestId('complaint-submit'));
    expect(await screen.findByText('请选择被投诉的社会组织')).toBeInTheDocument();
    expect(screen.getByText('请选择问题类别')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });
});

describe('portal complaint lookup', () => {
  it('shows the status and where the case stands', async () => {
    mockApi({
      'GET /api/public/complaints/:trackingNo': {
        body: {
          trackingNo: 'TS202612345678',
          receivedOn: '2026-05-04',
          orgName: '云阳县建筑业协会',
          status: 'case_opened',
          authorityName: '云阳县民政局',
          reply: null,
          repliedOn: null,
          caseStatus: 'closed',
          caseClosedOn: '2026-06-01',
          substantiated: true,
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/complaints/track?no=TS202612345678&code=ABCD2345' });
    const status = await screen.findByTestId('complaint-status');
    expect(status).toHaveTextContent('已转案件办理');
    expect(screen.getByTestId('complaint-case-status')).toHaveTextContent('已办结');
  });

  it('says the number or code is wrong on a 404', async () => {
    mockApi({
      'GET /api/public/complaints/:trackingNo': {
        status: 404,
        body: { code: 'NOT_FOUND', message: '受理编号或查询码不正确', requestId: 'r' },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/complaints/track?no=TS202612345678&code=WRONG' });
    await waitFor(() =>
      expect(screen.getByTestId('complaint-track-error')).toHaveTextContent('受理编号或查询码不正确'),
    );
  });
});
