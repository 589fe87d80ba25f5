import { describe, expect, it } from 'vitest';
import { bureauRegionOf, fromGbCode, isWithinRegion, levelOfCode, prefixRange, toGbCode } from './regions';

describe('region codes', () => {
  it('converts between short codes and the 6-digit form of credit codes', () => {
    expect(toGbCode('33')).toBe('330000');
    expect(toGbCode('3308')).toBe('330800');
    expect(toGbCode('500235')).toBe('500235');
    expect(fromGbCode('330800')).toBe('3308');
    expect(fromGbCode('330000')).toBe('33');
    expect(fromGbCode('500235')).toBe('500235');
    expect(fromGbCode('100000')).toBe('100000');
    expect(() => toGbCode('500235001')).toThrow();
  });

  it('knows levels and subtrees', () => {
    expect(levelOfCode('100000')).toBe('national');
    expect(levelOfCode('50')).toBe('province');
    expect(levelOfCode('500235001')).toBe('township');
    expect(isWithinRegion('500235001', '5002')).toBe(true);
    expect(isWithinRegion('500236', '500235')).toBe(false);
    expect(isWithinRegion('50', '100000')).toBe(true);
    expect(isWithinRegion('100000', '50')).toBe(false);
    expect(bureauRegionOf('500235001')).toBe('500235');
    expect(bureauRegionOf('3308')).toBe('3308');
  });

  it('turns a prefix into a half-open range that holds exactly the subtree', () => {
    expect(prefixRange('3308')).toEqual({ from: '3308', to: '3309' });
    expect(prefixRange('3309')).toEqual({ from: '3309', to: '331' });
    expect(prefixRange('99')).toEqual({ from: '99', to: ':' });
    const { from, to } = prefixRange('3309');
    for (const code of ['3309', '330901', '330999001']) expect(code >= from && code < to).toBe(true);
    for (const code of ['3308', '331', '3310', '33']) expect(code >= from && code < to).toBe(false);
  });
});
