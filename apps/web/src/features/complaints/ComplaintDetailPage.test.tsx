import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { TComplaintDetail } from '@shezu/contracts';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';

const complaint = (over: Partial<TComplaintDetail> = {}): TComplaintDetail => ({
  id: 7,
  trackingNo: 'TS202612345678',
  status: 'received',
  category: 'illegal_fees',
  orgId: 12,
  orgName: '云阳县建筑业协会',
  uscc: '51500235MJP123456X',
  regionCode: '500235001',
  authorityRegionCode: '500235',
  authorityName: '云阳县民政局',
  summary: '强制收取赞助费',
  receivedOn: '2026-05-04',
  caseId: null,
  caseStatus: null,
  content: '强制会员企业缴纳赞助费，每家五千元。',
  contactName: '张三',
  contactPhone: '13912345678',
  attachments: [],
  reply: null,
  repliedOn: null,
  handledByName: null,
  caseClosedOn: null,
  version: 1,
  ...over,
});

describe('complaint triage page', () => {
  it('replies with the version seen, and shows the reply', async () => {
    let current = complaint();
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': {
        body: meFixture({ permissions: ['account.self', 'todos.read', 'supervision.read', 'supervision.manage'] }),
      },
      'GET /api/complaints/7': () => ({ body: current }),
      'POST /api/complaints/7/reply': (call) => {
        current = { ...current, status: 'replied', reply: (call.body as { reply: string }).reply, version: 2 };
        return { body: current };
      },
    });
    renderApp(<AppRoutes />, { route: '/complaints/7' });
    expect(await screen.findByTestId('complaint-detail')).toHaveTextContent('13912345678');
    fireEvent.click(screen.getByTestId('complaint-reply-open'));
    fireEvent.change(await screen.findByTestId('complaint-reply-text'), {
      target: { value: '已约谈该协会负责人，责令退还所收费用。' },
    });
    fireEvent.click(screen.getByTestId('complaint-action-ok'));
    expect(await screen.findByTestId('complaint-detail-reply')).toHaveTextContent('已约谈该协会负责人');
    expect(api.calls.find((c) => c.path.endsWith('/reply'))?.body).toEqual({
      reply: '已约谈该协会负责人，责令退还所收费用。',
      version: 1,
    });
    await waitFor(() => expect(screen.queryByTestId('complaint-reply-open')).not.toBeInTheDocument());
  });

  it('offers no triage to a reader without supervision.manage', async () => {
    mockApi({
      ...shellRoutes,
      'GET /api/me': { body: meFixture({ permissions: ['account.self', 'todos.read', 'supervision.read'] }) },
      'GET /api/complaints/7': { body: complaint({ contactPhone: '139****5678' }) },
    });
    renderApp(<AppRoutes />, { route: '/complaints/7' });
    expect(await screen.findByTestId('complaint-detail')).toHaveTextContent('139****5678');
    expect(screen.queryByTestId('complaint-reply-open')).not.toBeInTheDocument();
  });
});
