import { describe, expect, it } from 'vitest';
import { ChildrenCache } from './children-cache';
import type { RegionRecord } from './regions.repository';

const list = [{ code: '330802', name: '柯城区' }] as RegionRecord[];

describe('the region picker children cache', () => {
  it('serves a list for a minute, then asks again', () => {
    let now = 0;
    const cache = new ChildrenCache(() => now);
    expect(cache.get('3308')).toBeUndefined();
    cache.set('3308', list);
    now = 59_000;
    expect(cache.get('3308')).toBe(list);
    now = 60_001;
    expect(cache.get('3308')).toBeUndefined();
  });

  it('forgets everything when a region is edited', () => {
    const cache = new ChildrenCache(() => 0);
    cache.set('3308', list);
    cache.set('100000', list);
    cache.clear();
    expect(cache.get('3308')).toBeUndefined();
    expect(cache.get('100000')).toBeUndefined();
  });
});
