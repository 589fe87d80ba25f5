import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { TCaseDetail, TCaseMeasure } from '@shezu/contracts';
import { AppRoutes } from '../../app/routes';
import MySupervisionPage from './MySupervisionPage';
import { mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';

const measure = (over: Partial<TCaseMeasure> = {}): TCaseMeasure => ({
  id: 5,
  caseId: 3,
  kind: 'rectification_order',
  deadline: '2026-03-31',
  requirement: '停止强制入会，退还会费',
  talk: null,
  documentId: 9,
  documentNumber: '云民改〔2026〕1号',
  status: 'answered',
  overdue: false,
  issuedOn: '2026-03-02',
  issuedByName: '登记员',
  answer: '已退还全部会费',
  answerFiles: [],
  answeredOn: '2026-03-10',
  returnReason: null,
  verifiedOn: null,
  verifiedByName: null,
  ...over,
});

const detail = (over: Partial<TCaseDetail> = {}): TCaseDetail => ({
  id: 3,
  orgId: 7,
  orgName: '云阳县建筑业协会',
  uscc: '51500235MJB000018U',
  regionCode: '500235001',
  authorityRegionCode: '500235',
  source: 'complaint',
  sourceRef: 'complaint:1',
  title: '强制入会收费',
  detail: '群众反映强制入会',
  handlerName: '登记员',
  status: 'feedback_given',
  openedOn: '2026-03-02',
  closedOn: null,
  alarmed: true,
  feedback: null,
  feedbackOn: null,
  verifiedOn: null,
  conclusion: null,
  substantiated: null,
  measures: [measure()],
  tasks: [],
  alarms: [
    {
      id: 1,
      kind: 'verification_overdue',
      targetType: 'measure',
      targetId: 5,
      dueOn: '2026-03-17',
      raisedOn: '2026-03-18',
      resolvedOn: null,
      summary: '责令改正通知书答复逾期未核实',
    },
  ],
  timeline: [
    { id: 1, action: 'opened', summary: '立案：强制入会收费', actorName: '登记员', at: '2026-03-02T02:00:00.000Z' },
  ],
  canManage: true,
  ...over,
});

const clerk = meFixture({
  permissions: [
    'account.self',
    'orgs.read',
    'supervision.read',
    'supervision.manage',
    'todos.read',
    'notifications.read',
  ],
});

describe('协同处置 pages', () => {
  it('lists alarmed cases with the alarm filter in the query', async () => {
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: clerk },
      'GET /api/supervision-cases': () => ({
        body: {
          items: [{ ...detail(), measures: undefined }],
          nextCursor: null,
        },
      }),
    });
    renderApp(<AppRoutes />, { route: '/supervision-cases?alarm=1' });
    expect(await screen.findByTestId('case-row-3')).toHaveTextContent('强制入会收费');
    expect(screen.getByTestId('case-alarm-3')).toHaveTextContent('告警');
    expect(screen.getByTestId('case-status-3')).toHaveTextContent('已反馈待核实');
    expect(api.calls.find((c) => c.path === '/api/supervision-cases')?.search.get('alarm')).toBe('1');
  });

  it('verifies an answer on the case page; close waits for verification', async () => {
    let current = detail();
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: clerk },
      'GET /api/supervision-cases/3': () => ({ body: current }),
      'POST /api/supervision-cases/3/measures/5/verify': () => {
        current = { ...current, status: 'verified', alarmed: false, measures: [measure({ status: 'verified' })] };
        return { body: { ok: true } };
      },
    });
    renderApp(<AppRoutes />, { route: '/supervision-cases/3' });
    expect(await screen.findByTestId('measure-5')).toHaveTextContent('云民改〔2026〕1号');
    expect(screen.getByTestId('case-alarms')).toHaveTextContent('答复逾期未核实');
    expect(screen.getByTestId('case-close')).toBeDisabled();
    fireEvent.click(screen.getByTestId('measure-verify-5'));
    await waitFor(() => expect(screen.getByTestId('case-status')).toHaveTextContent('已核实待办结'));
    expect(screen.getByTestId('case-close')).not.toBeDisabled();
    expect(api.calls.find((c) => c.path.endsWith('/verify'))?.body).toEqual({ accepted: true });
  });

  it('/my-supervision opens the tab a to-do links to (?tab=risk-warnings) and switches to another tab on click', async () => {
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': {
        body: meFixture({ roles: ['org_account'], permissions: ['supervision.respond', 'todos.read'] }),
      },
      'GET /api/risk-warnings/answerable': { body: { items: [], nextCursor: null } },
      'GET /api/case-measures': { body: { items: [], nextCursor: null } },
    });
    renderApp(<MySupervisionPage />, { route: '/my-supervision?tab=risk-warnings' });
    expect(await screen.findByText('没有需要答复的风险预警')).toBeInTheDocument();
    expect(api.calls.some((c) => c.path === '/api/risk-warnings/answerable')).toBe(true);
    expect(api.calls.some((c) => c.path === '/api/case-measures')).toBe(false);
    fireEvent.click(screen.getByRole('tab', { name: /整改|处置/ }));
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/case-measures')).toBe(true));
  });
});
