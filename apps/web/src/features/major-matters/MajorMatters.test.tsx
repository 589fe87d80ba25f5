import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { TMajorMatterDetail } from '@shezu/contracts';
import { mockApi } from '../../test/fetchMock';
import { renderApp } from '../../test/render';
import MajorMatterDetailPage from './MajorMatterDetailPage';
import MajorMattersPage from './MajorMattersPage';
import { MatterForm } from './MatterForm';
import { toInput } from './matterForm';

const matter = (over: Partial<TMajorMatterDetail> = {}): TMajorMatterDetail => ({
  id: 9,
  orgId: 7,
  orgName: '云阳县建筑业协会',
  uscc: '51500235MJB000018U',
  regionCode: '500235001',
  authorityRegionCode: '500235',
  kind: 'large_donation',
  title: '接受某企业捐赠',
  happensOn: '2026-10-16',
  reportedOn: '2026-09-21',
  dueOn: '2026-09-20',
  late: true,
  status: 'reported',
  detail: '某企业拟捐赠助学款',
  facts: { kind: 'large_donation', amountFen: 50_000_000, donor: '重庆某实业有限公司', purpose: '助学' },
  files: [],
  decidedOn: null,
  decidedByName: null,
  decisionReason: null,
  outcome: null,
  completedOn: null,
  createdByName: '协会秘书长',
  version: 1,
  actions: ['acknowledge', 'object'],
  ...over,
});

const detailPage = (
  <Routes>
    <Route path="/major-matters/:id" element={<MajorMatterDetailPage />} />
  </Routes>
);

