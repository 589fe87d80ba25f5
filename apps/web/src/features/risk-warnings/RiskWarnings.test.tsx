import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { TRiskWarning } from '@shezu/contracts';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';
import { MyWarningsTab } from './MyWarningsTab';

const warning = (over: Partial<TRiskWarning> = {}): TRiskWarning => ({
  id: 5,
  orgId: 7,
  orgName: '云阳县建筑业协会',
  uscc: '51500235MJB000018U',
  regionCode: '500235001',
  authorityRegionCode: '500235',
  supervisorUnitId: null,
  level: 'serious',
  rule: 'rectification_overdue',
  reason: '责令改正通知书要求的整改逾期未完成（期限2026-06-01）',
  target: 'org',
  status: 'open',
  raisedOn: '2026-06-02',
  dueDate: '2026-06-07',
  answerText: null,
  answerFiles: [],
  answeredByName: null,
  answeredAt: null,
  closeNote: null,
  closedByName: null,
  closedAt: null,
  caseId: null,
  createdByName: null,
  version: 1,
  ...over,
});

describe('风险预警', () => {
  it('the staff list shows level, rule and status; the clerk closes a warning out on its page', async () => {
    let current = warning({ status: 'answered', answerText: '已完成整改', answeredByName: '协会秘书长' });
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': {
        body: meFixture({ permissions: ['account.self', 'todos.read', 'supervision.read', 'supervision.manage'] }),
      },
      'GET /api/risk-warnings': () => ({ body: { items: [current], nextCursor: null } }),
      'GET /api/risk-warnings/5': () => ({ body: current }),
      'POST /api/risk-warnings/5/close': (call) => {
        current = { ...current, status: 'closed', closeNote: (call.body as { note: string }).note, version: 2 };
        return { body: current };
      },
    });
    renderApp(<AppRoutes />, { route: '/risk-warnings' });
    const list = await screen.findByTestId('risk-warnings-list');
    expect(list).toHaveTextContent('严重');
    expect(list).toHaveTextContent('整改逾期未完成');
    expect(list).toHaveTextContent('已答复');

    fireEvent.click(screen.getByText('云阳县建筑业协会'));
    fireEvent.change(await screen.findByTestId('risk-warning-note'), { target: { value: '经核实已整改到位' } });
    fireEvent.click(screen.getByTestId('risk-warning-close'));
    await waitFor(() => expect(screen.getByTestId('risk-warning-facts')).toHaveTextContent('已办结'));
    expect(api.calls.find((c) => c.path.endsWith('/close'))?.body).toEqual({ note: '经核实已整改到位', version: 1 });
  });

  it('the organization answers in its tab', async () => {
    let current = warning();
    const api = mockApi({
      'GET /api/risk-warnings/answerable': () => ({ body: { items: [current], nextCursor: null } }),
      'POST /api/risk-warnings/5/answer': (call) => {
        current = { ...current, status: 'answered', answerText: (call.body as { text: string }).text, version: 2 };
        return { body: current };
      },
    });
    renderApp(<MyWarningsTab />);
    fireEvent.change(await screen.findByTestId('risk-warning-answer-text'), { target: { value: '已整改并提交材料' } });
    fireEvent.click(screen.getByTestId('risk-warning-answer-submit'));
    await waitFor(() => expect(screen.getByTestId('risk-warning-facts')).toHaveTextContent('已整改并提交材料'));
    expect(screen.queryByTestId('risk-warning-answer-text')).toBeNull();
    expect(api.calls.find((c) => c.path.endsWith('/answer'))?.body).toEqual({
      text: '已整改并提交材料',
      files: [],
      version: 1,
    });
  });
});
