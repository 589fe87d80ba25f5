import { describe, expect, it } from 'vitest';
import { formatYuan, yuanToFen } from './money';

describe('money', () => {
  it('turns yuan as typed into exact fen', () => {
    expect(yuanToFen(19.99)).toBe(1999);
    expect(yuanToFen(0.07)).toBe(7);
    expect(yuanToFen(1234.5)).toBe(123450);
    expect(yuanToFen('30000')).toBe(3000000);
    expect(yuanToFen('0.1')).toBe(10);
    expect(() => yuanToFen('1.234')).toThrow();
  });

  it('prints fen as yuan with two decimals', () => {
    expect(formatYuan(3000000, 'zh-CN')).toBe('30,000.00 元');
    expect(formatYuan(1999, 'en')).toBe('¥19.99');
    expect(formatYuan(null, 'zh-CN')).toBe('—');
  });
});
