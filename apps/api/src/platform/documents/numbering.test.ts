import { describe, expect, it } from 'vitest';
import { authorityNameOf, formatDocumentNumber, regionAbbrOf } from './numbering';

describe('document numbers (GB/T 9704 发文字号)', () => {
  it('writes the year in 六角括号 and the sequence without leading zeros', () => {
    expect(formatDocumentNumber('云民登', 2026, 12)).toBe('云民登〔2026〕12号');
    expect(formatDocumentNumber('衢民函', 2027, 1)).toBe('衢民函〔2027〕1号');
    expect(formatDocumentNumber('云民登', 2026, null)).toBe('云民登〔2026〕×号');
  });

  it('names the bureau of a region', () => {
    expect(authorityNameOf({ code: '500235', name: '云阳县' })).toBe('云阳县民政局');
    expect(authorityNameOf({ code: '3308', name: '衢州市' })).toBe('衢州市民政局');
    expect(authorityNameOf({ code: '33', name: '浙江省' })).toBe('浙江省民政厅');
    expect(authorityNameOf({ code: '50', name: '重庆市' })).toBe('重庆市民政局');
    expect(authorityNameOf({ code: '100000', name: '' })).toBe('中华人民共和国民政部');
    expect(regionAbbrOf({ code: '500235', name: '云阳县' })).toBe('云');
    expect(regionAbbrOf({ code: '100000', name: '' })).toBe('');
  });
});
