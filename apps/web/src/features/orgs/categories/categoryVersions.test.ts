import { describe, expect, it } from 'vitest';
import { versionAfterSave, versionToSend } from './categoryVersions';

describe('saving a category of the region', () => {
  it('adds the region’s own entry over an inherited one, and updates its own by version', () => {
    const inherited = { code: 'culture', definedIn: '100000' };
    expect(versionToSend(inherited, '500235', {})).toBeNull();
    expect(versionToSend({ code: 'culture', definedIn: '50' }, '500235', {})).toBeNull();
    expect(versionToSend({ code: 'culture', definedIn: '500235', version: 4 }, '500235', {})).toBe(4);
    expect(versionToSend({ code: 'culture', definedIn: '500235' }, '500235', { culture: 2 })).toBe(2);
    // Own entry, version neither given nor learned: it cannot be changed without overwriting blindly.
    expect(versionToSend({ code: 'culture', definedIn: '500235' }, '500235', {})).toBeUndefined();
    expect(versionAfterSave(null)).toBe(1);
    expect(versionAfterSave(4)).toBe(5);
  });
});
