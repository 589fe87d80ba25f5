import { describe, expect, it } from 'vitest';
import {
  canonicalSnapshot,
  drawnCount,
  parseSnapshot,
  shareProblem,
  snapshotDiff,
  spotCheckFloorBp,
} from './spot-checks-rules';

describe('spot check floors (民发〔2017〕45号)', () => {
  it('gives each level its floor for a regular check plan', () => {
    expect(spotCheckFloorBp('500235', 'regular', 'check')).toBe(300);
    expect(spotCheckFloorBp('3308', 'regular', 'check')).toBe(400);
    expect(spotCheckFloorBp('33', 'regular', 'check')).toBe(500);
    expect(spotCheckFloorBp('100000', 'regular', 'check')).toBe(1000);
  });

  it('refuses a regular plan below the floor and lets irregular plans and audits set their own share', () => {
    expect(shareProblem(299, '500235', 'regular', 'check')).toContain('3%');
    expect(shareProblem(300, '500235', 'regular', 'check')).toBeNull();
    expect(shareProblem(399, '3308', 'regular', 'check')).toContain('4%');
    expect(shareProblem(499, '33', 'regular', 'check')).toContain('5%');
    expect(shareProblem(999, '100000', 'regular', 'check')).toContain('10%');
    expect(shareProblem(100, '100000', 'irregular', 'check')).toBeNull();
    expect(shareProblem(100, '33', 'regular', 'audit')).toBeNull();
    expect(shareProblem(0, '33', 'irregular', 'check')).not.toBeNull();
    expect(shareProblem(10_001, '33', 'irregular', 'check')).not.toBeNull();
  });
});

describe('drawn count ⌈N × p⌉', () => {
  it('rounds up in integers', () => {
    expect(drawnCount(1_000_000, 500)).toBe(50_000);
    expect(drawnCount(1_000_001, 500)).toBe(50_001);
    expect(drawnCount(10, 300)).toBe(1);
    expect(drawnCount(34, 300)).toBe(2);
    expect(drawnCount(0, 300)).toBe(0);
    expect(drawnCount(3, 10_000)).toBe(3);
  });
});

describe('snapshot', () => {
  const a = { uscc: '51500235MJ0000001A', orgId: 1, level: 'none' as const };
  const b = { uscc: '51500235MJ0000002B', orgId: 2, level: 'C' as const };
  it('is canonical: sorted by USCC whatever the input order, and parses back', () => {
    expect(canonicalSnapshot([b, a])).toBe(canonicalSnapshot([a, b]));
    expect(canonicalSnapshot([b, a])).toBe('51500235MJ0000001A,1,none\n51500235MJ0000002B,2,C\n');
    expect(parseSnapshot(canonicalSnapshot([b, a]))).toEqual([a, b]);
  });
  it('names what differs from today', () => {
    const c = { uscc: '51500235MJ0000003C', orgId: 3, level: 'none' as const };
    expect(snapshotDiff([a, b], [a, { ...b, level: 'D' }, c])).toEqual({
      added: [c.uscc],
      removed: [],
      levelChanged: [b.uscc],
    });
    expect(snapshotDiff([a, b], [a])).toEqual({ added: [], removed: [b.uscc], levelChanged: [] });
  });
});
