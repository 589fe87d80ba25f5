import { describe, expect, it } from 'vitest';
import { charMarks, issueSpan, namesItsPosition, normalizeCode } from './usccMarks';

describe('marking the positions a credit-code check names', () => {
  it('reads position 3 as the whole region part and 0 as the code as a whole', () => {
    expect(issueSpan(3)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(issueSpan(18)).toEqual([18]);
    expect(issueSpan(0)).toEqual([]);
  });

  it('marks errors over warnings, position by position', () => {
    const marks = charMarks('91350100M000100Y4Z', {
      errors: [{ position: 18, message: '第18位（校验码）应为3，当前为Z' }],
      warnings: [
        { position: 3, message: '区划已撤销' },
        { position: 18, message: 'x' },
      ],
    });
    expect(marks).toHaveLength(18);
    expect(marks[17]).toEqual({ position: 18, char: 'Z', state: 'error' });
    expect(marks.filter((m) => m.state === 'warning').map((m) => m.position)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(marks[0]!.state).toBe('ok');
  });

  it('takes a code as typed: spaces out, capitals', () => {
    expect(normalizeCode(' 9135 0100m000100y43 ')).toBe('91350100M000100Y43');
  });

  it('knows when the API’s message already says where', () => {
    expect(namesItsPosition('第18位（校验码）应为3，当前为Z', 18)).toBe(true);
    expect(namesItsPosition('第3–8位行政区划码应为6位数字', 3)).toBe(true);
    expect(namesItsPosition('第18位（校验码）应为3', 1)).toBe(false);
    expect(namesItsPosition('统一社会信用代码应为18位', 0)).toBe(false);
  });
});
