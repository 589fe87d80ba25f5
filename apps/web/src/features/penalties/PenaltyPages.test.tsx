import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TPenaltyDetail } from '@shezu/contracts';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';

const me = meFixture({
  permissions: [
    'account.self',
    'orgs.read',
    'supervision.read',
    'penalties.manage',
    'todos.read',
    'notifications.read',
  ],
});

const penalty = (over: Partial<TPenaltyDetail> = {}): TPenaltyDetail => ({
  id: 7,
  orgId: 3,
  orgName: '云阳县建筑业协会',
  uscc: '51500235MJB000018U',
  regionCode: '500235001',
  authorityRegionCode: '500235',
  caseId: null,
  title: '擅自设立分支机构案',
  status: 'notified',
  kinds: ['warning'],
  fineFen: null,
  confiscatedFen: null,
  suspensionMonths: null,
  hearingDue: false,
  handlerName: '云阳县民政局登记员',
  filedOn: '2026-05-25',
  decidedOn: null,
  decisionNumber: null,
  publishBy: null,
  publishedOn: null,
  version: 4,
  facts: '经查，擅自设立分支机构。',
  basis: '《社会团体登记管理条例》第三十条',
  noticeOn: '2026-05-25',
  statementDeadline: '2026-05-28',
  statementOn: null,
  statement: null,
  hearingRequested: false,
  hearingOn: null,
  heardOn: null,
  reviewedOn: null,
  reviewerName: null,
  servedOn: null,
  executedOn: null,
  closedOn: null,
  steps: [
    {
      id: 1,
      step: 'filed',
      onDate: '2026-05-25',
      actorName: '登记员',
      note: '举报',
      files: [],
      documentId: null,
      at: '',
    },
    {
      id: 3,
      step: 'prior_notice',
      onDate: '2026-05-25',
      actorName: '登记员',
      note: '云民罚告〔2026〕1号',
      files: [],
      documentId: 31,
      at: '',
    },
  ],
  decisionBlockers: [],
  nextActions: ['statement', 'review'],
  ...over,
});

describe('行政处罚 (staff)', () => {
  it('lists the cases and filters by status on the server', async () => {
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: me },
      'GET /api/penalties': { body: { items: [penalty()], nextCursor: null } },
    });
    renderApp(<AppRoutes />, { route: '/penalties?status=notified' });
    expect(await screen.findByTestId('penalty-link-7')).toHaveTextContent('云阳县建筑业协会');
    expect(screen.getAllByTestId('penalty-status')[0]).toHaveTextContent('已事先告知');
    await waitFor(() =>
      expect(api.calls.find((c) => c.path === '/api/penalties')?.search.get('status')).toBe('notified'),
    );
    expect(screen.getByTestId('penalty-new')).toBeInTheDocument();
  });

  it('shows the timeline with the document, and posts the next step with the version; field errors land on the form', async () => {
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: me },
      'GET /api/penalties/:id': { body: penalty() },
      'POST /api/penalties/:id/statement': apiError(400, 'VALIDATION_FAILED', '提交的内容有误', {
        statedOn: '日期不能早于事先告知日期',
      }),
    });
    renderApp(<AppRoutes />, { route: '/penalties/7' });
    const timeline = await screen.findByTestId('penalty-timeline');
    expect(within(timeline).getByText(/云民罚告〔2026〕1号/)).toBeInTheDocument();
    expect(screen.getByTestId('penalty-doc-pdf-prior_notice')).toBeInTheDocument();
    // A reviewer-only step is not offered without penalties.review: the statement form shows.
    const form = screen.getByTestId('penalty-step-statement');
    expect(within(form).queryByTestId('penalty-hearingRequested')).toBeNull(); // no hearing for a warning
    fireEvent.change(screen.getByTestId('penalty-statement'), { target: { value: '放弃陈述申辩' } });
    fireEvent.change(screen.getByTestId('penalty-statedOn'), { target: { value: '2026-05-20' } });
    fireEvent.click(screen.getByTestId('penalty-step-submit'));
    expect(await screen.findByText('日期不能早于事先告知日期')).toBeInTheDocument();
    const sent = api.calls.find((c) => c.method === 'POST')!;
    expect(sent.path).toBe('/api/penalties/7/statement');
    expect(sent.body).toEqual({
      version: 4,
      statement: '放弃陈述申辩',
      statedOn: '2026-05-20',
      hearingRequested: false,
    });
  });

  it('says why a decision must wait', async () => {
    mockApi({
      ...shellRoutes,
      'GET /api/me': { body: me },
      'GET /api/penalties/:id': {
        body: penalty({
          status: 'reviewed',
          nextActions: ['decision'],
          decisionBlockers: ['陈述申辩期限至2026-05-28届满'],
        }),
      },
    });
    renderApp(<AppRoutes />, { route: '/penalties/7' });
    expect(await screen.findByTestId('penalty-blockers')).toHaveTextContent('陈述申辩期限至2026-05-28届满');
    expect(screen.getByTestId('penalty-step-decision')).toBeInTheDocument();
  });
});

describe('行政处罚公示 (portal)', () => {
  it('lists the published decisions without logging in', async () => {
    mockApi({
      'GET /api/public/penalties': {
        body: {
          items: [
            {
              id: 9,
              decisionNumber: '云民罚决〔2026〕3号',
              orgName: '云阳县建筑业协会',
              uscc: '51500235MJB000018U',
              kinds: ['fine'],
              fineFen: 300000,
              confiscatedFen: null,
              basis: '《社会团体登记管理条例》第三十条',
              decidedOn: '2026-06-01',
              authorityName: '云阳县民政局',
            },
          ],
          nextCursor: null,
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/penalties' });
    const item = await screen.findByTestId('public-penalty-9');
    expect(item).toHaveTextContent('云民罚决〔2026〕3号');
    expect(item).toHaveTextContent('罚款 3000.00元');
  });
});