describe('重大事项报告', () => {
  it('the form shows the due day as the date is typed, and warns when reporting now is late', async () => {
    const api = mockApi({
      'GET /api/major-matters/due-day': (call) => {
        const happensOn = call.search.get('happensOn')!;
        const late = happensOn === '2026-10-16';
        return { body: { happensOn, dueOn: late ? '2026-09-20' : '2026-11-20', days: 15, late, missingYears: [] } };
      },
    });
    renderApp(<MatterForm onDone={() => undefined} />);
    fireEvent.change(screen.getByTestId('mm-happens-on'), { target: { value: '2026-12-14' } });
    expect(await screen.findByTestId('mm-due-hint')).toHaveTextContent(
      '按规定应于 2026-11-20 前报告（提前15个工作日）',
    );
    expect(screen.queryByTestId('mm-late-warning')).toBeNull();
    fireEvent.change(screen.getByTestId('mm-happens-on'), { target: { value: '2026-10-16' } });
    expect(await screen.findByTestId('mm-late-warning')).toHaveTextContent('已超过报告期限（2026-09-20）');
    expect(api.calls.map((c) => c.search.get('happensOn'))).toEqual(['2026-12-14', '2026-10-16']);
  });

  it('sends only the chosen kind’s facts, money in fen', () => {
    expect(
      toInput({
        kind: 'large_donation',
        title: ' 接受捐赠 ',
        happensOn: '2026-10-16',
        detail: '说明',
        files: [{ id: 3, name: 'a.pdf' } as never],
        amountYuan: 12_345.67,
        donor: '某公司',
        partner: '不应发送',
        leaders: [{ name: '', post: '' }],
      }),
    ).toEqual({
      kind: 'large_donation',
      title: '接受捐赠',
      happensOn: '2026-10-16',
      detail: '说明',
      facts: { kind: 'large_donation', amountFen: 1_234_567, donor: '某公司', purpose: '' },
      fileIds: [3],
    });
  });

  it('staff acknowledge a late report; the buttons follow the actions the API gives', async () => {
    let current = matter();
    const api = mockApi({
      'GET /api/major-matters/9': () => ({ body: current }),
      'POST /api/major-matters/9/acknowledge': () => {
        current = {
          ...current,
          status: 'acknowledged',
          decidedOn: '2026-09-22',
          decidedByName: '登记员',
          version: 2,
          actions: [],
        };
        return { body: current };
      },
    });
    renderApp(detailPage, { route: '/major-matters/9' });
    const detail = await screen.findByTestId('mm-detail');
    expect(detail).toHaveTextContent('逾期报告');
    expect(detail).toHaveTextContent('500,000.00 元');
    expect(screen.queryByTestId('mm-withdraw')).toBeNull();
    fireEvent.click(screen.getByTestId('mm-acknowledge'));
    await waitFor(() => expect(screen.queryByTestId('mm-actions')).toBeNull());
    expect(screen.getByTestId('mm-detail')).toHaveTextContent('登记员 于 2026-09-22 答复');
    expect(api.calls.find((c) => c.path.endsWith('/acknowledge'))?.body).toEqual({ version: 1 });
  });

  it('an objection needs a reason and sends it with the version', async () => {
    let current = matter({ late: false });
    const api = mockApi({
      'GET /api/major-matters/9': () => ({ body: current }),
      'POST /api/major-matters/9/object': (call) => {
        const reason = (call.body as { reason: string }).reason;
        current = {
          ...current,
          status: 'objected',
          decisionReason: reason,
          decidedOn: '2026-09-22',
          decidedByName: '审查员',
          version: 2,
          actions: [],
        };
        return { body: current };
      },
    });
    renderApp(detailPage, { route: '/major-matters/9' });
    fireEvent.click(await screen.findByTestId('mm-object'));
    fireEvent.click(screen.getByTestId('mm-object-submit'));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('mm-object-reason'), { target: { value: '捐赠方资质需核实' } });
    fireEvent.click(screen.getByTestId('mm-object-submit'));
    await waitFor(() => expect(screen.getByTestId('mm-detail')).toHaveTextContent('有异议'));
    expect(screen.getByTestId('mm-detail')).toHaveTextContent('捐赠方资质需核实');
    expect(api.calls.find((c) => c.path.endsWith('/object'))?.body).toEqual({ reason: '捐赠方资质需核实', version: 1 });
  });

  it('the staff list passes the filters of the address and tags late reports', async () => {
    const api = mockApi({ 'GET /api/major-matters': { body: { items: [matter()], nextCursor: null } } });
    renderApp(<MajorMattersPage />, { route: '/major-matters?late=1&month=2026-10&status=bogus' });
    const list = await screen.findByTestId('mm-list');
    expect(list).toHaveTextContent('逾期报告');
    expect(list).toHaveTextContent('云阳县建筑业协会');
    expect(list).toHaveTextContent('接受大额捐赠');
    const q = api.calls[0]!.search;
    expect([q.get('late'), q.get('month'), q.get('status')]).toEqual(['1', '2026-10', null]);
  });

  it('the calendar shows the shown month’s matters on the day each takes place, within the region chosen', async () => {
    const month = dayjs().format('YYYY-MM');
    const api = mockApi({
      'GET /api/major-matters': (call) => ({
        body: {
          items:
            call.search.get('month') === month ? [matter({ happensOn: `${month}-16`, title: '换届选举大会' })] : [],
          nextCursor: null,
        },
      }),
    });
    renderApp(<MajorMattersPage />, { route: '/major-matters?view=calendar&region=500235&month=2020-01' });
    const day = await screen.findByTestId(`mm-cal-${month}-16`);
    await waitFor(() => expect(day).toHaveTextContent('换届选举大会（云阳县建筑业协会）'));
    expect(day.querySelector('a')?.getAttribute('href')).toBe('/major-matters/9');
    expect(screen.getByTestId(`mm-cal-${month}-15`)).not.toHaveTextContent('换届');
    // The calendar asks for its own month, not the list's, within the region of the address.
    const q = api.calls.find((c) => c.path === '/api/major-matters')!.search;
    expect([q.get('month'), q.get('region'), q.get('limit')]).toEqual([month, '500235', '200']);
  });
});
