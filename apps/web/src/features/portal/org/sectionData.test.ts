import { describe, expect, it } from 'vitest';
import { sectionBlock, sectionValueText, type ValueFormat } from './sectionData';

const fmt: ValueFormat = {
  date: (v) => `D(${v})`,
  dateTime: (v) => `T(${v})`,
  number: (v) => v.toLocaleString('en-US'),
  yes: '是',
  no: '否',
};

describe('sections of the org page shown without knowing them', () => {
  it('reads an object as key/value lines and a list of objects as records', () => {
    expect(sectionBlock({ year: 2025, conclusion: '合格' })).toEqual({
      kind: 'entries',
      entries: [
        { key: 'year', value: 2025 },
        { key: 'conclusion', value: '合格' },
      ],
    });
    const block = sectionBlock([{ year: 2024 }, { year: 2025, note: null }]);
    expect(block.kind).toBe('records');
    expect(block.kind === 'records' && block.records[1]).toEqual([
      { key: 'year', value: 2025 },
      { key: 'note', value: null },
    ]);
  });

  it('keeps the labels a provider sent itself', () => {
    expect(sectionBlock([{ label: '抽查结果', value: '未发现问题' }])).toEqual({
      kind: 'entries',
      entries: [{ key: '0', label: '抽查结果', value: '未发现问题' }],
    });
  });

  it('shows anything else as one value', () => {
    expect(sectionBlock('未列入')).toEqual({ kind: 'value', value: '未列入' });
    expect(sectionBlock([1, 2])).toEqual({ kind: 'value', value: [1, 2] });
  });

  it('formats dates, times, numbers, booleans, empties and lists as a reader expects', () => {
    expect(sectionValueText('2026-03-02', fmt)).toBe('D(2026-03-02)');
    expect(sectionValueText('2026-03-02T08:00:00Z', fmt)).toBe('T(2026-03-02T08:00:00Z)');
    expect(sectionValueText(1234567, fmt)).toBe('1,234,567');
    expect(sectionValueText(2025, fmt, 'year')).toBe('2025');
    expect(sectionValueText(2025, fmt, 'inspectionYear')).toBe('2025');
    expect(sectionValueText(true, fmt)).toBe('是');
    expect(sectionValueText(null, fmt)).toBe('—');
    expect(sectionValueText('', fmt)).toBe('—');
    expect(sectionValueText(['警告', '罚款'], fmt)).toBe('警告、罚款');
    expect(sectionValueText({ a: 1 }, fmt)).toBe('{"a":1}');
  });
});
