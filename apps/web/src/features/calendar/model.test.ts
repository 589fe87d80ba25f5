import { describe, expect, it } from 'vitest';
import { editorErrors, expandRanges, groupDays, monthCells } from './model';

const day = (date: string, name: string, kind: 'holiday' | 'workday' = 'holiday') => ({ date, name, kind });

describe('calendar editor model', () => {
  it('groups consecutive days off under one name into ranges, and keeps make-up workdays single', () => {
    const { holidays, workdays } = groupDays([
      day('2026-01-02', '元旦'),
      day('2026-01-01', '元旦'),
      day('2026-01-03', '元旦'),
      day('2026-01-04', '元旦调休上班', 'workday'),
      day('2026-02-15', '春节'),
      day('2026-02-16', '春节'),
      // Same name, not consecutive: a second range.
      day('2026-02-18', '春节'),
    ]);
    expect(holidays).toEqual([
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-16' },
      { name: '春节', from: '2026-02-18', to: '2026-02-18' },
    ]);
    expect(workdays).toEqual([{ date: '2026-01-04', name: '元旦调休上班' }]);
  });

  it('expands ranges into days across month ends and remembers the row of each day', () => {
    const { days, rowOf } = expandRanges([
      { name: '元旦', from: '2025-12-31', to: '2026-01-01' },
      { name: '春节', from: '2026-02-27', to: '2026-03-01' },
    ]);
    expect(days.map((d) => d.date)).toEqual(['2025-12-31', '2026-01-01', '2026-02-27', '2026-02-28', '2026-03-01']);
    expect(rowOf).toEqual([0, 0, 1, 1, 1]);
  });

  it('puts the API’s per-day errors beside the range or row they belong to', () => {
    const { matched, unmatched } = editorErrors(
      {
        'holidays.3.date': '2026-02-16 重复或既是假日又是调休上班日',
        'holidays.0.name': '请填写名称',
        'workdays.1.date': '2026-05-11 不是周末，无需调休上班',
        source: '请填写依据（通知名称及文号）',
        'holidays.99.date': '日期须在2026年内',
        other: '别的问题',
      },
      [0, 0, 0, 1, 1],
    );
    expect(matched).toEqual([
      { name: ['holidays', 1, 'range'], errors: ['2026-02-16 重复或既是假日又是调休上班日'] },
      { name: ['holidays', 0, 'name'], errors: ['请填写名称'] },
      { name: ['workdays', 1, 'date'], errors: ['2026-05-11 不是周末，无需调休上班'] },
      { name: ['source'], errors: ['请填写依据（通知名称及文号）'] },
    ]);
    expect(unmatched).toEqual(['日期须在2026年内', '别的问题']);
  });

  it('lays a month out from Monday', () => {
    // 1 February 2026 is a Sunday: six blanks before it.
    const cells = monthCells(2026, 2);
    expect(cells.slice(0, 7)).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(cells.filter(Boolean)).toHaveLength(28);
    expect(monthCells(2024, 2).filter(Boolean)).toHaveLength(29);
  });
});
