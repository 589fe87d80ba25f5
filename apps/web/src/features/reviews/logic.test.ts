import { describe, expect, it } from 'vitest';
import type { TApplicationSummary } from '@shezu/contracts';
import { orgFixture } from '../../test/orgFixtures';
import { apiQueryOf, queueFromSearch, searchFromQueue, visibleRows } from './queue';
import { neighbours, queuePath } from './queueNav';
import { registerDiff } from './registerDiff';
import { dueState, workingDaysBetween, type HolidayData } from './workingDays';

const summary = (over: Partial<TApplicationSummary>): TApplicationSummary => ({
  id: 1,
  kind: 'establishment',
  status: 'submitted',
  step: 'authority',
  orgId: null,
  orgName: '云阳县书法家协会',
  orgType: 'social_group',
  applicantId: 9,
  applicantName: '张明',
  authorityRegionCode: '500235',
  authorityName: '云阳县民政局',
  regionCode: '500235001',
  supervisorUnitId: null,
  supervisorUnitName: null,
  directRegistration: true,
  submissionNo: 1,
  dueDate: '2026-05-20',
  dueEstimated: false,
  overdue: false,
  submittedAt: '2026-04-20T02:00:00Z',
  decidedAt: null,
  version: 2,
  createdAt: '2026-04-19T02:00:00Z',
  updatedAt: '2026-04-20T02:00:00Z',
  ...over,
});

// 2026: 劳动节 1–5 May off, Sunday 26 April and Saturday 9 May worked.
const cal: HolidayData = {
  years: new Set([2026]),
  holidays: new Set(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05']),
  workdays: new Set(['2026-04-26', '2026-05-09']),
};

describe('working days left', () => {
  it('skips the holiday and counts the make-up Saturday', () => {
    // (Thu 30 Apr, Mon 11 May]: 6, 7, 8, 9 (make-up), 11 May.
    expect(workingDaysBetween(cal, '2026-04-30', '2026-05-11')).toEqual({ days: 5, missingYears: [] });
  });

  it('names the levels: overdue by working days, due today, soon, later', () => {
    expect(dueState(cal, '2026-05-11', '2026-05-06', true)).toMatchObject({ level: 'overdue', days: 4 });
    expect(dueState(cal, '2026-05-11', '2026-05-11', false)).toMatchObject({ level: 'today', days: 0 });
    expect(dueState(cal, '2026-05-11', '2026-05-13', false)).toMatchObject({ level: 'soon', days: 2 });
    expect(dueState(cal, '2026-05-11', '2026-05-29', false)).toMatchObject({ level: 'ok', days: 14 });
  });

  it('reports years without holiday data as an estimate', () => {
    expect(dueState(cal, '2026-12-30', '2027-01-05', false).missingYears).toEqual([2027]);
  });
});

describe('the queue state', () => {
  it('turns tabs and filters into the API query: pending tabs soonest due first, names and regions searched by the API', () => {
    const s = queueFromSearch(new URLSearchParams('tab=open&kind=change&step=supervisor&overdue=true&q=书法'));
    expect(apiQueryOf(s)).toEqual({
      sort: 'due',
      status: 'submitted',
      kind: 'change',
      step: 'supervisor',
      overdue: 'true',
      q: '书法',
    });
    expect(apiQueryOf(queueFromSearch(new URLSearchParams('')))).toEqual({ sort: 'due', mine: 'true' });
    expect(apiQueryOf({ tab: 'all', within: '500235' })).toEqual({ within: '500235' });
    // An application number and a single character stay in the browser.
    expect(apiQueryOf({ tab: 'all', q: '#12' })).toEqual({});
    expect(apiQueryOf({ tab: 'all', q: '书' })).toEqual({});
    // Decided applications have neither step nor due date: those filters are dropped.
    const decided = queueFromSearch(new URLSearchParams('tab=approved&step=authority&overdue=true'));
    expect(apiQueryOf(decided)).toEqual({ status: 'approved' });
    expect(searchFromQueue(s).toString()).toBe(
      'tab=open&kind=change&step=supervisor&overdue=true&q=%E4%B9%A6%E6%B3%95',
    );
    expect(searchFromQueue({ tab: 'mine' }).toString()).toBe('');
  });

  it('filters loaded rows by name, number and region, and sorts pending ones by due date', () => {
    const rows = [
      summary({ id: 3, dueDate: '2026-05-29', orgName: '云阳县摄影家协会', regionCode: '500235002' }),
      summary({ id: 2, dueDate: null }),
      summary({ id: 1, dueDate: '2026-05-13', applicantName: '李华', regionCode: '500236001' }),
    ];
    expect(visibleRows(rows, { tab: 'mine' }).map((r) => r.id)).toEqual([1, 3, 2]);
    expect(visibleRows(rows, { tab: 'approved' }).map((r) => r.id)).toEqual([3, 2, 1]);
    expect(visibleRows(rows, { tab: 'mine', q: '摄影' }).map((r) => r.id)).toEqual([3]);
    // The API searches organization names only; the browser shows the same.
    expect(visibleRows(rows, { tab: 'mine', q: '李华' }).map((r) => r.id)).toEqual([]);
    expect(visibleRows(rows, { tab: 'mine', q: '#2' }).map((r) => r.id)).toEqual([2]);
    expect(visibleRows(rows, { tab: 'mine', within: '500235' }).map((r) => r.id)).toEqual([3, 2]);
  });
});

describe('queue navigation', () => {
  it('gives the position and the neighbours of an application in the saved queue', () => {
    const snap = { search: 'tab=open', ids: [5, 8, 13] };
    expect(neighbours(snap, 8)).toEqual({ index: 2, total: 3, prev: 5, next: 13 });
    expect(neighbours(snap, 13)).toMatchObject({ next: null });
    expect(neighbours(snap, 99)).toBeNull();
    expect(queuePath(snap)).toBe('/reviews?tab=open');
  });
});

describe('a change against the register', () => {
  it('lists each changed field with the register’s value, personal data never “unchanged”', () => {
    const rows = registerDiff(
      { address: '复兴路1号', registeredFundsFen: 17000000, legalRepIdNumber: '500***********999X', reason: '搬迁' },
      orgFixture(),
    );
    expect(rows).toEqual([
      { field: 'legalRepIdNumber', current: '500***********999X', proposed: '500***********999X', same: false },
      { field: 'address', current: '重庆市云阳县龙洞镇沿江路66号', proposed: '复兴路1号', same: false },
      { field: 'registeredFundsFen', current: 17000000, proposed: 17000000, same: true },
    ]);
  });
});
