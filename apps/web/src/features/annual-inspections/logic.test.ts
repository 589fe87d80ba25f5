import { describe, expect, it } from 'vitest';
import { defaultDeadlines, defaultReportYear } from './cycleDefaults';
import { changeCount, problemsOf, replaceItem } from './indicators/draft';
import { definitionFixture } from '../annual-review/testFixtures';

describe('opening a cycle', () => {
  it('defaults to last year in China time, with 31 March / 31 May / 31 March of the next year', () => {
    // 31 December 2026 17:00 UTC is already 1 January 2027 in China.
    expect(defaultReportYear(new Date('2026-12-31T17:00:00Z'))).toBe(2026);
    expect(defaultReportYear(new Date('2026-12-31T15:00:00Z'))).toBe(2025);
    expect(defaultDeadlines(2025)).toEqual({
      supervisorDue: '2026-03-31',
      authorityDue: '2026-05-31',
      foundationDue: '2026-03-31',
    });
  });
});

describe('the indicator set draft', () => {
  it('places server messages of both path styles on their items', () => {
    expect(
      problemsOf({
        'definition.indicators[3].formula': 'a',
        'definition.risks.1.show.0.formula': 'b',
        'definition.params': 'c',
      }),
    ).toEqual([
      { list: 'indicators', index: 3, field: ['formula'], path: 'definition.indicators[3].formula', message: 'a' },
      {
        list: 'risks',
        index: 1,
        field: ['show', 0, 'formula'],
        path: 'definition.risks.1.show.0.formula',
        message: 'b',
      },
      { list: null, index: -1, field: ['params'], path: 'definition.params', message: 'c' },
    ]);
  });

  it('counts changed items', () => {
    const saved = definitionFixture();
    const draft = replaceItem(saved, 'indicators', 0, { ...saved.indicators[0]!, labelZh: '名称' });
    expect(changeCount(saved, saved)).toBe(0);
    expect(changeCount(saved, draft)).toBe(1);
    expect(saved.indicators[0]!.labelZh).toBe('组织名称');
  });
});
