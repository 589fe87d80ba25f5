import { describe, expect, it } from 'vitest';
import { navSection } from '../navSection';
import { paramsFromSearch, searchFromParams, searchPath, searchTextProblem } from './searchQuery';

describe('the portal search in the URL', () => {
  it('keeps a valid search and drops what the API would refuse', () => {
    const s = searchFromParams(new URLSearchParams('q=%20慈善%20&region=500235&type=foundation&status=revoked'));
    expect(s).toEqual({ q: '慈善', region: '500235', type: 'foundation', status: 'revoked' });
    // One character, a malformed region, unknown enum values and the national code are dropped.
    expect(searchFromParams(new URLSearchParams('q=慈&region=12345&type=club&status=x'))).toEqual({});
    expect(searchFromParams(new URLSearchParams('region=100000'))).toEqual({});
  });

  it('writes only what is set, in a stable order', () => {
    expect(paramsFromSearch({ status: 'registered', q: '文化' }).toString()).toBe(
      'q=%E6%96%87%E5%8C%96&status=registered',
    );
    expect(searchPath({ q: ' ', region: undefined })).toBe('/portal/search');
    expect(searchPath({ q: '协会', region: '3308' })).toBe('/portal/search?q=%E5%8D%8F%E4%BC%9A&region=3308');
  });

  it('needs two characters of a name, or a whole credit code', () => {
    expect(searchTextProblem('慈')).toBe('tooShort');
    expect(searchTextProblem(' 慈 ')).toBe('tooShort');
    expect(searchTextProblem('慈善')).toBeNull();
    expect(searchTextProblem('51500235mjb000018u')).toBeNull();
  });
});

describe('the portal menu', () => {
  it('marks the entry a page belongs to; organization pages belong to search', () => {
    expect(navSection('/portal')).toBe('/portal');
    expect(navSection('/portal/announcements/12')).toBe('/portal/announcements');
    expect(navSection('/org/51500235MJB000018U')).toBe('/portal/search');
    expect(navSection('/community-org/3')).toBe('/portal/search');
    expect(navSection('/portal/statsx')).toBeNull();
  });
});
