import { describe, expect, it } from 'vitest';
import { per10k, ratio, sharePercent } from './stat-figures';

describe('statistics figures', () => {
  it('rounds shares half up to two decimals', () => {
    expect(sharePercent(13437, 23277)).toBe(57.73);
    expect(sharePercent(1, 8)).toBe(12.5);
    expect(sharePercent(1, 3)).toBe(33.33);
    expect(sharePercent(2, 3)).toBe(66.67);
    // 1/16 = 6.25 % exactly; 1/1600 = 0.0625 % → 0.06, 1/800 = 0.125 % → 0.13 (half up, not to even)
    expect(sharePercent(1, 1600)).toBe(0.06);
    expect(sharePercent(1, 800)).toBe(0.13);
    expect(sharePercent(0, 0)).toBe(0);
    expect(sharePercent(5, 5)).toBe(100);
  });

  it('gives organizations per 10,000 residents, or null without a population', () => {
    expect(per10k(3424, 2_290_301)).toBe(14.95);
    expect(per10k(492, 900_000)).toBe(5.47);
    expect(per10k(5, 20_000)).toBe(2.5);
    expect(per10k(10, null)).toBeNull();
    expect(per10k(10, 0)).toBeNull();
  });

  it('averages per community', () => {
    expect(ratio(18, 1)).toBe(18);
    expect(ratio(17, 2)).toBe(8.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(1, 0)).toBeNull();
  });
});
