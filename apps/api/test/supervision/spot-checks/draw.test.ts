import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SnapshotEntry } from '@shezu/contracts';
import { assignInspectors, draw, drawKeys } from '../../../src/modules/supervision/spot-checks/draw';
import { Sm3ShortHasher } from '../../../src/modules/supervision/spot-checks/sm3-block';

const population = (n: number, level: SnapshotEntry['level'] = 'none'): SnapshotEntry[] =>
  Array.from({ length: n }, (_, i) => ({ uscc: `51500235MJ${String(i).padStart(7, '0')}X`, orgId: i + 1, level }));
const hex = (out: Int32Array) => Array.from(out, (w) => (w >>> 0).toString(16).padStart(8, '0')).join('');

describe('one-block SM3', () => {
  it('matches the GB/T 32905 example and Node’s createHash on draw keys', () => {
    expect(hex(new Sm3ShortHasher(new Uint8Array(0)).hash('abc'))).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
    const seed = randomBytes(32);
    const fast = new Sm3ShortHasher(seed);
    for (const e of population(200)) {
      expect(hex(fast.hash(e.uscc))).toBe(createHash('sm3').update(seed).update(e.uscc).digest('hex'));
    }
  });
});

describe('the draw: key = SM3(seed ‖ USCC), the ⌈N × p⌉ smallest', () => {
  const seed = randomBytes(32).toString('hex');
  const orgs = population(1000);

  it('draws exactly the smallest keys, in key order', () => {
    const drawn = draw(seed, orgs, 500, false);
    expect(drawn).toHaveLength(50);
    const keys = drawKeys(seed, orgs);
    const expected = orgs
      .map((e, i) => ({ e, key: keys[i]! }))
      .sort((a, b) => Buffer.compare(a.key, b.key))
      .slice(0, 50)
      .map((x) => x.e.uscc);
    expect(drawn.map((e) => e.uscc)).toEqual(expected);
  });

  it('is reproducible from seed and snapshot, whatever the order of the snapshot, and changes with the seed', () => {
    const once = draw(seed, orgs, 300, false).map((e) => e.uscc);
    expect(draw(seed, [...orgs].reverse(), 300, false).map((e) => e.uscc)).toEqual(once);
    expect(draw(randomBytes(32).toString('hex'), orgs, 300, false).map((e) => e.uscc)).not.toEqual(once);
  });

  it('weights by credit level: E organizations are drawn more often than A ones', () => {
    const mixed = orgs.map((e, i) => ({ ...e, level: i % 2 === 0 ? ('E' as const) : ('A' as const) }));
    const drawn = draw(seed, mixed, 2000, true);
    expect(drawn).toHaveLength(200);
    const e = drawn.filter((x) => x.level === 'E').length;
    expect(e).toBeGreaterThan(120);
    expect(draw(seed, mixed, 2000, true)).toEqual(drawn);
  });
});

describe('inspector assignment (回避)', () => {
  const seed = randomBytes(32).toString('hex');
  const pool = [
    { id: 1, unitId: 7, conflictOrgIds: [] },
    { id: 2, unitId: null, conflictOrgIds: [42] },
    { id: 3, unitId: 8, conflictOrgIds: [] },
    { id: 4, unitId: null, conflictOrgIds: [] },
  ];
  const org = { uscc: '51500235MJ0000042X', orgId: 42, supervisorUnitId: 7 };

  it('never picks one of the supervising unit or with a declared conflict, reproducibly', () => {
    const picked = assignInspectors(seed, org, pool, 2);
    expect(picked).toHaveLength(2);
    expect(new Set(picked)).toEqual(new Set([3, 4]));
    expect(assignInspectors(seed, org, pool, 2)).toEqual(picked);
  });

  it('answers null when fewer than the required number remain', () => {
    expect(assignInspectors(seed, org, pool, 3)).toBeNull();
  });
});
