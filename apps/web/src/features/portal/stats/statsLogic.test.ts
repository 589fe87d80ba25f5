import { describe, expect, it } from 'vitest';
import { byCountDesc, canDrillDown, isPrecomputed, percentText } from './statsLogic';

describe('statistics rules of the page', () => {
  it('shows the counting time only for the figures the refresh job precomputes', () => {
    expect(isPrecomputed('100000')).toBe(true);
    expect(isPrecomputed('33')).toBe(true);
    expect(isPrecomputed('3308')).toBe(false);
    expect(isPrecomputed('500235')).toBe(false);
  });

  it('drills down from the country to the county, not further', () => {
    expect(['100000', '33', '3308'].map(canDrillDown)).toEqual([true, true, true]);
    expect(['330802', '500235144'].map(canDrillDown)).toEqual([false, false]);
  });

  it('orders by count, ties keeping the dictionary order', () => {
    const rows = [
      { code: 'a', count: 1 },
      { code: 'b', count: 5 },
      { code: 'c', count: 1 },
    ];
    expect(byCountDesc(rows).map((r) => r.code)).toEqual(['b', 'a', 'c']);
  });

  it('prints the API’s rounded share with two decimals', () => {
    const number = (v: number, d: number) => v.toFixed(d);
    expect(percentText(57.73, number)).toBe('57.73%');
    expect(percentText(62.3, number)).toBe('62.30%');
  });
});
