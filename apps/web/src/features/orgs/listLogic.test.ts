import { describe, expect, it } from 'vitest';
import { formatCappedCount } from './count';
import { exportColumnsOf } from './columns';
import { compact, queryFromSearch, searchFromQuery, searchTextProblem } from './filters';

describe('the register list’s state', () => {
  it('reads the filters from the page URL and drops what the API would refuse', () => {
    const q = queryFromSearch(
      new URLSearchParams(
        'q=文化&type=foundation&status=revoked&level=county&categoryCode=culture&within=500235&supervisorUnitId=12&sort=name&order=desc',
      ),
    );
    // A name search comes back in the index's order: no sort with it.
    expect(q).toEqual({
      q: '文化',
      type: 'foundation',
      status: 'revoked',
      level: 'county',
      categoryCode: 'culture',
      within: '500235',
      supervisorUnitId: 12,
    });
    expect(queryFromSearch(new URLSearchParams('type=company&status=x&within=abc&supervisorUnitId=-3&q=文'))).toEqual(
      {},
    );
    expect(queryFromSearch(new URLSearchParams('sort=foundedOn'))).toEqual({ sort: 'foundedOn', order: 'asc' });
    expect(queryFromSearch(new URLSearchParams('sort=id&order=desc'))).toEqual({});
  });

  it('writes only what is set, so equal lists share one URL and one cache entry', () => {
    expect(
      searchFromQuery({ type: 'social_group', status: undefined, within: '', sort: 'name', order: 'desc' }).toString(),
    ).toBe('type=social_group&sort=name&order=desc');
    expect(compact({ q: ' 慈善 ', sort: 'name', order: 'asc' })).toEqual({ q: '慈善' });
  });

  it('sends a name search only from two characters on, or a whole credit code', () => {
    expect(searchTextProblem('文')).toBe('tooShort');
    expect(searchTextProblem(' 文 ')).toBe('tooShort');
    expect(searchTextProblem('文化')).toBeNull();
    expect(searchTextProblem('51500235mjb000018u')).toBeNull();
    expect(searchTextProblem('')).toBeNull();
  });

  it('shows a count the API capped as an official writes it', () => {
    expect(formatCappedCount({ count: 1234, capped: false }, 'zh-CN')).toBe('1,234');
    expect(formatCappedCount({ count: 10_000, capped: true }, 'zh-CN')).toBe('1万+');
    expect(formatCappedCount({ count: 10_000, capped: true }, 'en')).toBe('10,000+');
    expect(formatCappedCount({ count: 10_000, capped: false }, 'zh-CN')).toBe('10,000');
    expect(formatCappedCount({ count: 2500, capped: true }, 'zh-CN')).toBe('2,500+');
  });

  it('exports the visible columns by the API’s allow-listed names, in the list’s order', () => {
    expect(exportColumnsOf(['status', 'name', 'funds', 'grade'])).toBe(
      'name,registeredFundsFen,status,evaluationGrade,gradeValidUntil',
    );
  });
});
