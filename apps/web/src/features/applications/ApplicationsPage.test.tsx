import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { applicantMe, detailFixture, orgMe, summaryFixture } from './testFixtures';

const list = [
  summaryFixture({ id: 12, status: 'returned', submissionNo: 1, updatedAt: '2026-03-05T02:00:00Z' }),
  summaryFixture({
    id: 9,
    kind: 'preparation',
    status: 'submitted',
    step: 'authority',
    dueDate: '2026-03-31',
    submissionNo: 1,
  }),
];

describe('我的申请', () => {
  it('lists the founder’s applications with status, step, due date and the return comment', async () => {
    mockApi({
      ...shellRoutes,
      'GET /api/me': { body: applicantMe() },
      'GET /api/applications': { body: { items: list, nextCursor: null } },
      'GET /api/applications/12': {
        body: detailFixture({
          status: 'returned',
          history: [
            {
              id: 3,
              action: 'returned',
              status: 'returned',
              step: 'authority',
              comment: '住所证明不清晰',
              actorName: '云阳县民政局 王强',
              submissionNo: 1,
              at: '2026-03-05T02:00:00Z',
            },
          ],
        }),
      },
    });
    renderApp(<AppRoutes />, { route: '/applications' });
    expect(await screen.findByTestId('nav-applications')).toHaveTextContent('我的申请');
    const returned = await screen.findByTestId('application-row-12');
    expect(within(returned).getByTestId('application-status-12')).toHaveTextContent('退回修改');
    expect(await within(returned).findByTestId('application-returned-comment-12')).toHaveTextContent(
      '退回意见（云阳县民政局 王强）：住所证明不清晰',
    );
    const waiting = screen.getByTestId('application-row-9');
    expect(waiting).toHaveTextContent('筹备申请');
    expect(waiting).toHaveTextContent('当前环节：登记管理机关审批 · 办理时限2026年3月31日');

    fireEvent.click(screen.getByTestId('application-new'));
    expect(await screen.findByTestId('application-new-preparation')).toBeInTheDocument();
    expect(screen.getByTestId('application-new-establishment')).toBeInTheDocument();
    expect(screen.queryByTestId('application-new-change')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('application-new-establishment'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/applications/new/establishment'));
  });

  it('offers an organization’s account the organization kinds only', async () => {
    mockApi({
      ...shellRoutes,
      'GET /api/me': { body: orgMe() },
      'GET /api/applications': { body: { items: [], nextCursor: null } },
    });
    renderApp(<AppRoutes />, { route: '/applications' });
    fireEvent.click(await screen.findByTestId('application-new-empty'));
    expect(await screen.findByTestId('application-new-change')).toBeInTheDocument();
    expect(screen.getByTestId('application-new-deregistration')).toBeInTheDocument();
    expect(screen.queryByTestId('application-new-establishment')).not.toBeInTheDocument();
  });
});
