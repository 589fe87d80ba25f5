import { describe, expect, it } from 'vitest';
import { apiQueryOf, batchBlocker, queueFromSearch, queueLink, searchFromQueue } from './queue';
import { changePercent, formatChange, formatScalar } from './reportModel';
import { summaryFixture } from './testFixtures';

const words = { yes: '是', no: '否', files: (n: number) => `${n}个文件` };

describe('the annual queue state', () => {
  it('reads its URL, drops what the tab does not have, and asks the API the same', () => {
    const s = queueFromSearch(new URLSearchParams('status=returned&year=2025&overdue=true&cycleId=x&q=%20协会%20'));
    expect(s).toEqual({ tab: 'mine', year: 2025, overdue: true, q: '协会' });
    expect(apiQueryOf(s)).toEqual({ mine: 'true', year: 2025, overdue: 'true', q: '协会' });
    expect(searchFromQueue(s).toString()).toBe('year=2025&overdue=true&q=%E5%8D%8F%E4%BC%9A');
    expect(apiQueryOf({ tab: 'all', q: '协' })).toEqual({});
    expect(queueLink({ cycleId: 3, conclusion: 'fail', status: 'concluded' })).toBe(
      '/annual-reports?tab=all&status=concluded&conclusion=fail&cycleId=3',
    );
  });

  it('lets only clean reports waiting at the caller’s step into the batch', () => {
    expect(batchBlocker(summaryFixture(), 'mine')).toBeNull();
    expect(batchBlocker(summaryFixture({ riskCount: 1 }), 'mine')).toBe('notClean');
    expect(batchBlocker(summaryFixture({ errorCount: 1 }), 'mine')).toBe('notClean');
    expect(batchBlocker(summaryFixture(), 'all')).toBe('notPending');
    expect(batchBlocker(summaryFixture({ status: 'concluded' }), 'mine')).toBe('notPending');
  });
});

describe('report values as officials read them', () => {
  it('formats money in 元, percentages and the year-over-year change', () => {
    expect(formatScalar('money', 123_456_789, 'zh-CN', words)).toBe('1,234,567.89 元');
    expect(formatScalar('percent', 0.125, 'zh-CN', words)).toBe('12.5%');
    expect(formatScalar('date', '2026-03-02', 'zh-CN', words)).toBe('2026年3月2日');
    expect(formatScalar('bool', true, 'zh-CN', words)).toBe('是');
    expect(formatScalar('file', [1, 2], 'zh-CN', words)).toBe('2个文件');
    expect(formatScalar('money', null, 'zh-CN', words)).toBe('—');
    expect(formatChange(changePercent(150, 100), 'zh-CN')).toBe('+50.0%');
    expect(formatChange(changePercent(-50, -100), 'zh-CN')).toBe('+50.0%');
    expect(formatChange(changePercent(100, 0), 'zh-CN')).toBe('—');
  });
});
